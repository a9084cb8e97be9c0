package synth

// The sentence templates are the project's own, written for this generator.
// They are read-only tables.

// act is one kind of interaction between two states, in the verb forms the
// templates need.
type act struct {
	active, passive, headline string
}

var acts = []act{
	{"mengecam", "dikecam", "Kecam"},
	{"mengkritik", "dikritik", "Kritik"},
	{"menuduh", "dituduh", "Tuding"},
	{"memperingatkan", "diperingatkan", "Peringatkan"},
	{"mendesak", "didesak", "Desak"},
	{"menolak tuntutan", "ditolak tuntutannya", "Tolak Tuntutan"},
	{"menjatuhkan sanksi terhadap", "dijatuhi sanksi", "Jatuhkan Sanksi ke"},
	{"bertemu dengan", "ditemui", "Bertemu"},
	{"mengunjungi", "dikunjungi", "Kunjungi"},
	{"menandatangani perjanjian kerja sama dengan", "diajak menandatangani perjanjian kerja sama", "Teken Kerja Sama dengan"},
	{"menyatakan dukungan kepada", "didukung", "Dukung"},
	{"memuji", "dipuji", "Puji"},
	{"mengancam", "diancam", "Ancam"},
}

var topics = []string{
	"program nuklir", "uji coba rudal balistik", "sanksi ekonomi", "perang di Ukraina",
	"Laut China Selatan", "keamanan Semenanjung Korea", "perdagangan bilateral",
	"ekspor energi", "latihan militer gabungan", "hak asasi manusia", "perubahan iklim",
	"pasokan senjata", "kerja sama antariksa", "pengungsi", "keamanan siber",
	"investasi infrastruktur", "perbatasan darat", "bantuan kemanusiaan",
}

// quotes and responses take the topic.
var quotes = []string{
	"Kami tidak akan tinggal diam menghadapi tindakan sepihak soal %s",
	"Langkah ini penting demi perdamaian dan stabilitas kawasan terkait %s",
	"Setiap pihak harus menghormati kesepakatan yang telah dicapai mengenai %s",
	"Kami siap berdialog, tetapi kepentingan nasional kami dalam urusan %s tidak bisa ditawar",
	"Dunia internasional menyaksikan apa yang terjadi dalam masalah %s",
	"Tindakan provokatif seperti ini hanya memperburuk situasi %s",
	"Hubungan kedua negara kini memasuki babak baru, termasuk dalam bidang %s",
	"Kami menyerukan semua pihak menahan diri dalam persoalan %s",
}

var responses = []string{
	"pemerintahnya menolak seluruh tuduhan terkait %s",
	"negaranya tetap terbuka untuk pembicaraan lebih lanjut mengenai %s",
	"pernyataan itu tidak mencerminkan kenyataan di lapangan soal %s",
	"pihaknya akan mempelajari usulan tersebut dengan saksama, khususnya menyangkut %s",
	"langkah balasan sedang dipertimbangkan dalam persoalan %s",
}

// leadFollowUps take the source and target states.
var leadFollowUps = []string{
	"Pernyataan itu disampaikan di tengah meningkatnya ketegangan antara %s dan %s dalam beberapa pekan terakhir.",
	"Langkah tersebut menjadi sorotan karena hubungan %s dengan %s selama ini naik turun.",
	"Sejumlah analis menilai sikap %s terhadap %s kali ini lebih tegas dibandingkan sebelumnya.",
	"Kabar itu muncul beberapa hari setelah pejabat %s dan %s saling bertukar pesan melalui jalur diplomatik.",
}

// background takes the source and target states, the topic and a year.
var background = []string{
	"Hubungan %s dan %s telah diwarnai perbedaan pandangan sejak lama, terutama menyangkut %s, yang kembali mengemuka sejak %d.",
	"Pemerintah %s sebelumnya beberapa kali menyampaikan keberatan kepada %s melalui nota diplomatik, termasuk soal %s pada %d.",
	"Para pengamat hubungan internasional menyebut dinamika %s dan %s tidak bisa dilepaskan dari isu %s yang memanas sejak %d.",
	"Dalam beberapa forum multilateral, delegasi %s dan %s kerap berbeda sikap tentang %s, setidaknya sejak %d.",
	"Data kementerian terkait menunjukkan volume perdagangan %s dengan %s sempat turun tajam ketika isu %s mencuat pada %d.",
	"Diplomat senior dari %s dan %s dijadwalkan melanjutkan pembahasan teknis tentang %s, melanjutkan putaran yang dimulai pada %d.",
	"Lembaga kajian di %s menilai kebijakan %s dalam urusan %s belum banyak berubah dibandingkan dengan kebijakan pada %d.",
	"Media pemerintah %s menyoroti sikap %s mengenai %s dan membandingkannya dengan peristiwa serupa pada %d.",
	"Kalangan akademisi di %s mengingatkan bahwa hubungan dengan %s bergantung pada penyelesaian soal %s yang tertunda sejak %d.",
	"Kedutaan besar %s di ibu kota %s disebut meningkatkan pengamanan setelah isu %s kembali ramai, seperti yang terjadi pada %d.",
	"Kelompok bisnis di %s berharap ketegangan dengan %s tidak merembet ke sektor lain di luar %s, sebagaimana pernah terjadi pada %d.",
	"Jajak pendapat di %s menunjukkan publik terbelah dalam menilai hubungan dengan %s, terutama soal %s, sejak survei pertama pada %d.",
	"Anggota parlemen %s meminta pemerintah menyusun strategi baru terhadap %s dalam urusan %s, belajar dari pengalaman %d.",
	"Organisasi masyarakat sipil di %s mendesak agar dialog dengan %s tentang %s dibuka lebih transparan, tidak seperti perundingan %d.",
	"Pengamat militer memperkirakan %s dan %s akan tetap menahan diri dalam isu %s, meski sempat terjadi insiden pada %d.",
	"Catatan resmi menunjukkan %s dan %s pernah menyepakati kerangka pembicaraan soal %s pada %d, tetapi pelaksanaannya tersendat.",
}

var updates = []string{
	"Pembaruan: Artikel ini telah diperbarui dengan tambahan keterangan dari pejabat terkait yang dihubungi secara terpisah.",
	"Pembaruan: Sejumlah keterangan dalam berita ini dilengkapi setelah konferensi pers lanjutan pada sore harinya.",
	"Pembaruan: Redaksi menambahkan konteks mengenai pertemuan sebelumnya antara para pejabat kedua negara.",
}

// titles take the source state, the act's headline verb, the target state
// and the topic.
var titles = []string{
	"%s %s %s soal %s",
	"%s %s %s, Singgung Isu %s",
	"Memanas, %s %s %s Terkait %s",
}

var noiseHeadlines = []string{
	"Harga Cabai Rawit di Pasar Induk Mulai Turun",
	"Jadwal Lengkap Liga Domestik Pekan Ini",
	"Lima Tips Menjaga Kesehatan Saat Musim Hujan",
	"Jalan Tol Baru Diresmikan, Arus Mudik Diprediksi Lancar",
}

var editors = []string{"Sari Wulandari", "Bayu Pratama", "Dewi Lestari", "Agus Setiawan", "Rina Marlina"}

// outlet is a fictional news site: synthetic stories are never attributed
// to a real outlet.
type outlet struct{ name, domain string }

var outlets = []outlet{
	{"Warta Nusantara", "wartanusantara.example"},
	{"Kabar Dunia", "kabardunia.example"},
	{"Harian Diplomasi", "harian-diplomasi.example"},
	{"Suara Global", "suaraglobal.example"},
	{"Berita Kawasan", "beritakawasan.example"},
	{"Lensa Internasional", "lensainternasional.example"},
	{"Pos Khatulistiwa", "poskhatulistiwa.example"},
	{"Jurnal Asia", "jurnalasia.example"},
}

// capitals are the capitals the dictionary lists among states' aliases (it
// lets a capital stand for its state): the generator uses them for datelines
// and never as a state's name.
var capitals = setOf(
	"Washington", "Moskow", "Moscow", "Beijing", "London", "Paris", "Pyongyang", "Seoul", "Tokyo",
	"Ulan Bator", "Ulaanbaatar", "Taipei", "Kyiv", "Kiev", "Minsk", "Berlin", "Roma", "Rome",
	"Warsawa", "Warsaw", "Tallinn", "Riga", "Vilnius", "Helsinki", "Stockholm", "Oslo",
	"Kopenhagen", "Copenhagen", "Amsterdam", "Madrid", "Lisbon", "Bern", "Budapest", "Praha",
	"Prague", "Bratislava", "Bukares", "Bucharest", "Athena", "Athens", "Chisinau", "Tbilisi",
	"Yerevan", "Baku", "Beograd", "Belgrade", "Zagreb", "Dublin", "Astana", "Tashkent", "Bishkek",
	"Dushanbe", "Ashgabat", "Jakarta", "Kuala Lumpur", "Putrajaya", "Singapura", "Bangkok", "Manila",
	"Hanoi", "Naypyidaw", "Naypyitaw", "Phnom Penh", "Vientiane", "Bandar Seri Begawan", "Dili",
	"Canberra", "Wellington", "Port Moresby", "Honiara", "New Delhi", "Islamabad", "Dhaka",
	"Kolombo", "Colombo", "Kathmandu", "Kabul", "Teheran", "Tehran", "Tel Aviv", "Yerusalem",
	"Ankara", "Riyadh", "Abu Dhabi", "Doha", "Kairo", "Cairo", "Damaskus", "Damascus", "Baghdad",
	"Amman", "Beirut", "Sanaa", "Muskat", "Muscat", "Manama", "Tripoli", "Aljir", "Rabat",
	"Khartoum", "Pretoria", "Abuja", "Addis Ababa", "Nairobi", "Ottawa", "Mexico City", "Brasilia",
	"Buenos Aires", "Santiago", "Bogota", "Havana", "Caracas",
)

func setOf(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}
