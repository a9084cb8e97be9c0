package nlp

import (
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph"
)

// quoteWant is a statement expected to start with the given words.
type quoteWant struct {
	starts, speaker, kind, date string
}

func TestStatements(t *testing.T) {
	tests := []struct {
		name      string
		published string
		paras     []string
		want      []quoteWant
	}{
		{
			name:      "quote after the closing verb",
			published: "2023-09-14",
			paras:     []string{`"Kami akan memperdalam kerja sama di bidang antariksa," ujar Vladimir Putin di Vostochny pada Rabu (13/9).`},
			want:      []quoteWant{{"Kami akan memperdalam kerja sama", "vladimir-putin", diplograph.KindDirect, "2023-09-13"}},
		},
		{
			name: "quote in the paragraph after X berkata:",
			paras: []string{
				"Ditanya soal kunjungan itu, juru bicara Kremlin Dmitry Peskov berkata:",
				`"Semua rencana akan diumumkan pada waktunya. Kami belum bisa memberi rincian."`,
			},
			want: []quoteWant{{"Semua rencana akan diumumkan pada waktunya", "dmitry-peskov", diplograph.KindDirect, ""}},
		},
		{
			name: "Dia menambahkan and katanya go to the last speaker",
			paras: []string{
				`Menteri Luar Negeri AS Antony Blinken mengatakan bahwa Washington tetap membuka jalur diplomasi.`,
				`Dia menambahkan, “Pintu dialog tidak pernah kami tutup.”`,
				`"Namun tekanan juga akan terus berjalan," katanya.`,
			},
			want: []quoteWant{
				{"Washington tetap membuka jalur diplomasi", "antony-blinken", diplograph.KindIndirect, ""},
				{"Pintu dialog tidak pernah kami tutup", "antony-blinken", diplograph.KindDirect, ""},
				{"Namun tekanan juga akan terus berjalan", "antony-blinken", diplograph.KindDirect, ""},
			},
		},
		{
			name: "kata Kementerian is the ministry named before; kata Korea Utara the state",
			paras: []string{
				"Menurut Kementerian Luar Negeri Korea Utara, latihan gabungan itu adalah gladi perang.",
				`"Kami akan menanggapi setiap ancaman dengan tegas," kata Kementerian dalam pernyataannya.`,
				`"Semenanjung ini tidak akan tenang selama latihan berlanjut," kata Korea Utara.`,
			},
			want: []quoteWant{
				{"latihan gabungan itu adalah gladi perang", "prk-foreign-ministry", diplograph.KindIndirect, ""},
				{"Kami akan menanggapi setiap ancaman", "prk-foreign-ministry", diplograph.KindDirect, ""},
				{"Semenanjung ini tidak akan tenang", "prk", diplograph.KindDirect, ""},
			},
		},
		{
			name: "a relative clause between speaker and verb",
			paras: []string{
				"Presiden Korea Selatan Yoon Suk Yeol, yang berpidato di depan parlemen Jepang, mengatakan bahwa kedua negara harus menatap masa depan.",
			},
			want: []quoteWant{{"kedua negara harus menatap masa depan", "yoon-suk-yeol", diplograph.KindIndirect, ""}},
		},
		{
			name: "a quote resumed after its attribution, and demikian",
			paras: []string{
				`"Kami tidak akan mundur," kata Kim Jong Un, "dan kami akan terus memperkuat pertahanan."`,
				`"Semua pihak harus menahan diri," demikian kata Presiden Rusia Vladimir Putin.`,
				`Vladimir Putin menegaskan bahwa "tidak ada yang bisa menghentikan kerja sama ini".`,
			},
			want: []quoteWant{
				{"Kami tidak akan mundur", "kim-jong-un", diplograph.KindDirect, ""},
				{"dan kami akan terus memperkuat pertahanan", "kim-jong-un", diplograph.KindDirect, ""},
				{"Semua pihak harus menahan diri", "vladimir-putin", diplograph.KindDirect, ""},
				{"tidak ada yang bisa menghentikan kerja sama ini", "vladimir-putin", diplograph.KindDirect, ""},
			},
		},
		{
			name:  "reported words before the attribution, without quotes",
			paras: []string{"Pyongyang tidak akan pernah menyerahkan senjata nuklirnya, kata Kim Yo Jong."},
			want:  []quoteWant{{"Pyongyang tidak akan pernah menyerahkan senjata nuklirnya", "kim-yo-jong", diplograph.KindIndirect, ""}},
		},
		{
			name:  "Menurut X with a relative clause",
			paras: []string{"Menurut Kementerian Luar Negeri Korea Utara, yang merilis pernyataan itu, latihan tersebut memperburuk situasi."},
			want:  []quoteWant{{"latihan tersebut memperburuk situasi", "prk-foreign-ministry", diplograph.KindIndirect, ""}},
		},
		{
			name:  "an unnamed official speaks for the body",
			paras: []string{`"Kami menentang segala bentuk campur tangan asing," kata juru bicara Kementerian Luar Negeri China.`},
			want:  []quoteWant{{"Kami menentang segala bentuk campur tangan asing", "chn-foreign-ministry", diplograph.KindDirect, ""}},
		},
		{
			name: "a quote after a speech verb and bahwa, then katanya kepada X",
			paras: []string{
				`Kim Yo Jong menilai bahwa "latihan gabungan itu hanya memperburuk ketegangan di kawasan," katanya kepada KCNA.`,
				"Kim Yo Jong, adik Kim Jong Un, menggambarkan bahwa peluncuran satelit itu adalah hak kedaulatan negaranya.",
				`"Tidak ada yang bisa merampas hak kami untuk membela diri," katanya kepada KCNA pada Sabtu.`,
			},
			want: []quoteWant{
				{"latihan gabungan itu hanya memperburuk ketegangan", "kim-yo-jong", diplograph.KindDirect, ""},
				{"peluncuran satelit itu adalah hak kedaulatan", "kim-yo-jong", diplograph.KindIndirect, ""},
				{"Tidak ada yang bisa merampas hak kami", "kim-yo-jong", diplograph.KindDirect, ""},
			},
		},
		{
			name: "the subject of a clause speaks, not the name after untuk",
			paras: []string{
				"Xi Jinping juga dilaporkan mengirim pesan untuk Joe Biden dengan mengatakan kedua negara harus menghindari konfrontasi.",
			},
			want: []quoteWant{{"kedua negara harus menghindari konfrontasi", "xi-jinping", diplograph.KindIndirect, ""}},
		},
		{
			name: "a title with itu is the person holding it, also on a page without a date",
			paras: []string{
				"Kim Jong Un tiba di Vladivostok dengan kereta khusus.",
				"Pemimpin Korea Utara itu menegaskan bahwa negaranya akan selalu berdiri bersama Rusia.",
			},
			want: []quoteWant{{"negaranya akan selalu berdiri bersama Rusia", "kim-jong-un", diplograph.KindIndirect, ""}},
		},
		{
			name: "the name before sebagai speaks; a name inside a phrase about the speaker does not",
			paras: []string{
				"Vietnam sebagai Ketua ASEAN menyebut bahwa pembicaraan itu belum membuahkan hasil.",
				"Sumber di pemerintahan Presiden AS Joe Biden mengatakan bahwa rencana itu masih dibahas, namun mengatakan Rusia tetap diawasi.",
				"Kantor berita Yonhap milik Korea Selatan melaporkan bahwa pertemuan itu digelar sehari sebelumnya.",
			},
			want: []quoteWant{
				{"pembicaraan itu belum membuahkan hasil", "vnm", diplograph.KindIndirect, ""},
				{"pertemuan itu digelar sehari sebelumnya", "yonhap", diplograph.KindIndirect, ""},
			},
		},
		{
			name: "straight and curly marks mixed in one quote",
			paras: []string{
				"Presiden Ukraina Volodymyr Zelensky meminta bantuan tambahan.",
				`"Pertahanan udara kami harus diperkuat segera,” kata Sultan Brunei Hassanal Bolkiah.`,
			},
			want: []quoteWant{{"Pertahanan udara kami harus diperkuat segera", "hassanal-bolkiah", diplograph.KindDirect, ""}},
		},
		{
			name: "a former official referred to with itu does not speak for the state",
			paras: []string{
				`"Kami akan meninjau semua kesepakatan yang ada," kata mantan Duta Besar RI untuk Jepang itu.`,
			},
			want: []quoteWant{},
		},
		{
			name: "a person from a body speaks; a quote after a verb and a short phrase",
			paras: []string{
				"John Kirby dari Gedung Putih mengatakan bahwa bantuan itu akan segera dikirim.",
				"Dia menambahkan di Twitter: “Kami tidak akan meninggalkan sekutu kami.”",
			},
			want: []quoteWant{
				{"bantuan itu akan segera dikirim", "john-kirby", diplograph.KindIndirect, ""},
				{"Kami tidak akan meninggalkan sekutu kami", "john-kirby", diplograph.KindDirect, ""},
			},
		},
		{
			name: "a title before a bare surname",
			paras: []string{
				"Presiden Korea Selatan Yoon Suk Yeol tiba di Tokyo.",
				`"Kita harus menatap masa depan bersama," kata Presiden Yoon kepada wartawan.`,
			},
			want: []quoteWant{{"Kita harus menatap masa depan bersama", "yoon-suk-yeol", diplograph.KindDirect, ""}},
		},
		{
			name:  "the head of a relative clause speaks",
			paras: []string{"Laporan itu dimuat Kantor Berita Yonhap (Yonhap), yang mengatakan bahwa Korea Utara telah menembakkan dua rudal."},
			want:  []quoteWant{{"Korea Utara telah menembakkan dua rudal", "yonhap", diplograph.KindIndirect, ""}},
		},
		{
			name: "a speech verb with a thing as its object reports no words",
			paras: []string{
				"KCNA melaporkan percakapan yang berlangsung sehari sebelumnya di Moskow.",
				"Yonhap melaporkan Korea Utara telah menembakkan dua rudal balistik.",
			},
			want: []quoteWant{{"Korea Utara telah menembakkan dua rudal balistik", "yonhap", diplograph.KindIndirect, ""}},
		},
		{
			name: "a bare title is the one person holding it",
			paras: []string{
				"Sultan Brunei Darussalam Hassanal Bolkiah membuka pertemuan itu.",
				`"Kami memberi ruang bagi semua anggota untuk berdialog," kata Sultan.`,
			},
			want: []quoteWant{{"Kami memberi ruang bagi semua anggota", "hassanal-bolkiah", diplograph.KindDirect, ""}},
		},
		{
			name:  "a straight quote nested in a curly one",
			paras: []string{`“Latihan itu bertujuan menunjukkan "kesiapan sekutu menghadapi ancaman apa pun," kata Kementerian Pertahanan Jepang.`},
			want:  []quoteWant{{"Latihan itu bertujuan menunjukkan", "jpn-defence-ministry", diplograph.KindDirect, ""}},
		},
		{
			name: "phrases put first or set off by commas",
			paras: []string{
				"Kepada wartawan di Seoul, Yoon Suk Yeol mengatakan bahwa aliansi dengan AS tetap kuat.",
				"Sergei Lavrov, dalam konferensi pers di Moskow, menegaskan bahwa Rusia siap berunding.",
			},
			want: []quoteWant{
				{"aliansi dengan AS tetap kuat", "yoon-suk-yeol", diplograph.KindIndirect, ""},
				{"Rusia siap berunding", "sergei-lavrov", diplograph.KindIndirect, ""},
			},
		},
		{
			name:  "a negated speech verb is not a statement",
			paras: []string{"Namun, Jepang tidak menyebutkan soal rencana kunjungan itu ke Beijing."},
			want:  []quoteWant{},
		},
		{
			name:  "scare quotes are not statements",
			paras: []string{`Korea Utara menyebut latihan itu 'kebijakan bermusuhan' dan "provokasi".`},
			want:  []quoteWant{{"latihan itu 'kebijakan bermusuhan' dan \"provokasi\"", "prk", diplograph.KindIndirect, ""}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := analyzeText(t, "", tt.published, tt.paras...)
			if len(r.statements) != len(tt.want) {
				t.Errorf("%d statements, want %d: %+v", len(r.statements), len(tt.want), r.statements)
			}
			for _, w := range tt.want {
				i := slices.IndexFunc(r.statements, func(s diplograph.Statement) bool { return strings.HasPrefix(s.Text, w.starts) })
				if i < 0 {
					t.Errorf("no statement starting %q in %+v", w.starts, r.statements)
					continue
				}
				s := r.statements[i]
				if string(s.Speaker) != w.speaker || s.Kind != w.kind {
					t.Errorf("%q: speaker/kind %s/%s, want %s/%s", w.starts, s.Speaker, s.Kind, w.speaker, w.kind)
				}
				if w.date != "" && string(s.Date) != w.date {
					t.Errorf("%q: date %q, want %q", w.starts, s.Date, w.date)
				}
			}
		})
	}
}

func TestStatementIDAboutAndDate(t *testing.T) {
	a := analyzeText(t, "", "2023-11-12", `"Washington harus menghentikan tekanan terhadap Pyongyang," kata Korea Utara pada Sabtu (11/11).`)
	b := analyzeText(t, "Judul lain", "2023-11-13", "Paragraf pembuka yang lain sama sekali.", `“Washington  harus menghentikan tekanan terhadap Pyongyang”, kata Korea Utara.`)
	if len(a.statements) != 1 || len(b.statements) != 1 {
		t.Fatalf("statements: %+v / %+v", a.statements, b.statements)
	}
	if a.statements[0].ID != b.statements[0].ID || len(a.statements[0].ID) != 32 {
		t.Errorf("the same quote by the same speaker has ids %s and %s", a.statements[0].ID, b.statements[0].ID)
	}
	if about := a.statements[0].About; !slices.Equal(about, []string{"usa"}) {
		t.Errorf("about = %v, want [usa] (the speaker itself is left out)", about)
	}
	if a.statements[0].Date != "2023-11-11" || b.statements[0].Date != "2023-11-13" {
		t.Errorf("dates %q, %q: want the named day, else the publication date", a.statements[0].Date, b.statements[0].Date)
	}
	c := analyzeText(t, "", "", `"Washington harus menghentikan tekanan terhadap Pyongyang," kata Jepang.`)
	if c.statements[0].ID == a.statements[0].ID {
		t.Error("another speaker must give another statement id")
	}
	if c.statements[0].Date != "" {
		t.Errorf("date %q invented for a page without a date", c.statements[0].Date)
	}
}

func TestQuotesPairing(t *testing.T) {
	text := `Ia berkata, “satu dua tiga” lalu 'empat lima' dan "enam tujuh`
	u := annotatedUnit{unit: &unit{text: text, toks: newTokenizer().tokens(text, nil)}}
	var got []string
	for _, q := range findQuotes(&u) {
		got = append(got, u.surface(q.open+1, q.close))
	}
	want := []string{"satu dua tiga", "empat lima", "enam tujuh"}
	if !slices.Equal(got, want) {
		t.Errorf("quotes %q, want %q", got, want)
	}
}
