package nlp

import (
	"testing"

	"github.com/diplograph/diplograph"
)

// datePages dates the sentences of a page of one paragraph per sentence.
func dateSentencesOf(t *testing.T, published string, given bool, sentences ...string) *storyDates {
	t.Helper()
	r := testRules(t)
	seg := r.segment.segment("", sentences, maxAnalyzedSentences)
	if len(seg.sents) != len(sentences) {
		t.Fatalf("%q: %d sentences, want %d", sentences, len(seg.sents), len(sentences))
	}
	return r.dates.dateSentences(&seg, published, given, nil)
}

func TestSentenceDates(t *testing.T) {
	const day, month, year = diplograph.PrecisionDay, diplograph.PrecisionMonth, diplograph.PrecisionYear
	const sentence, article = diplograph.DateSourceSentence, diplograph.DateSourceArticle
	tests := []struct {
		sentence, published string
		want                when
	}{
		{"Rusia menolak usulan Jepang pada Rabu (11/8).", "2021-08-12", when{"2021-08-11", day, sentence}},
		{"Rusia menolak usulan Jepang pada Kamis (26/10/2023).", "", when{"2023-10-26", day, sentence}},
		{"Rusia menolak usulan Jepang pada Kamis (26/10/23).", "", when{"2023-10-26", day, sentence}},
		{"Rusia menolak usulan Jepang pada Sabtu.", "2023-11-13", when{"2023-11-11", day, sentence}},
		{"Rusia menolak usulan Jepang pada Senin.", "2023-11-13", when{"2023-11-13", day, sentence}},
		{"Rusia menolak usulan Jepang Senin lalu.", "2023-11-13", when{"2023-11-06", day, sentence}},
		{"Rusia akan menjawab usulan Jepang pada Jumat.", "2023-11-13", when{"2023-11-13", day, article}},
		{"Rusia menolak usulan Jepang kemarin.", "2023-11-13", when{"2023-11-12", day, sentence}},
		{"Rusia menolak usulan Jepang pada hari sebelumnya.", "2023-11-13", when{"2023-11-12", day, sentence}},
		{"Rusia menolak usulan Jepang hari ini.", "2023-11-13", when{"2023-11-13", day, sentence}},
		{"Rusia menolak usulan Jepang pada 12 Agustus 2021.", "2023-11-13", when{"2021-08-12", day, sentence}},
		{"Rusia menolak usulan Jepang pada 28 Desember.", "2024-01-02", when{"2023-12-28", day, sentence}},
		{"Rusia menolak usulan Jepang pada Kamis (28/12).", "2024-01-02", when{"2023-12-28", day, sentence}},
		{"Rusia menolak usulan Jepang pada 19/6/2023 di Jenewa.", "", when{"2023-06-19", day, sentence}},
		// The weekday is what the story tells; a number a day off is
		// another zone's date or a slip.
		{"Rusia menolak usulan Jepang pada Kamis (29/3).", "2024-03-29", when{"2024-03-28", day, sentence}},
		{"Rusia menolak usulan Jepang pada (31/2/2023).", "2023-11-13", when{"2023-11-13", day, article}},
		{"Rusia menolak usulan Jepang dalam beberapa minggu terakhir.", "2023-11-13", when{"2023-11-13", day, article}},
		{"Rusia menolak usulan Jepang.", "", when{}},
		// A page without a date is dated by its own days: 11 August is
		// a Wednesday in 2015 and 2021.
		{"Rusia menolak usulan Jepang pada Rabu (11/8).", "", when{"2021-08-11", day, sentence}},
		{"Rusia menolak usulan Jepang pada Sabtu.", "", when{}},
		{"Rusia menolak usulan Jepang pada Juli 2000.", "2023-11-13", when{"2000-07-01", month, sentence}},
		{"Rusia menolak usulan Jepang pada Juli 2000.", "", when{"2000-07-01", month, sentence}},
		{"Rusia menolak usulan Jepang pada bulan September.", "2023-11-13", when{"2023-09-01", month, sentence}},
		{"Rusia menolak usulan Jepang pada Desember.", "2023-11-13", when{"2022-12-01", month, sentence}},
		{"Rusia menolak usulan Jepang pada Juni lalu.", "2023-11-13", when{"2023-06-01", month, sentence}},
		{"Rusia menolak usulan Jepang pada Juni tahun lalu.", "2023-11-13", when{"2022-06-01", month, sentence}},
		{"Rusia menolak usulan Jepang bulan lalu.", "2023-01-13", when{"2022-12-01", month, sentence}},
		{"Rusia menolak usulan Jepang tahun lalu.", "2023-11-13", when{"2022-01-01", year, sentence}},
		{"Rusia menolak usulan Jepang dua tahun yang lalu.", "2023-11-13", when{"2021-01-01", year, sentence}},
		{"Rusia menolak usulan Jepang 3 hari lalu.", "2023-11-13", when{"2023-11-10", day, sentence}},
		{"Rusia menolak usulan Jepang pada 2019.", "2023-11-13", when{"2019-01-01", year, sentence}},
		{"Rusia menolak usulan Jepang pada tahun 2019.", "", when{"2019-01-01", year, sentence}},
		// Last week within one month is that month; across two, the year.
		{"Rusia menolak usulan Jepang pekan lalu.", "2023-11-15", when{"2023-11-01", month, sentence}},
		{"Rusia menolak usulan Jepang pekan lalu.", "2023-11-08", when{"2023-01-01", year, sentence}},
		{"Rusia menolak usulan Jepang selama akhir pekan.", "2024-06-10", when{"2024-06-08", day, sentence}},
		// "Minggu lalu" opening a sentence is last week; "pada Minggu" Sunday.
		{"Minggu lalu, Rusia menolak usulan Jepang.", "2023-11-15", when{"2023-11-01", month, sentence}},
		{"Rusia menolak usulan Jepang pada Minggu lalu.", "2023-11-15", when{"2023-11-12", day, sentence}},
		// A month name needs a date's words around it: "Mei" may be a name.
		{"Rusia menolak usulan Mei Ling.", "2023-11-13", when{"2023-11-13", day, article}},
		// "sejak" after "pertama" dates an earlier time, not the visit.
		{"Ini kunjungan pertamanya ke Rusia sejak Juli 2000.", "2023-11-13", when{"2023-11-13", day, article}},
		{"Sanksi itu berlaku sejak 2006.", "2023-11-13", when{"2006-01-01", year, sentence}},
	}
	for _, tt := range tests {
		d := dateSentencesOf(t, tt.published, false, tt.sentence)
		if got := d.sents[0]; got != tt.want {
			t.Errorf("%q (published %q): %+v, want %+v", tt.sentence, tt.published, got, tt.want)
		}
	}
}

func TestDateNearestTheEvent(t *testing.T) {
	d := dateSentencesOf(t, "2024-11-12", false, "Dokumen tertanggal 9 November itu menegaskan perjanjian yang ditandatangani pada 19 Juni 2024.")
	r := testRules(t)
	seg := r.segment.segment("", []string{"Dokumen tertanggal 9 November itu menegaskan perjanjian yang ditandatangani pada 19 Juni 2024."}, maxAnalyzedSentences)
	toks := seg.units[0].toks
	at := func(word string) string {
		for i, tok := range toks {
			if tok.low == word {
				return d.at(0, i).date
			}
		}
		t.Fatalf("no %q", word)
		return ""
	}
	if got := at("menegaskan"); got != "2024-11-09" {
		t.Errorf("menegaskan dated %s, want 2024-11-09", got)
	}
	if got := at("ditandatangani"); got != "2024-06-19" {
		t.Errorf("ditandatangani dated %s, want 2024-06-19", got)
	}
	if got := d.sents[0].date; got != "2024-11-09" {
		t.Errorf("sentence dated %s, want the first date it names, 2024-11-09", got)
	}
	// A date in the future is not when the sentence was said.
	d = dateSentencesOf(t, "2024-03-29", false, "Mandat panel akan berakhir pada 30 April.")
	if got := d.sents[0]; got.date != "2024-03-29" || got.source != diplograph.DateSourceArticle {
		t.Errorf("sentence dated %+v, want the publication day", got)
	}
	if got := d.named[0]; len(got) != 1 || got[0].when.date != "2024-04-30" {
		t.Errorf("named dates %+v, want 2024-04-30", got)
	}
}

func TestStoryDate(t *testing.T) {
	tests := []struct {
		name       string
		published  string
		given      bool
		sentences  []string
		story      when
		firstDated when
	}{
		{
			name:      "printed",
			published: "2024-06-20",
			sentences: []string{"Kedua pemimpin bertemu di Pyongyang."},
			story:     when{"2024-06-20", diplograph.PrecisionDay, diplograph.DateSourceArticle},
		},
		{
			name:      "given with the page",
			published: "2024-06-20", given: true,
			sentences: []string{"Kedua pemimpin bertemu di Pyongyang."},
			story:     when{"2024-06-20", diplograph.PrecisionDay, diplograph.DateSourceGiven},
		},
		{
			name:      "the latest full date of the body",
			sentences: []string{"Perjanjian yang diteken pada 19 Juni 2024 mulai berlaku pada 4 Desember 2024.", "Perjanjian lama dari 9 Februari 2000 tidak berlaku lagi.", "Kedua menteri bertemu di Moskow."},
			story:     when{"2024-12-04", diplograph.PrecisionDay, diplograph.DateSourceInferred},
		},
		{
			// 16 January is a Tuesday in 2018 and 2024, 19 January a
			// Friday in both; the latest year wins.
			name:      "days with weekdays fix the year",
			sentences: []string{"Delegasi itu pulang pada Jumat (19/1).", "Mereka bertemu pada Selasa (16/1).", "Kunjungan itu membahas kerja sama."},
			story:     when{"2024-01-19", diplograph.PrecisionDay, diplograph.DateSourceInferred},
		},
		{
			// 13 November is a Wednesday in 2019 and 2024; a weekday alone
			// is read against the story's date.
			name:       "a weekday alone is read against the inferred date",
			sentences:  []string{"Laporan itu terbit pada hari Rabu, 13 November.", "Para menteri bertemu pada Senin."},
			story:      when{"2024-11-13", diplograph.PrecisionDay, diplograph.DateSourceInferred},
			firstDated: when{"2024-11-11", diplograph.PrecisionDay, diplograph.DateSourceSentence},
		},
		{
			name:      "a date in the future is not the story's",
			sentences: []string{"Kedua negara bertemu pada Rabu (19/6/2024).", "Mandat itu akan berakhir pada 30 Juni 2025."},
			story:     when{"2024-06-19", diplograph.PrecisionDay, diplograph.DateSourceInferred},
		},
		{
			name:      "a day without year or weekday dates nothing",
			sentences: []string{"Laporan itu terbit pada 21 Oktober.", "Para menteri bertemu pada Senin."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := dateSentencesOf(t, tt.published, tt.given, tt.sentences...)
			if d.story != tt.story {
				t.Errorf("story %+v, want %+v", d.story, tt.story)
			}
			last := d.sents[len(d.sents)-1]
			want := tt.firstDated
			if want == (when{}) {
				want = tt.story
				if len(d.named[len(d.sents)-1]) > 0 {
					return
				}
			}
			if last != want {
				t.Errorf("last sentence %+v, want %+v", last, want)
			}
		})
	}
}

// TestStoryYearFromTenures: a page that names a person with a title the
// dictionary dates is placed in a year the person held it.
func TestStoryYearFromTenures(t *testing.T) {
	// 21 October is a Monday in 2019 and 2024, 18 October a Friday in
	// both; Yoon Suk Yeol was president of South Korea only in 2024.
	a := analyzeText(t, "", "",
		"Presiden Korea Selatan Yoon Suk Yeol mengecam Rusia pada Senin (21/10).",
		"Badan intelijen melapor pada Jumat (18/10).")
	if len(a.events) == 0 || a.events[0].Date != "2024-10-21" {
		t.Errorf("events %+v: want one dated 2024-10-21", a.events)
	}
	if a.story.date != "2024-10-21" || a.story.source != diplograph.DateSourceInferred {
		t.Errorf("story %+v, want 2024-10-21 inferred", a.story)
	}
}

func TestEventsAndStatementsCarryTheirDate(t *testing.T) {
	a := analyzeText(t, "", "2021-08-12", "Rusia menolak usulan Jepang pada Rabu (11/8).")
	if len(a.events) == 0 || a.events[0].Date != "2021-08-11" || a.events[0].DatePrecision != diplograph.PrecisionDay || a.events[0].DateSource != diplograph.DateSourceSentence {
		t.Errorf("events %+v: want one dated 2021-08-11 by its sentence", a.events)
	}
	a = analyzeText(t, "", "2021-08-12", "\"Kami tidak akan tinggal diam,\" kata Menteri Luar Negeri Rusia Sergei Lavrov pada Senin.")
	if len(a.statements) == 0 {
		t.Fatal("no statement")
	}
	if s := a.statements[0]; s.Date != "2021-08-09" || s.DatePrecision != diplograph.PrecisionDay || s.DateSource != diplograph.DateSourceSentence {
		t.Errorf("statement %+v: want it dated 2021-08-09 by its sentence", s)
	}
	a = analyzeText(t, "", "", "Rusia menolak usulan Jepang.")
	if len(a.events) == 0 || a.events[0].Date != "" || a.events[0].DatePrecision != "" || a.events[0].DateSource != "" {
		t.Errorf("events %+v: want one undated", a.events)
	}
}

func TestMakeDay(t *testing.T) {
	tests := []struct {
		year, mon, day int
		ok             bool
	}{
		{2023, 2, 29, false},
		{2024, 2, 29, true},
		{2023, 13, 1, false},
		{1700, 1, 1, false},
	}
	for _, tt := range tests {
		if _, ok := makeDay(tt.year, tt.mon, tt.day); ok != tt.ok {
			t.Errorf("makeDay(%d, %d, %d) ok = %v, want %v", tt.year, tt.mon, tt.day, ok, tt.ok)
		}
	}
}

// TestDateGoesOnInTheParagraph: a sentence that names no date takes the
// day the sentence before it in its paragraph named, not one of another
// paragraph, and never a date of less than a day.
func TestDateGoesOnInTheParagraph(t *testing.T) {
	r := testRules(t)
	seg := r.segment.segment("", []string{
		"Pada 10 Februari 2025 Amerika Serikat menaikkan tarif baja. China menjawab dengan tarif baru.",
		"Kedua negara lalu berunding.",
		"Pada Juni 2024 Rusia mengecam Jepang. Jepang membalas kecaman itu.",
	}, maxAnalyzedSentences)
	d := r.dates.dateSentences(&seg, "2025-04-12", false, nil)
	want := []string{"2025-02-10", "2025-02-10", "2025-04-12", "2024-06-01", "2025-04-12"}
	for s, w := range want {
		if d.sents[s].date != w {
			t.Errorf("sentence %d dated %+v, want %s", s, d.sents[s], w)
		}
	}
}
