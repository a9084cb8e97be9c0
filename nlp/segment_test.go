package nlp

import (
	"reflect"
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	seg := testRules(t).segment
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
			var got []string
			for _, r := range seg.sentences(tt.para) {
				got = append(got, tt.para[r[0]:r[1]])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sentences(%q)\n got %q\nwant %q", tt.para, got, tt.want)
			}
		})
	}
}

func TestSegmentUnitsSentencesAndTokens(t *testing.T) {
	seg := testRules(t).segment.segment("Kim Tiba di Moskow", []string{"Kim Jong Un tiba di Moskow. Ia disambut Putin.", `"Kami siap," kata Lavrov (Rabu, 11/8).`}, 100)
	if len(seg.units) != 3 || !seg.units[0].title || seg.units[1].title || len(seg.sents) != 4 || seg.bodySentences != 3 {
		t.Fatalf("units %+v sentences %+v", seg.units, seg.sents)
	}
	var units []int
	for _, s := range seg.sents {
		units = append(units, s.unit)
	}
	if !reflect.DeepEqual(units, []int{0, 1, 1, 2}) {
		t.Errorf("units of the sentences = %v, want [0 1 1 2]", units)
	}
	surfaces := func(s sentence) string {
		u := &seg.units[s.unit]
		var out []string
		for _, tok := range u.toks[s.ts:s.te] {
			out = append(out, u.text[tok.start:tok.end])
		}
		return strings.Join(out, " ")
	}
	if got := surfaces(seg.sents[1]); got != "Kim Jong Un tiba di Moskow ." {
		t.Errorf("tokens %q", got)
	}
	if got := surfaces(seg.sents[3]); got != `" Kami siap , " kata Lavrov ( Rabu , 11 / 8 ) .` {
		t.Errorf("tokens %q: brackets, commas and the slash of a date are tokens of their own", got)
	}
	if seg.sents[2].text != "Ia disambut Putin." {
		t.Errorf("sentence text %q", seg.sents[2].text)
	}
}

func TestSegmentKeepsTheFirstSentencesOfAHugeBody(t *testing.T) {
	seg := testRules(t).segment.segment("", []string{"Satu. Dua. Tiga.", "Empat. Lima."}, 4)
	if seg.bodySentences != 5 || len(seg.sents) != 4 || len(seg.units) != 2 || seg.units[1].text != "Empat." {
		t.Errorf("bodySentences %d, sentences %+v, units %+v", seg.bodySentences, seg.sents, seg.units)
	}
}

func TestTokenizer(t *testing.T) {
	tests := []struct {
		text string
		want string // the tokens as written, words marked with a *
	}{
		{"Kim Jong-un tiba.", "*Kim *Jong *un *tiba ."},
		{"“Kami siap,” kata Kim.", "“ *Kami *siap , ” *kata *Kim ."},
		{"‘Kata’ itu", "‘ *Kata ’ *itu"},
		{"Korean People's Army", "*Korean *People *'s *Army"},
		{"Jum'at (11/8)", "*Jum'at ( *11 / *8 )"},
		{"Retno L.P. Marsudi", "*Retno *L . *P . *Marsudi"},
		{"Mu'min datang", "*Mu'min *datang"},
		{"AS--Rusia", "*AS - - *Rusia"},
		{"senilai 4.850 juta, naik 2,5 persen.", "*senilai *4.850 *juta , *naik *2,5 *persen ."},
		{"pada 1.000. Lalu", "*pada *1.000 . *Lalu"},
		{"İzmir's \xff's", "*İzmir's \xff ' *s"}, // words prose cannot read: split without it
	}
	tk := newTokenizer()
	for _, tt := range tests {
		for range 2 { // the second time from the cache
			var got []string
			for _, tok := range tk.tokens(tt.text, nil) {
				w := tt.text[tok.start:tok.end]
				if tok.word {
					w = "*" + w
				}
				got = append(got, w)
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("tokens of %q = %q, want %q", tt.text, strings.Join(got, " "), tt.want)
			}
		}
	}
}

// TestTokensKeepProsesBoundaries checks on the test pages that the tokens
// cover every non-space byte once and in order (but the hyphen inside a
// word), that where prose splits a
// word a token ends, and that the cache gives what prose does.
func TestTokensKeepProsesBoundaries(t *testing.T) {
	cached := newTokenizer()
	for _, page := range testPages(t) {
		p := testRules(t).clean.cleanPage(string(page))
		for _, para := range p.Paragraphs {
			toks := cached.tokens(para, nil)
			checkCover(t, para, toks)
			ends := map[int]bool{}
			for _, tok := range toks {
				ends[tok.start], ends[tok.end] = true, true
			}
			off := 0
			for _, w := range strings.Fields(para) {
				off += strings.Index(para[off:], w)
				for _, sp := range proseSpans(w) {
					if !ends[off+sp.start] || !ends[off+sp.end] {
						t.Errorf("%q: prose's token %q is not split off", w, w[sp.start:sp.end])
					}
				}
				off += len(w)
			}
			if fresh := newTokenizer().tokens(para, nil); !reflect.DeepEqual(fresh, toks) {
				t.Fatalf("%q: cached tokens differ from fresh ones", para)
			}
		}
	}
}

// checkCover checks that tokens cover every non-space byte of text once
// and in order, but the hyphen that joins a word to the one before.
func checkCover(t *testing.T, text string, toks []token) {
	t.Helper()
	at := 0
	for _, tok := range toks {
		if tok.start < at || tok.end <= tok.start || tok.end > len(text) {
			t.Fatalf("%q: token %+v out of order or of the text", text, tok)
		}
		gap := strings.TrimSpace(text[at:tok.start])
		if tok.joined {
			gap = strings.TrimLeft(gap, "-‐‑")
		}
		if gap != "" {
			t.Fatalf("%q: token %+v leaves out %q", text, tok, gap)
		}
		at = tok.end
	}
	if rest := strings.TrimSpace(text[at:]); rest != "" {
		t.Fatalf("%q: %q after the last token", text, rest)
	}
}

// FuzzTokens checks that tokens cover any text, prose's quirks included.
func FuzzTokens(f *testing.F) {
	for _, s := range []string{"Kim Jong-un", "“Kami,” kata Kim.", "People's it's. Mu'min &rsquo;s", "(11/8) L.P. --x", "‘a’ 'b' \"c\"", "\xff\xfe don't"} {
		f.Add(s)
	}
	tk := newTokenizer()
	f.Fuzz(func(t *testing.T, text string) {
		checkCover(t, text, tk.tokens(text, nil))
	})
}
