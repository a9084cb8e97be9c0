package nlp

import (
	"slices"
	"testing"

	"github.com/diplograph/diplograph"
)

func TestSurnameResolution(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		// mentions wanted per actor id; an id mapped to 0 must be absent, to
		// -1 present with any count.
		want map[string]int
	}{
		{
			name: "spellings and the bare surname are one person",
			paras: []string{
				"Pemimpin Korea Utara Kim Jong-un meninjau uji coba itu.",
				"Kim Jong Un kemudian memberi arahan, dan Kim tersenyum kepada para teknisi.",
			},
			want: map[string]int{"kim-jong-un": 3},
		},
		{
			name: "another Kim is another person",
			paras: []string{
				"Kim Jong Un menghadiri parade militer di Pyongyang.",
				"Adiknya, Kim Yo Jong, berdiri di sampingnya.",
			},
			want: map[string]int{"kim-jong-un": 1, "kim-yo-jong": 1},
		},
		{
			name: "two people named in turn: a bare name is the one named last, nearby",
			paras: []string{
				"Kim Jong Un memimpin rapat partai.",
				"Kim Yo Jong kemudian memperingatkan Seoul.",
				"Kim menyebut selebaran itu provokasi.",
			},
			want: map[string]int{"kim-jong-un": 1, "kim-yo-jong": 2},
		},
		{
			name: "a name spelled with one letter otherwise is the same person",
			paras: []string{
				"Menteri Luar Negeri Estonia Kristjan Pihlakas tiba di Tallinn.",
				"Pihlaks mengatakan kunjungan itu penting.",
			},
			want: map[string]int{"kristjan-pihlakas": 2},
		},
		{
			name: "a short name spelled otherwise is not matched",
			paras: []string{
				"Perdana Menteri Norwegia Jonas Lund tiba di Oslo.",
				"Lunt mengatakan kunjungan itu penting.",
			},
			want: map[string]int{"jonas-lund": 1},
		},
		{
			name: "a person of the dictionary called by one name where the page names their office",
			paras: []string{
				"Menteri Luar Negeri (Menlu) RI membuka pertemuan itu di Jakarta.",
				"Retno mengatakan semua anggota hadir.",
			},
			want: map[string]int{"retno-marsudi": 1},
		},
		{
			name:  "one name alone, with no office named, is no one",
			paras: []string{"Retno mengatakan semua anggota hadir di Jakarta."},
			want:  map[string]int{"retno-marsudi": 0},
		},
		{
			name: "a surname with its particle is the person",
			paras: []string{
				"Pejabat senior Hizbullah, Hassan al-Amin, tiba di Teheran.",
				"Al-Amin mengatakan pertemuan itu penting.",
			},
			want: map[string]int{"hassan-al-amin": 2, "al-amin": 0},
		},
		{
			name:  "initials with dots match the dictionary's name",
			paras: []string{"Menteri Luar Negeri RI, Retno L.P. Marsudi, tiba di Hanoi; Retno P Marsudi lalu bertemu mitranya."},
			want:  map[string]int{"retno-marsudi": 2},
		},
		{
			name: "a name's suffix is not what the person is called by",
			paras: []string{
				"Menteri Luar Negeri Filipina Teodoro Locsin Jr. tiba di Hanoi.",
				"Locsin kemudian bertemu mitranya.",
			},
			want: map[string]int{"teodoro-locsin-jr": 2},
		},
		{
			name:  "a state's name inside a longer name that the dictionary does not know",
			paras: []string{"Pernyataan itu disiarkan oleh Kantor Berita Pusat Korea Utara (KCNA) pada Senin."},
			want:  map[string]int{"prk": 1, "kcna": 1, "korea": 0},
		},
		{
			name: "a body's head word refers back only when the name stops there",
			paras: []string{
				"Seoul menyebut peluncuran itu melanggar resolusi Dewan Keamanan Perserikatan Bangsa-Bangsa.",
				"Peluncuran itu memicu pertemuan Dewan Keamanan Nasional di Seoul.",
			},
			want: map[string]int{"un-security-council": 1},
		},
		{
			name: "a bare surname shared by two people stays unresolved",
			paras: []string{
				"Kim Jong Un dan Kim Yo Jong menghadiri upacara itu.",
				"Kim kemudian meninggalkan lokasi.",
			},
			want: map[string]int{"kim-jong-un": 1, "kim-yo-jong": 1},
		},
		{
			name: "an unknown Kim with a position",
			paras: []string{
				"Kim Sung-ho, analis di Seoul, mengatakan uji coba itu sudah diperkirakan.",
				"Menurut Kim, Pyongyang ingin menarik perhatian Washington.",
			},
			want: map[string]int{"kim-sung-ho": 2, "kim-jong-un": 0},
		},
		{
			name: "Pyongyang acting is North Korea, its ministry is its own actor",
			paras: []string{
				"Pyongyang mengecam latihan itu.",
				"Kementerian Luar Negeri Korea Utara menyebut latihan itu provokasi.",
			},
			want: map[string]int{"prk": -1, "prk-foreign-ministry": 1},
		},
		{
			name: "a ministry referred back to by its first word",
			paras: []string{
				"Kementerian Luar Negeri Jepang memprotes peluncuran rudal itu.",
				"Kementerian juga meminta penjelasan resmi.",
			},
			want: map[string]int{"jpn-foreign-ministry": 2},
		},
		{
			name:  "a ministry named without its state belongs to the state of the sentence before",
			paras: []string{"Korea Selatan memperketat pengawasan perbatasan.", "Kementerian Luar Negeri mengatakan langkah itu sementara."},
			want:  map[string]int{"kor-foreign-ministry": 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := analyzeText(t, "", "", tt.paras...)
			for id, n := range tt.want {
				a, ok := r.actor(id)
				if n == 0 {
					if ok {
						t.Errorf("%s should not be an actor", id)
					}
					continue
				}
				if !ok {
					t.Errorf("no actor %s among %v", id, r.ids())
					continue
				}
				if n > 0 && a.Mentions != n {
					t.Errorf("%s: %d mentions, want %d (aliases %q)", id, a.Mentions, n, a.Aliases)
				}
			}
		})
	}
}

func TestPositionReferences(t *testing.T) {
	r := analyzeText(t, "", "2023-11-06",
		"Menteri Luar Negeri AS Antony Blinken bertemu Presiden Korea Selatan Yoon Suk Yeol di Seoul.",
		`"Aliansi kami kuat," ujar Menlu AS itu.`,
		"Presiden tersebut menyebut kedua negara sepakat memperluas latihan.",
		"Sang menteri kemudian mengecam Korea Utara.")
	want := map[string]string{"Aliansi kami kuat": "antony-blinken", "kedua negara sepakat memperluas latihan": "yoon-suk-yeol"}
	for _, s := range r.statements {
		if sp, ok := want[s.Text]; ok && string(s.Speaker) != sp {
			t.Errorf("%q: speaker %s, want %s", s.Text, s.Speaker, sp)
		}
		delete(want, s.Text)
	}
	if len(want) != 0 {
		t.Errorf("statements missing: %v (got %+v)", want, r.statements)
	}
	if _, ok := r.hasEvent("antony-blinken", "prk", "11"); !ok {
		t.Errorf("sang menteri is Blinken: events %+v", r.events)
	}
	a, _ := r.actor("antony-blinken")
	if slices.Contains(a.Aliases, "Menlu AS itu") {
		t.Errorf("a reference by position is not an alias: %q", a.Aliases)
	}
	// Two ministers: "sang menteri" is nobody in particular.
	r = analyzeText(t, "", "2023-11-06",
		"Menteri Luar Negeri AS Antony Blinken bertemu Menteri Luar Negeri Korea Selatan Park Jin.",
		"Sang menteri kemudian mengecam Korea Utara.")
	for _, e := range r.events {
		if e.Target == "prk" {
			t.Errorf("ambiguous reference coded: %+v", e)
		}
	}
}

func TestKremlinIsItsOwnBody(t *testing.T) {
	r := analyzeText(t, "", "", "Kremlin menyatakan Moskow tidak akan mundur.")
	k, ok := r.actor("kremlin")
	if !ok || k.Type != diplograph.TypeOrganization || k.Country != "RUS" {
		t.Fatalf("kremlin = %+v (found %v)", k, ok)
	}
	if _, ok := r.actor("rus"); !ok {
		t.Errorf("Moskow is Russia: actors %v", r.ids())
	}
}

func TestPickSurname(t *testing.T) {
	tests := []struct {
		cands []namePos
		pos   int
		want  int
	}{
		{[]namePos{{10, 0, 1}}, 20, 1},
		{[]namePos{{10, 0, 1}, {15, 0, 1}}, 20, 1},
		// Two people named in one sentence: a bare name after them is
		// either.
		{[]namePos{{10, 0, 1}, {15, 0, 2}}, 20, -1},
		// Named in turn: the one named last, when near.
		{[]namePos{{10, 0, 1}, {15, 1, 2}}, 20, 2},
		{[]namePos{{30, 2, 2}}, 20, 2},
		{[]namePos{{10, 0, 1}, {30, 2, 2}}, 20, 1},
		{[]namePos{{30, 1, 1}, {40, 2, 2}}, 20, -1},
		{nil, 20, -1},
	}
	for _, tt := range tests {
		if got := pickSurname(tt.cands, tt.pos, 1); got != tt.want {
			t.Errorf("pickSurname(%v, %d) = %d, want %d", tt.cands, tt.pos, got, tt.want)
		}
	}
}

func TestAliasesAreEveryFormSeenOnce(t *testing.T) {
	r := analyzeText(t, "", "", "Korea Utara dan Korut disebut bersama.", "Pyongyang, Korea Utara, dan KOREA UTARA.")
	a, _ := r.actor("prk")
	for _, want := range []string{"Korea Utara", "Korut", "Pyongyang"} {
		if !slices.Contains(a.Aliases, want) {
			t.Errorf("aliases %q lack %q", a.Aliases, want)
		}
	}
	if len(a.Aliases) != 3 {
		t.Errorf("aliases %q: a form differing only in case is the same form", a.Aliases)
	}
	if a.Mentions != 5 {
		t.Errorf("mentions = %d, want 5", a.Mentions)
	}
}

func TestHeadlineWordsThatNameNoBody(t *testing.T) {
	// A headline capitalizes every word: one that is also an outlet's name
	// ("Bernama", Malaysia's agency) names it only if the story does.
	r := analyzeText(t, "Warga Bernama Rahman Ditangkap di Perbatasan", "", "Polisi Malaysia menangkap seorang warga di perbatasan.")
	if _, ok := r.actor("bernama"); ok {
		t.Errorf("a common word of the headline became an outlet: %v", r.ids())
	}
	r = analyzeText(t, "KCNA Umumkan Uji Coba Rudal", "", "Korea Utara menguji rudal baru pada Senin.")
	if _, ok := r.actor("kcna"); !ok {
		t.Errorf("an acronym in the headline is a name: %v", r.ids())
	}
}

func TestBodyReferredBackInLowerCaseAfterAnAttributingVerb(t *testing.T) {
	r := analyzeText(t, "", "",
		"Kementerian Luar Negeri Jepang memprotes peluncuran rudal itu.",
		`"Tindakan ini mengancam keamanan kawasan," kata kementerian itu.`,
		`"Kami meminta penjelasan," ujar pihak kementerian.`,
		"Anggota tetap dewan tersebut belum bersidang.")
	for _, s := range r.statements {
		if s.Speaker != "jpn-foreign-ministry" {
			t.Errorf("%q: speaker %q, want jpn-foreign-ministry", s.Text, s.Speaker)
		}
	}
	if len(r.statements) != 2 {
		t.Errorf("statements %+v", r.statements)
	}
}
