package nlp

import (
	"reflect"
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	seg := newSegmenter()
	tests := []struct {
		name, para string
		want       []string
	}{
		{"plain", "Rusia menolak tuduhan itu. Korea Utara diam! Apa maksudnya? Tidak jelas.",
			[]string{"Rusia menolak tuduhan itu.", "Korea Utara diam!", "Apa maksudnya?", "Tidak jelas."}},
		{"titles", "Prof. Dr. H. Budi Santoso, S.H., M.Si. hadir di Jl. Merdeka No. 5 bersama Hj. Siti dan Kol. Ahmad. Acara selesai.",
			[]string{"Prof. Dr. H. Budi Santoso, S.H., M.Si. hadir di Jl. Merdeka No. 5 bersama Hj. Siti dan Kol. Ahmad.", "Acara selesai."}},
		{"ranks and company", "Jend. Agus bertemu Letjen. Sutrisno di kantor PT. Aneka Tbk. Jakarta, dan Sdr. Bambang a.n. Bpk. Hadi ikut.",
			[]string{"Jend. Agus bertemu Letjen. Sutrisno di kantor PT. Aneka Tbk. Jakarta, dan Sdr. Bambang a.n. Bpk. Hadi ikut."}},
		{"enders", "Mereka membawa beras, gula, dll. untuk pengungsi. Bantuan tiba dsb. Kemudian tim pulang.",
			[]string{"Mereka membawa beras, gula, dll. untuk pengungsi.", "Bantuan tiba dsb.", "Kemudian tim pulang."}},
		{"initials", "Presiden Joe R. Biden dan Kamala D. Harris hadir. Keduanya berpidato.",
			[]string{"Presiden Joe R. Biden dan Kamala D. Harris hadir.", "Keduanya berpidato."}},
		{"numbers and dates", "Harga emas Rp 1.468.000 per gram pada 26/10/2023 pukul 10.30 WIB. Kenaikan 0,5 persen tercatat.",
			[]string{"Harga emas Rp 1.468.000 per gram pada 26/10/2023 pukul 10.30 WIB.", "Kenaikan 0,5 persen tercatat."}},
		{"quote with attribution", `"Ada banyak laporan. Semuanya tidak berdasar. Kami tidak berkomentar," kata Peskov. Dia pergi.`,
			[]string{`"Ada banyak laporan. Semuanya tidak berdasar. Kami tidak berkomentar," kata Peskov.`, "Dia pergi."}},
		{"curly quote ends sentence", "Peskov berkata: “Kami tidak mengomentari hal ini. Itu saja.” Lalu ia pergi.",
			[]string{"Peskov berkata: “Kami tidak mengomentari hal ini. Itu saja.”", "Lalu ia pergi."}},
		{"quote then lowercase attribution", "“Itu keputusan yang keliru.” ujar Menteri. Rapat ditunda.",
			[]string{"“Itu keputusan yang keliru.” ujar Menteri.", "Rapat ditunda."}},
		{"stray quote mark", `Ia menyebut "ancaman serius. Korea Utara menolak. Rusia diam.`,
			[]string{`Ia menyebut "ancaman serius.`, "Korea Utara menolak.", "Rusia diam."}},
		{"ellipsis", "Ia ragu… Namun akhirnya setuju... Semua lega.",
			[]string{"Ia ragu…", "Namun akhirnya setuju...", "Semua lega."}},
		{"trailing stray dot", `"Kami siap," katanya. .`, []string{`"Kami siap," katanya.`}},
		{"glued without a space", "Menteri itu tiba di Moskow.Kantor berita melaporkan pertemuan itu.Dia juga bertemu pejabat Kompas.com dan KONTAN.CO.ID di sana.",
			[]string{"Menteri itu tiba di Moskow.", "Kantor berita melaporkan pertemuan itu.", "Dia juga bertemu pejabat Kompas.com dan KONTAN.CO.ID di sana."}},
		{"parenthesis", "Korea Utara meluncurkan rudal (yang ketiga tahun ini.) Jepang protes.",
			[]string{"Korea Utara meluncurkan rudal (yang ketiga tahun ini.)", "Jepang protes."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := seg.sentences(tt.para); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sentences(%q)\n got %q\nwant %q", tt.para, got, tt.want)
			}
		})
	}
}

func TestSplitTokensAndParagraphs(t *testing.T) {
	seg := newSegmenter()
	sents := seg.split([]string{"Kim Jong Un tiba di Moskow. Ia disambut Putin.", `"Kami siap," kata Lavrov (Rabu, 11/8).`})
	if len(sents) != 3 {
		t.Fatalf("got %d sentences: %+v", len(sents), sents)
	}
	if sents[0].Para != 0 || sents[1].Para != 0 || sents[2].Para != 1 {
		t.Errorf("paragraph indexes = %d %d %d, want 0 0 1", sents[0].Para, sents[1].Para, sents[2].Para)
	}
	want := []string{"Kim", "Jong", "Un", "tiba", "di", "Moskow", "."}
	if !reflect.DeepEqual(sents[0].Tokens, want) {
		t.Errorf("tokens = %q, want %q", sents[0].Tokens, want)
	}
	if got := strings.Join(sents[2].Tokens, " "); !strings.Contains(got, "Lavrov ( Rabu , 11/8 )") {
		t.Errorf("tokens = %q: brackets and commas should be split off, dates kept whole", got)
	}
}

// TestTokensAreProsesTokens checks that tokens taken word by word from the
// cache are exactly prose's tokens of the whole sentence.
func TestTokensAreProsesTokens(t *testing.T) {
	seg := newSegmenter()
	for _, page := range testPages(t) {
		p := testRules(t).clean.cleanPage(string(page))
		for range 2 { // the second pass reads the cache
			for _, s := range seg.split(p.Paragraphs) {
				if want := proseTokens(s.Text); !reflect.DeepEqual(s.Tokens, want) {
					t.Fatalf("tokens of %q\n got %q\nwant %q", s.Text, s.Tokens, want)
				}
			}
		}
	}
}
