package nlp

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/diplograph/diplograph"
)

// eventWant is an event expected in a sentence's coding.
type eventWant struct {
	src, tgt, code, context string
}

func TestEventCoding(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		want     []eventWant
		// absent are source>target pairs that must not be coded.
		absent [][2]string
	}{
		{
			name:     "active voice",
			sentence: "Korea Selatan mengkritik Korea Utara atas peluncuran rudal itu.",
			want:     []eventWant{{"kor", "prk", "111", ""}},
			absent:   [][2]string{{"prk", "kor"}},
		},
		{
			name:     "an official named by title alone stands for the state",
			sentence: "Perdana Menteri Singapura bertemu dengan Perdana Menteri Malaysia di Putrajaya pada Senin.",
			want:     []eventWant{{"sgp", "mys", "040", ""}, {"mys", "sgp", "040", ""}},
		},
		{
			name:     "an ambassador summoned, in the passive",
			sentence: "Duta Besar Israel untuk Jerman dipanggil oleh Kementerian Luar Negeri Jerman pada Selasa.",
			want:     []eventWant{{"deu-foreign-ministry", "isr", "114", ""}},
		},
		{
			name:     "a call received is a call both ways",
			sentence: "Menteri Luar Negeri Singapura Vivian Balakrishnan menerima telepon dari Menteri Luar Negeri Malaysia Mohamad Hasan pada Selasa malam.",
			want:     []eventWant{{"mohamad-hasan", "vivian-balakrishnan", "041", ""}, {"vivian-balakrishnan", "mohamad-hasan", "041", ""}},
		},
		{
			name:     "a protest lodged with a state",
			sentence: "Pemerintah Vietnam melayangkan protes diplomatik kepada China atas insiden di Kepulauan Paracel.",
			want:     []eventWant{{"vnm", "chn", "114", ""}},
		},
		{
			name:     "an offer of talks is an intent, one way",
			sentence: "Tokyo membuka pintu dialog dengan Pyongyang tanpa syarat apa pun.",
			want:     []eventWant{{"jpn", "prk", "036", ""}},
			absent:   [][2]string{{"prk", "jpn"}},
		},
		{
			name:     "the verb an act is the object of keeps its cue",
			sentence: "Jepang akan segera melanjutkan bantuan kemanusiaan kepada Myanmar.",
			want:     []eventWant{{"jpn", "mmr", "073", diplograph.ContextFuture}},
		},
		{
			name:     "firms a state qualifies are a target of their own in a list",
			sentence: "Kanada menjatuhkan sanksi terhadap Rusia dan dua bank milik negara Belarus.",
			want:     []eventWant{{"can", "rus", "163", ""}, {"can", "blr", "163", ""}},
		},
		{
			name:     "a list item a state only places is no target",
			sentence: "Kanada menjatuhkan sanksi terhadap Rusia dan warga yang tinggal di Belarus.",
			absent:   [][2]string{{"can", "blr"}},
		},
		{
			name:     "a joint drill held around a state is a show of force at it",
			sentence: "Rusia menggelar latihan militer gabungan di dekat Finlandia pada pekan ini.",
			want:     []eventWant{{"rus", "fin", "150", ""}},
			absent:   [][2]string{{"fin", "rus"}},
		},
		{
			name:     "co-mediators are no pair of the talks they mediate",
			sentence: "Norwegia dan Swiss menawarkan diri untuk menengahi perundingan antara kedua negara.",
			absent:   [][2]string{{"nor", "che"}, {"che", "nor"}},
		},
		{
			name:     "passive voice with a bare agent",
			sentence: "Korea Utara dikritik AS karena uji coba itu.",
			want:     []eventWant{{"usa", "prk", "111", ""}},
		},
		{
			name:     "passive voice with oleh",
			sentence: "Usulan Amerika Serikat diveto oleh Rusia dalam sidang itu.",
			want:     []eventWant{{"rus", "usa", "129", ""}},
		},
		{
			name:     "a list of subjects",
			sentence: "Jepang, Korea Selatan, dan Amerika Serikat mengutuk peluncuran rudal Korea Utara.",
			want:     []eventWant{{"jpn", "prk", "111", ""}, {"kor", "prk", "111", ""}, {"usa", "prk", "111", ""}},
		},
		{
			name:     "two sides meeting, both ways",
			sentence: "Korea Utara dan Rusia mengadakan pertemuan di Moskow.",
			want:     []eventWant{{"prk", "rus", "040", ""}, {"rus", "prk", "040", ""}},
		},
		{
			name:     "cooperation between two sides",
			sentence: "Pakar menilai kerja sama antara Jepang dan Korea Selatan kian erat.",
			want:     []eventWant{{"jpn", "kor", "030", ""}, {"kor", "jpn", "030", ""}},
		},
		{
			name:     "a visit made is a visit hosted",
			sentence: "Presiden China Xi Jinping mengunjungi Rusia pekan lalu.",
			want:     []eventWant{{"xi-jinping", "rus", "042", ""}, {"rus", "xi-jinping", "043", ""}},
		},
		{
			name:     "a noun's agent after oleh is its source, the noun's object its target",
			sentence: "Para analis membahas dampak invasi Georgia oleh Rusia pada 2008.",
			want:     []eventWant{{"rus", "geo", "190", ""}},
			absent:   [][2]string{{"geo", "rus"}},
		},
		{
			name:     "a noun trigger binds arguments in its own clause only",
			sentence: "China akan mengutus Menteri Luar Negeri Wang Yi ke Moskow, sebelum kunjungan Xi Jinping dapat diatur.",
			absent:   [][2]string{{"xi-jinping", "wang-yi"}, {"wang-yi", "xi-jinping"}},
		},
		{
			name:     "the subject of a clause is no target of a conflict noun it talks about",
			sentence: "Presiden Finlandia Alexander Stubb mencatat waktu serangan Rusia dan menyerukan tanggapan tegas.",
			absent:   [][2]string{{"rus", "alexander-stubb"}, {"rus", "fin"}},
		},
		{
			name:     "a name inside a relative clause is not the subject",
			sentence: "Pada 2014, Xi Jinping yang saat itu baru menjabat Presiden China berkunjung ke Korea Selatan.",
			want:     []eventWant{{"xi-jinping", "kor", "042", ""}},
			absent:   [][2]string{{"chn", "kor"}},
		},
		{
			name:     "a relative clause ends where another sentence or an untuk clause begins",
			sentence: "Resolusi PBB yang meminta Moskow untuk berhenti menginvasi Ukraina diajukan pekan lalu. Presiden Xi, yang mengunjungi Taiwan? Tidak. Pejabat AS pertama yang berkunjung ke Vietnam tiba.",
			want:     []eventWant{{"rus", "ukr", "190", ""}},
			absent:   [][2]string{{"united-nations", "ukr"}},
		},
		{
			name:     "criticism qualifies the name right after it, not one in a clause after it",
			sentence: `"Kami melawan kekuatan hegemonik yang menentang China dan ancaman terhadap Iran," kata Kementerian Luar Negeri Rusia.`,
			absent:   [][2]string{{"rus-foreign-ministry", "chn"}, {"rus-foreign-ministry", "irn"}},
		},
		{
			name:     "a verb after a comma and serta shares the sentence's subject",
			sentence: "Ia mendesak Vietnam menghormati hak dan kepentingan China di kawasan itu, serta meminta Hanoi menahan diri.",
			absent:   [][2]string{{"chn", "vnm"}},
		},
		{
			name:     "a clause with its own subject in a quote is not the speaker's act",
			sentence: `"Kegagalan menahan diri ini mengancam perdamaian antara Vietnam dan China," kata Menteri Luar Negeri Vietnam.`,
			absent:   [][2]string{{"vnm", "chn"}},
		},
		{
			name:     "a visit discussed is not a visit to those discussing it",
			sentence: "Menlu Jepang Yoko Kamikawa membahas agenda kunjungan Presiden Vietnam To Lam bulan depan.",
			absent:   [][2]string{{"to-lam", "yoko-kamikawa"}, {"yoko-kamikawa", "to-lam"}},
		},
		{
			name:     "a visit received is a visit to the subject",
			sentence: "Rusia menyambut kunjungan Presiden Vietnam To Lam pekan ini.",
			want:     []eventWant{{"to-lam", "rus", "042", ""}},
		},
		{
			name:     "a copula's subject is the head of the relative clause after it",
			sentence: "Wang Yi tiba di Hanoi, dan menjadi diplomat China pertama yang mengunjungi Laos tahun ini.",
			want:     []eventWant{{"wang-yi", "lao", "042", ""}},
		},
		{
			name:     "a modifier between a noun trigger and its owner",
			sentence: "Kedua pemimpin bertemu di Hanoi, dalam kunjungan pertama Xi Jinping ke Vietnam sejak 2017.",
			want:     []eventWant{{"xi-jinping", "vnm", "042", ""}},
		},
		{
			name:     "an act given as the reason is the target's, not the subject's",
			sentence: "Uni Eropa menjatuhkan sanksi baru terhadap Rusia atas invasi ke Ukraina.",
			want:     []eventWant{{"european-union", "rus", "163", ""}, {"rus", "ukr", "190", ""}},
			absent:   [][2]string{{"european-union", "ukr"}},
		},
		{
			name:     "criticism from a name after dari is that name's",
			sentence: "Beijing menolak kritik dari negara-negara G7 soal Laut China Selatan.",
			want:     []eventWant{{"g7", "chn", "111", ""}, {"chn", "g7", "120", ""}},
		},
		{
			name:     "a noun act under a negated verb",
			sentence: "Korea Utara tidak menghadiri pertemuan dengan Jepang.",
			want:     []eventWant{{"prk", "jpn", "040", diplograph.ContextNegated}},
		},
		{
			name:     "criticism joined by dan does not qualify the name before it",
			sentence: `"Uji coba itu melanggar resolusi Dewan Keamanan PBB dan merupakan provokasi berat," kata Kementerian Luar Negeri Jepang.`,
			absent:   [][2]string{{"jpn-foreign-ministry", "un-security-council"}},
		},
		{
			name:     "an invitation named well before untuk",
			sentence: "Perdana Menteri India Narendra Modi menerima undangan resmi secara langsung dari pemimpin Rusia (Federasi) Vladimir Putin untuk mengunjungi Moskow.",
			want:     []eventWant{{"narendra-modi", "rus", "042", diplograph.ContextFuture}},
		},
		{
			name:     "accepting an invitation to visit is no visit yet",
			sentence: "Presiden Rusia Vladimir Putin menerima undangan Presiden China Xi Jinping untuk mengunjungi Beijing.",
			want:     []eventWant{{"vladimir-putin", "chn", "042", diplograph.ContextFuture}},
		},
		{
			name:     "negated",
			sentence: "Rusia tidak mengkritik China dalam pertemuan itu.",
			want:     []eventWant{{"rus", "chn", "111", diplograph.ContextNegated}},
		},
		{
			name:     "hypothetical",
			sentence: "Jika Jepang menyerang Korea Utara, kawasan itu akan bergolak.",
			want:     []eventWant{{"jpn", "prk", "190", diplograph.ContextHypothetical}},
		},
		{
			name:     "alleged",
			sentence: "Korea Utara diduga memasok senjata ke Rusia.",
			want:     []eventWant{{"prk", "rus", "072", diplograph.ContextAlleged}},
		},
		{
			name:     "future",
			sentence: "Rusia akan memperkuat hubungan dengan Korea Utara di semua bidang.",
			want:     []eventWant{{"rus", "prk", "030", diplograph.ContextFuture}},
		},
		{
			name:     "a speaker is the source of what the statement does without a subject of its own",
			sentence: "Juru bicara Kremlin Dmitry Peskov mengatakan bahwa Moskow berencana mempererat hubungan dengan Korea Utara. Peskov menegaskan akan mempererat hubungan dengan Vietnam.",
			want:     []eventWant{{"rus", "prk", "030", diplograph.ContextFuture}, {"dmitry-peskov", "vnm", "030", diplograph.ContextFuture}},
		},
		{
			name:     "'pihaknya' in someone's words is the side they speak for",
			sentence: "Juru bicara Kremlin Dmitry Peskov mengatakan bahwa pihaknya berencana mempererat hubungan dengan Korea Utara.",
			want:     []eventWant{{"kremlin", "prk", "030", diplograph.ContextFuture}},
		},
		{
			name:     "an ambassador summoned",
			sentence: "Kementerian Luar Negeri Jepang memanggil Duta Besar China untuk Jepang Wu Jianghao pada Senin.",
			want:     []eventWant{{"jpn-foreign-ministry", "wu-jianghao", "114", ""}},
		},
		{
			name:     "sanctions",
			sentence: "Amerika Serikat menjatuhkan sanksi terhadap Korea Utara atas program rudalnya.",
			want:     []eventWant{{"usa", "prk", "163", ""}},
		},
		{
			name:     "a second verb shares the first one's subject",
			sentence: "Jepang mengecam peluncuran rudal Korea Utara dan mendesak Pyongyang menghentikannya.",
			want:     []eventWant{{"jpn", "prk", "111", ""}, {"jpn", "prk", "100", ""}},
		},
		{
			name:     "a place is not a target",
			sentence: "Presiden Korea Selatan Yoon Suk Yeol dan Perdana Menteri Jepang Fumio Kishida bertemu di Washington.",
			want:     []eventWant{{"yoon-suk-yeol", "fumio-kishida", "040", ""}},
			absent:   [][2]string{{"yoon-suk-yeol", "usa"}, {"fumio-kishida", "usa"}},
		},
		{
			name:     "arrival and welcome",
			sentence: "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Pyongyang dan disambut oleh Menteri Luar Negeri Korea Utara Choe Son Hui.",
			want: []eventWant{
				{"sergei-lavrov", "prk", "042", ""}, {"prk", "sergei-lavrov", "043", ""},
				{"choe-son-hui", "sergei-lavrov", "043", ""},
			},
		},
		{
			name:     "criticism received",
			sentence: "Rencana Jepang menuai kecaman dari China.",
			want:     []eventWant{{"chn", "jpn", "111", ""}},
		},
		{
			name:     "a threat aimed through the act threatened",
			sentence: "Pyongyang mengancam akan menyerang Korea Selatan.",
			want:     []eventWant{{"prk", "kor", "138", ""}},
		},
		{
			name:     "a threat aimed through another act threatened",
			sentence: "Pyongyang mengancam akan membalas Korea Selatan.",
			want:     []eventWant{{"prk", "kor", "130", ""}},
		},
		{
			name:     "a meeting refused",
			sentence: "Presiden Korea Selatan Yoon Suk Yeol menolak bertemu utusan Korea Utara.",
			want:     []eventWant{{"yoon-suk-yeol", "prk", "125", ""}},
			absent:   [][2]string{{"prk", "yoon-suk-yeol"}},
		},
		{
			name:     "tariffs are sanctions",
			sentence: "Amerika Serikat mengenakan tarif impor terhadap baja dari Kanada.",
			want:     []eventWant{{"usa", "can", "163", ""}},
		},
		{
			name:     "a threat of tariffs",
			sentence: "Washington mengancam akan mengenakan tarif terhadap Meksiko.",
			want:     []eventWant{{"usa", "mex", "1312", ""}},
		},
		{
			name:     "a trade deal signed",
			sentence: "Indonesia dan Jepang menandatangani perjanjian perdagangan di Tokyo.",
			want:     []eventWant{{"idn", "jpn", "057", ""}, {"jpn", "idn", "057", ""}},
		},
		{
			name:     "a ceasefire agreed, both ways",
			sentence: "India dan Pakistan menyepakati gencatan senjata.",
			want:     []eventWant{{"ind", "pak", "0871", ""}, {"pak", "ind", "0871", ""}},
		},
		{
			name:     "a mediator acts on each of the pair",
			sentence: "Mesir menengahi perundingan antara Israel dan Hamas.",
			want:     []eventWant{{"egy", "isr", "045", ""}, {"egy", "hamas", "045", ""}},
			absent:   [][2]string{{"isr", "egy"}},
		},
		{
			name:     "a mediator named as such",
			sentence: "Turki menjadi mediator antara Rusia dan Ukraina.",
			want:     []eventWant{{"tur", "rus", "045", ""}, {"tur", "ukr", "045", ""}},
		},
		{
			name:     "mediated, in the passive, of the parties that agreed",
			sentence: "Israel dan Hamas menyepakati gencatan senjata yang ditengahi oleh Qatar.",
			want:     []eventWant{{"qat", "isr", "045", ""}, {"qat", "hamas", "045", ""}, {"isr", "hamas", "0871", ""}},
		},
		{
			name:     "a video call is a call",
			sentence: "Rusia mengadakan panggilan video dengan Turki.",
			want:     []eventWant{{"rus", "tur", "041", ""}, {"tur", "rus", "041", ""}},
		},
		{
			name:     "a summit of several: every pair",
			sentence: "Para pemimpin Indonesia, Malaysia, dan Thailand bertemu di Jakarta.",
			want:     []eventWant{{"idn", "mys", "040", ""}, {"mys", "tha", "040", ""}, {"tha", "idn", "040", ""}},
		},
		{
			name:     "a meeting between several: every pair",
			sentence: "Para analis menyoroti pertemuan antara Amerika Serikat, Ukraina, dan Rusia di Istanbul.",
			want:     []eventWant{{"usa", "ukr", "040", ""}, {"ukr", "rus", "040", ""}, {"rus", "usa", "040", ""}},
		},
		{
			name:     "an air strike",
			sentence: "Israel melancarkan serangan udara ke Lebanon.",
			want:     []eventWant{{"isr", "lbn", "195", ""}},
		},
		{
			name:     "a count inside a trigger's words",
			sentence: "Iran meluncurkan ratusan rudal ke Israel.",
			want:     []eventWant{{"irn", "isr", "195", ""}},
		},
		{
			name:     "force is used at the state it is used in",
			sentence: "Rusia menyerang fasilitas energi di Ukraina.",
			want:     []eventWant{{"rus", "ukr", "190", ""}},
		},
		{
			name:     "an attack repelled",
			sentence: "Tentara Rusia mengusir serangan Ukraina di wilayah Kursk.",
			want:     []eventWant{{"rus", "ukr", "190", ""}},
		},
		{
			name:     "drills held around a state",
			sentence: "China menggelar latihan militer di sekitar Taiwan.",
			want:     []eventWant{{"chn", "twn", "150", ""}},
		},
		{
			name:     "joint drills are military cooperation",
			sentence: "Amerika Serikat dan Filipina menggelar latihan militer gabungan.",
			want:     []eventWant{{"usa", "phl", "062", ""}, {"phl", "usa", "062", ""}},
		},
		{
			name:     "an incursion",
			sentence: "Sejumlah jet tempur Rusia melanggar wilayah udara Estonia.",
			want:     []eventWant{{"rus", "est", "150", ""}},
		},
		{
			name:     "diplomats expelled, with their count",
			sentence: "Jerman mengusir dua diplomat Rusia.",
			want:     []eventWant{{"deu", "rus", "161", ""}},
		},
		{
			name:     "troops sent to help",
			sentence: "Korea Utara mengirim ribuan pasukan ke Rusia.",
			want:     []eventWant{{"prk", "rus", "062", ""}},
		},
		{
			name:     "recognition granted",
			sentence: "Spanyol dan Irlandia secara resmi mengakui Palestina.",
			want:     []eventWant{{"esp", "pse", "054", ""}, {"irl", "pse", "054", ""}},
		},
		{
			name:     "recognition withdrawn",
			sentence: "Filipina menarik pengakuannya terhadap Taiwan.",
			want:     []eventWant{{"phl", "twn", "161", ""}},
		},
		{
			name:     "arms to a state named after an unknown name",
			sentence: "Jerman memasok tank Leopard kepada Ukraina.",
			want:     []eventWant{{"deu", "ukr", "072", ""}},
		},
		{
			name:     "aid suspended",
			sentence: "Amerika Serikat menangguhkan bantuan militer kepada Ukraina.",
			want:     []eventWant{{"usa", "ukr", "162", ""}},
		},
		{
			name:     "sanctions lifted",
			sentence: "Uni Eropa mencabut sanksi terhadap Suriah.",
			want:     []eventWant{{"european-union", "syr", "085", ""}},
		},
		{
			name:     "a refusal by its noun",
			sentence: "Blinken menyinggung penolakannya untuk mengadakan pembicaraan dengan Rusia.",
			want:     []eventWant{{"antony-blinken", "rus", "125", ""}},
			absent:   [][2]string{{"rus", "antony-blinken"}},
		},
		{
			name:     "a verb followed by and has no object",
			sentence: "Dalam pemungutan suara itu, Rusia menentang dan China abstain.",
			absent:   [][2]string{{"rus", "chn"}},
		},
		{
			name:     "the act appealed for is the appeal's owner's",
			sentence: "Rusia mengabaikan seruan AS untuk mengutuk Korea Utara.",
			want:     []eventWant{{"usa", "prk", "111", ""}},
			absent:   [][2]string{{"rus", "prk"}},
		},
		{
			name:     "a warning aimed at the subject of its that-clause",
			sentence: "Amerika Serikat memperingatkan bahwa Rusia akan melanggar resolusi itu.",
			want:     []eventWant{{"usa", "rus", "130", ""}},
		},
		{
			name:     "an accusation from some of another",
			sentence: "Langkah itu menyusul tuduhan dari Jepang bahwa Korea Utara memasok senjata ke Rusia.",
			want:     []eventWant{{"jpn", "prk", "112", ""}, {"prk", "rus", "072", ""}},
		},
		{
			name:     "a prospect talked of is no event",
			sentence: "Kedua menteri berbicara tentang kemungkinan pertemuan antara Jepang dan China.",
			absent:   [][2]string{{"jpn", "chn"}, {"chn", "jpn"}},
		},
		{
			name:     "the subject after an opening clause is no pair of the noun",
			sentence: "Selama perundingan itu, Rusia dan China tidak berhasil mengubah rancangan.",
			absent:   [][2]string{{"rus", "chn"}, {"chn", "rus"}},
		},
		{
			name:     "a purpose clause across an apposition",
			sentence: "Korea Selatan memanggil duta besar Rusia, Andrey Kulik, untuk memprotes pengiriman senjata ke Korea Utara.",
			want:     []eventWant{{"kor", "andrey-kulik", "114", ""}, {"kor", "prk", "114", ""}},
			absent:   [][2]string{{"andrey-kulik", "prk"}},
		},
		{
			name:     "a headline's urged act is not done",
			sentence: "Jepang Desak China Putuskan Hubungan Militer dengan Rusia",
			want:     []eventWant{{"jpn", "chn", "100", ""}, {"chn", "rus", "161", diplograph.ContextHypothetical}},
		},
		{
			name:     "an appeal for cooperation",
			sentence: "Amerika Serikat mendesak China untuk menggunakan pengaruhnya atas Korea Utara.",
			want:     []eventWant{{"usa", "chn", "020", ""}},
		},
		{
			name:     "an appeal to withdraw is a demand",
			sentence: "Korea Selatan meminta Rusia segera menarik pasukan Korea Utara.",
			want:     []eventWant{{"kor", "rus", "100", ""}},
		},
		{
			name:     "the agent of a noun's relative clause is its source",
			sentence: "Para pejabat menilai sanksi yang dijatuhkan Uni Eropa terhadap Rusia belum cukup.",
			want:     []eventWant{{"european-union", "rus", "163", ""}},
		},
		{
			name:     "who works for a ceasefire is no side of it",
			sentence: "Qatar, Mesir, dan Amerika Serikat menyusun strategi untuk menciptakan gencatan senjata.",
			absent:   [][2]string{{"qat", "egy"}, {"egy", "usa"}, {"usa", "qat"}},
		},
		{
			name:     "an effort is a prospect",
			sentence: "Qatar dan Mesir berkolaborasi dalam upaya mencapai kesepakatan.",
			absent:   [][2]string{{"qat", "egy"}, {"egy", "qat"}},
		},
		{
			name:     "a meeting scheduled in the noun's relative clause is the intent to meet, one way",
			sentence: "Presiden Indonesia akan menghadiri pertemuan dengan Presiden China Xi Jinping, yang dijadwalkan berlangsung besok.",
			want:     []eventWant{{"idn", "xi-jinping", "036", ""}},
		},
		{
			name:     "a go-between of the pair the sentence named",
			sentence: "Gencatan senjata antara India dan Pakistan berlaku sejak Sabtu, dengan Amerika Serikat menjadi perantaranya.",
			want:     []eventWant{{"usa", "ind", "045", ""}, {"usa", "pak", "045", ""}, {"ind", "pak", "0871", ""}},
		},
		{
			name:     "by doing: the main verb's subject",
			sentence: "India membalas dengan menyerang pangkalan udara Pakistan.",
			want:     []eventWant{{"ind", "pak", "190", ""}},
		},
		{
			name:     "water cannon",
			sentence: "Kapal penjaga pantai China menembakkan meriam air ke kapal Filipina.",
			want:     []eventWant{{"china-coast-guard", "phl", "170", ""}},
		},
		{
			name:     "a tariff on a state's goods",
			sentence: "China membalas dengan tarif 15 persen untuk batu bara dan LNG Amerika Serikat.",
			want:     []eventWant{{"chn", "usa", "163", ""}},
		},
		{
			name:     "a call for sanctions rallies against their target",
			sentence: "Ukraina menyerukan sanksi baru terhadap Rusia.",
			want:     []eventWant{{"ukr", "rus", "113", ""}},
		},
		{
			name:     "a denial is not aimed at its that-clause",
			sentence: "Rusia membantah tuduhan bahwa Korea Utara memasok senjata.",
			absent:   [][2]string{{"rus", "prk"}},
		},
		{
			name:     "a mission sent is a visit",
			sentence: "Israel akan mengirim delegasi ke Qatar pada Minggu.",
			want:     []eventWant{{"isr", "qat", "042", diplograph.ContextFuture}},
		},
		{
			name:     "a veto aims at the state its resolution is about",
			sentence: "Rusia memveto rancangan resolusi Dewan Keamanan PBB tentang Ukraina.",
			want:     []eventWant{{"rus", "ukr", "129", ""}},
		},
		{
			name:     "a veto of a resolution against a state speaks for it",
			sentence: "Rusia memveto perpanjangan panel ahli yang memantau sanksi terhadap Korea Utara.",
			want:     []eventWant{{"rus", "prk", "051", ""}},
		},
		{
			name:     "balloons sent across",
			sentence: "Pyongyang mengirimkan balon berisi sampah ke Korea Selatan.",
			want:     []eventWant{{"prk", "kor", "170", ""}},
		},
		{
			name:     "a missile into the waters of the speaker's state",
			sentence: "Perdana Menteri Jepang Fumio Kishida mengecam Korea Utara yang menembakkan rudal balistik yang jatuh di zona ekonomi eksklusif negaranya.",
			want:     []eventWant{{"prk", "jpn", "195", ""}},
		},
		{
			name:     "a count with separators inside a trigger's words",
			sentence: "Korea Utara mengirim sekitar 10.000-12.000 pasukan ke Rusia.",
			want:     []eventWant{{"prk", "rus", "062", ""}},
		},
		{
			name:     "a meeting between a leader and a premier named with a title apart",
			sentence: "Ini hasil pembicaraan antara Presiden Indonesia Joko Widodo dan Perdana Menteri (PM) Malaysia Anwar Ibrahim.",
			want:     []eventWant{{"joko-widodo", "anwar-ibrahim", "040", ""}},
		},
		{
			name:     "both states are the pair named after antara",
			sentence: "Gencatan senjata antara India dan Pakistan berakhir setelah kedua negara sempat menyepakati kesepahaman.",
			want:     []eventWant{{"ind", "pak", "057", ""}, {"pak", "ind", "057", ""}},
		},
		{
			name:     "a list after antara ends at a lower-case word",
			sentence: "Para pihak menghalangi negosiasi antara Israel dan Hamas, menurut laporan media Mesir.",
			absent:   [][2]string{{"isr", "egy"}, {"egy", "hamas"}},
		},
		{
			name:     "a meeting cancelled",
			sentence: "Pertemuan antara Jepang dan China dibatalkan.",
			want:     []eventWant{{"jpn", "chn", "040", diplograph.ContextNegated}},
		},
		{
			name:     "cooperation stopped is not cooperation",
			sentence: "Korea Selatan menghentikan kerja sama militer dengan Korea Utara.",
			want:     []eventWant{{"kor", "prk", "160", ""}},
			absent:   [][2]string{{"prk", "kor"}},
		},
		{
			name:     "an act urged is not done",
			sentence: "Korea Selatan mendesak Rusia segera menghentikan kerja sama militer dengan Korea Utara.",
			want:     []eventWant{{"kor", "rus", "100", ""}, {"rus", "prk", "160", diplograph.ContextHypothetical}},
		},
		{
			name:     "relations that grow",
			sentence: "Vietnam menegaskan bahwa hubungannya dengan Laos akan semakin erat.",
			want:     []eventWant{{"vnm", "lao", "030", diplograph.ContextFuture}},
		},
		{
			name:     "relations that sour are no cooperation",
			sentence: "Hubungan Jepang dengan China memburuk sejak tahun ini.",
			absent:   [][2]string{{"jpn", "chn"}, {"chn", "jpn"}},
		},
		{
			name:     "an ambassador recalled",
			sentence: "Jepang menarik pulang duta besarnya dari China.",
			want:     []eventWant{{"jpn", "chn", "161", ""}},
		},
		{
			name:     "an unknown name is the object, not the actor after it",
			sentence: "Amerika Serikat menjatuhkan sanksi kepada Bakhtiyor Rahimov, pengusaha Uzbekistan.",
			absent:   [][2]string{{"usa", "uzb"}},
		},
		{
			name:     "an actor and itself",
			sentence: "Korea Utara mengecam Pyongyang sendiri?",
			absent:   [][2]string{{"prk", "prk"}},
		},
		{
			name:     "resumed loudspeaker broadcasts",
			sentence: "Korea Selatan melanjutkan siaran loudspeaker di perbatasan sebagai balasan terhadap Korea Utara.",
			want:     []eventWant{{"kor", "prk", "170", ""}},
		},
		{
			name:     "a count with 'lebih dari' inside a trigger",
			sentence: "Korea Utara mengirimkan lebih dari 500 balon ke Korea Selatan.",
			want:     []eventWant{{"prk", "kor", "170", ""}},
		},
		{
			name:     "a rebuttal: what is denied is aimed at a state",
			sentence: `"Latihan kami tidak ditujukan terhadap Jepang," kata Menteri Luar Negeri China Wang Yi.`,
			want:     []eventWant{{"wang-yi", "jpn", "120", ""}},
		},
		{
			name:     "criticism in a quote's words",
			sentence: `"Kebijakan provokatif Washington hanya memperburuk keadaan," kata Kementerian Luar Negeri China.`,
			want:     []eventWant{{"chn-foreign-ministry", "usa", "111", ""}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := analyzeText(t, "", "2023-11-20", tt.sentence)
			for _, w := range tt.want {
				e, ok := r.hasEvent(w.src, w.tgt, cameoRoot(w.code))
				if !ok {
					t.Errorf("no %s -> %s %s among %+v", w.src, w.tgt, w.code, r.events)
					continue
				}
				if e.Cameo != w.code || e.Context != w.context {
					t.Errorf("%s -> %s: code %s context %q, want %s %q", w.src, w.tgt, e.Cameo, e.Context, w.code, w.context)
				}
			}
			for _, pair := range tt.absent {
				for _, e := range r.events {
					if e.Source == pair[0] && e.Target == pair[1] {
						t.Errorf("unwanted event %+v", e)
					}
				}
			}
		})
	}
}

func TestBothStatesAreTheCoordinatedPair(t *testing.T) {
	r := analyzeText(t, "", "2023-10-19",
		"Persahabatan Rusia-Vietnam sudah terjalin sejak perang melawan Prancis, yang dulu menjajah Vietnam.",
		"Dukungan antara kedua negara terus tumbuh.")
	for _, e := range r.events {
		if e.Source == "fra" || e.Target == "fra" {
			t.Errorf("kedua negara is Russia and Vietnam, not France: %+v", e)
		}
	}
	if _, ok := r.hasEvent("rus", "vnm", "05"); !ok {
		t.Errorf("no rus -> vnm support among %+v", r.events)
	}
}

func TestPronounSubjectIsTheLastSentencesFirstPerson(t *testing.T) {
	r := analyzeText(t, "", "2023-10-19",
		"Menteri Luar Negeri Rusia Sergei Lavrov bertemu Menteri Luar Negeri Korea Utara Choe Son Hui.",
		"Ia kemudian mengkritik Amerika Serikat.")
	if _, ok := r.hasEvent("sergei-lavrov", "usa", "11"); !ok {
		t.Errorf("Ia is Lavrov: events %+v", r.events)
	}
}

func TestBothLeaders(t *testing.T) {
	r := analyzeText(t, "", "2024-06-20",
		"Presiden Rusia Vladimir Putin tiba di Pyongyang dan disambut Pemimpin Korea Utara Kim Jong Un.",
		"Kedua pemimpin kemudian menandatangani perjanjian kemitraan strategis.")
	for _, pair := range [][2]string{{"vladimir-putin", "kim-jong-un"}, {"kim-jong-un", "vladimir-putin"}} {
		if _, ok := r.hasEvent(pair[0], pair[1], "05"); !ok {
			t.Errorf("no agreement %s -> %s among %+v", pair[0], pair[1], r.events)
		}
	}
}

func TestEventFields(t *testing.T) {
	r := analyzeText(t, "", "2023-11-20",
		"Rusia menginvasi Ukraina pada Kamis (24/2/2022).",
		"Rusia menginvasi Ukraina, tulis media itu lagi pada Kamis (24/2/2022).")
	var found []diplograph.Event
	for _, e := range r.events {
		if e.Source == "rus" && e.Target == "ukr" {
			found = append(found, e)
		}
	}
	if len(found) != 1 {
		t.Fatalf("the same event told twice must be one event, got %+v", found)
	}
	e := found[0]
	sum := sha256.Sum256([]byte("rus|ukr|material-conflict|2022-02-24"))
	if e.ID != hex.EncodeToString(sum[:16]) {
		t.Errorf("id %s is not the hash of parties|merge class|day", e.ID)
	}
	if e.SourceParty != "rus" || e.TargetParty != "ukr" || e.DatePrecision != diplograph.PrecisionDay || e.DateSource != diplograph.DateSourceSentence {
		t.Errorf("parties and date %+v", e)
	}
	if e.Cameo != "190" || e.Root != "19" || e.QuadClass != 4 || e.Goldstein != -10 || e.Date != "2022-02-24" {
		t.Errorf("coding %+v", e)
	}
	if e.Trigger != "menginvasi" || e.Evidence != "Rusia menginvasi Ukraina pada Kamis (24/2/2022)." {
		t.Errorf("trigger %q evidence %q", e.Trigger, e.Evidence)
	}
	// A verb with its subject right before it and its object right after:
	// the lexicon's 0.85, plus 0.1 for the adjacent source.
	if e.Confidence != 0.95 {
		t.Errorf("confidence %v, want 0.95", e.Confidence)
	}
}

func TestEventConfidence(t *testing.T) {
	tr := trigger{base: 0.7}
	tests := []struct {
		src, tgt role
		want     float64
	}{
		{role{gap: 0}, role{gap: 0}, 0.8},
		{role{gap: 3}, role{gap: 0}, 0.7},
		{role{inferred: true}, role{gap: 0}, 0.55},
		{role{gap: 3}, role{gap: 6}, 0.6},
	}
	for _, tt := range tests {
		if got := eventConfidence(tr, tt.src, tt.tgt); got != tt.want {
			t.Errorf("eventConfidence(%+v, %+v) = %v, want %v", tt.src, tt.tgt, got, tt.want)
		}
	}
}

// TestCameoTable checks the triggers' codes against diplograph's CAMEO
// vocabulary: cooperation (quad classes 1 and 2) scores above zero on
// Goldstein's scale and conflict below; and quadClass against GDELT's quad
// classes (1 verbal cooperation 01-05, 2 material cooperation 06-08, 3
// verbal conflict 09-13, 4 material conflict 14-20).
func TestCameoTable(t *testing.T) {
	for _, tr := range testRules(t).events.trig {
		for _, code := range []string{tr.code, tr.mirror} {
			if code == "" {
				continue
			}
			c, ok := diplograph.Cameo(code)
			if !ok {
				t.Errorf("trigger code %s has no CAMEO entry", code)
				continue
			}
			if q := quadClass(cameoRoot(code)); (q <= 2) != (c.Goldstein > 0) {
				t.Errorf("code %s: quad class %d but Goldstein %v", code, q, c.Goldstein)
			}
		}
	}
	for root, want := range map[string]int{"01": 1, "05": 1, "06": 2, "08": 2, "09": 3, "13": 3, "14": 4, "16": 4, "20": 4} {
		if got := quadClass(root); got != want {
			t.Errorf("quadClass(%s) = %d, want %d", root, got, want)
		}
	}
}

func TestHeadlineEventIsTheBodysEvent(t *testing.T) {
	r := analyzeText(t, "Rusia Kecam Jepang soal Latihan Militer", "2024-03-15",
		"Rusia mengecam Jepang pada Rabu (13/3) karena latihan militer di dekat Kepulauan Kuril.")
	var n int
	for _, e := range r.events {
		if e.Source == "rus" && e.Target == "jpn" && e.Root == "11" {
			n++
			if string(e.Date) != "2024-03-13" {
				t.Errorf("event dated %s, want the body's 2024-03-13", e.Date)
			}
		}
	}
	if n != 1 {
		t.Fatalf("got %d rus>jpn criticisms, want the headline's and the body's to be one: %+v", n, r.events)
	}

	r = analyzeText(t, "Rusia Kecam Jepang soal Latihan Militer", "2024-03-15",
		"Latihan itu digelar di dekat Kepulauan Kuril.")
	if _, ok := r.hasEvent("rus", "jpn", "11"); !ok {
		t.Errorf("a headline's act told nowhere else must stay: %+v", r.events)
	}
}

// TestEventIDs: two articles' reports share an id when both ends are the
// same parties, the roots are of one merge class and both are dated to the
// same day as fact; nothing else merges across articles.
func TestEventIDs(t *testing.T) {
	ids := func(published string, sentence string) map[string]string {
		t.Helper()
		out := map[string]string{}
		for _, e := range analyzeText(t, "", published, sentence).events {
			out[e.SourceParty+">"+e.TargetParty] = e.ID
		}
		return out
	}
	tests := []struct {
		name   string
		a, b   [2]string // published, sentence
		pair   string
		merged bool
	}{
		{"a leader and a state, a meeting and a signing, the same day",
			[2]string{"", "Presiden Rusia Vladimir Putin bertemu Kim Jong Un di Pyongyang pada Rabu (19/6/2024)."},
			[2]string{"2024-06-20", "Rusia dan Korea Utara menandatangani perjanjian pertahanan pada Rabu (19/6)."},
			"rus>prk", true},
		{"the sides named in either order",
			[2]string{"2023-09-14", "Korea Utara dan Rusia mengadakan pertemuan pada Rabu (13/9)."},
			[2]string{"2023-09-15", "Rusia dan Korea Utara mengadakan pertemuan pada Rabu (13/9)."},
			"prk>rus", true},
		{"a ministry stands for its state",
			[2]string{"2023-09-20", "Kementerian Luar Negeri Korea Selatan memanggil Duta Besar Rusia pada Selasa (19/9)."},
			[2]string{"2023-09-19", "Korea Selatan memanggil duta besar Rusia hari ini."},
			"kor>rus", true},
		{"another day",
			[2]string{"2024-06-10", "Korea Utara mengecam Korea Selatan pada Sabtu (8/6)."},
			[2]string{"2024-06-10", "Korea Utara mengecam Korea Selatan pada Minggu (9/6)."},
			"prk>kor", false},
		{"a criticism and a meeting",
			[2]string{"2024-06-10", "Korea Utara mengecam Korea Selatan pada Minggu (9/6)."},
			[2]string{"2024-06-10", "Korea Utara bertemu dengan Korea Selatan pada Minggu (9/6)."},
			"prk>kor", false},
		{"a criticism and a strike",
			[2]string{"2024-06-10", "Rusia mengecam Ukraina pada Minggu (9/6)."},
			[2]string{"2024-06-10", "Rusia menyerang Ukraina pada Minggu (9/6)."},
			"rus>ukr", false},
		{"undated",
			[2]string{"", "Rusia mengecam Ukraina."},
			[2]string{"", "Rusia mengecam Ukraina lagi."},
			"rus>ukr", false},
		{"dated to the month only",
			[2]string{"", "Rusia mengecam Ukraina pada Juni 2024."},
			[2]string{"", "Rusia mengecam Ukraina lagi pada Juni 2024."},
			"rus>ukr", false},
		{"told as alleged",
			[2]string{"2024-06-10", "Rusia diduga menyerang Ukraina pada Minggu (9/6)."},
			[2]string{"2024-06-11", "Rusia diduga menyerang Ukraina pada Minggu (9/6) lalu."},
			"rus>ukr", false},
	}
	for _, tt := range tests {
		a, b := ids(tt.a[0], tt.a[1]), ids(tt.b[0], tt.b[1])
		if a[tt.pair] == "" || b[tt.pair] == "" {
			t.Errorf("%s: no %s event in %v and %v", tt.name, tt.pair, a, b)
			continue
		}
		if merged := a[tt.pair] == b[tt.pair]; merged != tt.merged {
			t.Errorf("%s: merged %v, want %v", tt.name, merged, tt.merged)
		}
	}
	// The same article extracted twice gives the same ids, dated or not.
	for _, p := range [][2]string{{"", "Rusia mengecam Ukraina."}, {"", "Rusia mengecam Ukraina pada Juni 2024."}} {
		if a, b := ids(p[0], p[1]), ids(p[0], p[1]); a["rus>ukr"] != b["rus>ukr"] {
			t.Errorf("%q: ids %v and %v", p[1], a, b)
		}
	}
}

// TestToneReachesFiveWords: a disparaging word in a statement criticises
// the actor named up to four words before it.
func TestToneReachesFiveWords(t *testing.T) {
	a := analyzeText(t, "", "2024-03-29", "“Langkah Iran pekan ini secara sinis merusak perdamaian,” kata Menteri Luar Negeri Inggris.")
	for _, e := range a.events {
		if e.Cameo == "111" && e.Target == "irn" {
			return
		}
	}
	t.Errorf("no criticism of Iran among %+v", a.events)
}

// TestNegationOfAnotherWord: a negation that belongs to another verb makes
// no rebuttal, and a disparaging word negated is no criticism.
func TestNegationOfAnotherWord(t *testing.T) {
	for _, sentence := range []string{
		`"Kami tidak dapat mengabaikan kepentingan Jepang," kata Menteri Luar Negeri China Wang Yi.`,
		`"Latihan Jepang tidak provokatif," kata Menteri Luar Negeri China Wang Yi.`,
	} {
		for _, e := range analyzeText(t, "", "2023-11-20", sentence).events {
			if e.Source == "wang-yi" && e.Target == "jpn" {
				t.Errorf("%q: unwanted %+v", sentence, e)
			}
		}
	}
}

// TestActReferredBack: a criticism aimed at a phrase that refers back to
// an act ("hasil pemungutan suara", "langkah tersebut") is aimed at that
// act's agent; a speech verb's aside between subject and verb keeps the
// subject.
func TestActReferredBack(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  eventWant
	}{
		{"a vote", []string{
			"Rusia memveto rancangan resolusi tentang Korea Utara di Dewan Keamanan PBB.",
			"Perdana Menteri Jepang Fumio Kishida mengecam hasil pemungutan suara.",
		}, eventWant{"fumio-kishida", "rus", "111", ""}},
		{"an act with a demonstrative", []string{
			"Amerika Serikat menyerang kapal Iran di Teluk.",
			"Menteri Luar Negeri China Wang Yi mengecam langkah tersebut.",
		}, eventWant{"wang-yi", "usa", "111", ""}},
		{"a disparaging word after a speech verb's aside", []string{
			"Rusia memveto resolusi tentang Suriah.",
			"Perdana Menteri Jepang Fumio Kishida, menulis di media sosial pada malam itu, menyebut keputusan tersebut sebagai tanda bersalah.",
		}, eventWant{"fumio-kishida", "rus", "111", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := analyzeText(t, "", "2023-11-20", tt.paras...)
			if e, ok := r.hasEvent(tt.want.src, tt.want.tgt, cameoRoot(tt.want.code)); !ok || e.Cameo != tt.want.code {
				t.Errorf("no %+v among %+v", tt.want, r.events)
			}
		})
	}
	// With no act to refer to, the criticism has no target.
	r := analyzeText(t, "", "2023-11-20", "Menteri Luar Negeri China Wang Yi mengecam langkah tersebut.")
	for _, e := range r.events {
		if e.Source == "wang-yi" {
			t.Errorf("unwanted %+v", e)
		}
	}
}

func TestATriggerNamedAsAVerbsObjectIsNoSecondAct(t *testing.T) {
	// The talks agreed on did not take place, and a treaty of partnership
	// signed is one act, the signing.
	for _, sentence := range []string{
		"Vietnam dan Laos menyepakati kerangka pembicaraan soal perbatasan kedua negara.",
		"Vietnam dan Laos menandatangani perjanjian kemitraan strategis di Hanoi.",
	} {
		r := analyzeText(t, "", "2025-03-10", sentence)
		if _, ok := r.hasEvent("vnm", "lao", "05"); !ok {
			t.Errorf("%s: no agreement among %+v", sentence, r.events)
		}
		for _, e := range r.events {
			if e.Root != "05" {
				t.Errorf("%s: a second act %s from %q", sentence, e.Cameo, e.Trigger)
			}
		}
	}
}
