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
		// The year a state began is its past, not the sentence's news; the
		// day it began is.
		{"Sanksi itu berlaku sejak 2006.", "2023-11-13", when{"2023-11-13", day, article}},
		{"Gencatan senjata berlaku sejak Senin.", "2023-11-15", when{"2023-11-13", day, sentence}},
		// A weekday of the week named: Monday of last week.
		{"Rusia menolak usulan Jepang pada Senin pekan lalu.", "2023-11-15", when{"2023-11-06", day, sentence}},
		{"Rusia menolak usulan Jepang pada Kamis minggu depan.", "2023-11-15", when{"2023-11-23", day, sentence}},
	}
	for _, tt := range tests {
		d := dateSentencesOf(t, tt.published, false, tt.sentence)
		if got := d.sents[0]; got != tt.want {
			t.Errorf("%q (published %q): %+v, want %+v", tt.sentence, tt.published, got, tt.want)
		}
	}
}

// TestDateOfAnAct: what a trigger reports is dated by the date of its own
// clause, nearest to it; a date in a clause hanging on it is not its.
func TestDateOfAnAct(t *testing.T) {
	r := testRules(t)
	tests := []struct {
		name, sentence, published, word string
		noun                            bool
		want                            string
	}{
		{"nearest in its clause", "Dokumen tertanggal 9 November itu menegaskan perjanjian yang ditandatangani pada 19 Juni 2024.", "2024-11-12", "menegaskan", false, "2024-11-09"},
		{"a relative clause's own act", "Dokumen tertanggal 9 November itu menegaskan perjanjian yang ditandatangani pada 19 Juni 2024.", "2024-11-12", "ditandatangani", false, "2024-06-19"},
		{"a relative clause does not date the main act", "Kim memuji Rusia karena mendukung Korea Utara, yang didirikan pada 1948.", "2024-06-20", "memuji", false, "2024-06-20"},
		{"nor the act of another clause", "Kim memuji Rusia karena mendukung Korea Utara, yang didirikan pada 1948.", "2024-06-20", "mendukung", false, "2024-06-20"},
		{"a noun's relative clause is its", "Kerja sama antara Rusia dan Korea Utara yang disepakati pada 9 Februari 2000 tidak berlaku lagi.", "2024-12-05", "kerja", true, "2000-02-09"},
		{"a verb's object's relative clause is not", "Jepang mengecam Korea Utara yang meluncurkan rudal pada Senin.", "2024-06-20", "mengecam", false, "2024-06-20"},
		{"a clause goes on with the one it hangs on", "Kim merujuk kesepakatan yang ditandatangani pada 2019 ketika dia bertemu dengan Putin.", "2022-08-15", "bertemu", false, "2019-01-01"},
		{"a clause of the same time dates the main act", "Kim bertemu Putin saat berkunjung ke Rusia pada September.", "2023-10-27", "bertemu", false, "2023-09-01"},
		{"an act after which a span lies", "Pernyataan itu dirilis pada Kamis (26/10/2023), sehari setelah Jepang dan AS mengutuk Korea Utara.", "2023-10-27", "mengutuk", false, "2023-10-25"},
		{"a list's commas do not end the clause", "Pernyataan itu dirilis pada Kamis (26/10/2023), dua hari setelah Korea Selatan, Jepang, dan AS mengutuk Korea Utara.", "2023-10-27", "mengutuk", false, "2023-10-24"},
		{"an opening clause ends at its comma", "Setelah bertemu Xi pada Senin, Blinken terbang ke Tokyo.", "2023-06-21", "terbang", false, "2023-06-21"},
		{"a time word is no clause", "Sanksi itu dijatuhkan sejak 2006 dan diperkuat setelah itu.", "2024-03-29", "diperkuat", false, "2006-01-01"},
		{"a time named before", "Wang Yi terakhir berkunjung ke Indonesia pada Juli 2023. Saat itu dia bertemu dengan para menteri ASEAN.", "2024-04-18", "bertemu", false, "2023-07-01"},
		{"the visit named before", "Perdana Menteri Jepang berkunjung ke Hanoi pada Agustus 2024. Dalam kunjungan itu kedua negara menandatangani perjanjian pertahanan.", "2025-02-10", "menandatangani", false, "2024-08-01"},
		{"a day with a word of the future after it", "Tarif itu naik menjadi 100 persen mulai 1 November mendatang.", "2025-10-12", "naik", false, "2025-11-01"},
		{"the next day of the day named before", "Delegasi itu meninggalkan Moskow pada Kamis (18/1/2024) dan tiba di Pyongyang keesokan harinya.", "2024-01-22", "tiba", false, "2024-01-19"},
		{"a state since a month dates no act beside it", "Israel masih menyerang Lebanon selatan meski gencatan senjata berlaku sejak November 2024.", "2025-09-06", "menyerang", false, "2025-09-06"},
		{"an act in the clause of the state is dated by its start", "Washington mengenakan tarif atas baja Kanada sejak Maret.", "2025-05-07", "mengenakan", false, "2025-03-01"},
		{"a noun's relative clause telling since when it lasts", "Indonesia dan Jepang menuntaskan perundingan dagang yang berlangsung sejak 2016.", "2025-07-14", "perundingan", true, "2025-07-14"},
		{"a noun's relative clause telling the day it began", "Gencatan senjata yang berlaku sejak Senin dilanggar kedua pihak.", "2025-07-30", "gencatan", true, "2025-07-28"},
		{"an act told as done is not of a day to come", "Pada Minggu (12/5) malam, Menteri Luar Negeri Rusia Sergei Lavrov mengusulkan perundingan di Jenewa pada Kamis (16/5).", "2024-05-13", "mengusulkan", false, "2024-05-12"},
		{"a word of the future before the act's object", "Menteri Luar Negeri Rusia dijadwalkan bertemu Menteri Luar Negeri Jepang di Jenewa pada Sabtu.", "2024-11-15", "bertemu", false, "2024-11-16"},
		{"a clause does not go on with such a state", "Misi dagang yang dibuka Jepang sejak 2022 kini menjadi kedutaan, meski Jepang belum mengakui pemerintah itu.", "2025-10-21", "mengakui", false, "2025-10-21"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seg := r.segment.segment("", []string{tt.sentence}, maxAnalyzedSentences)
			d := r.dates.dateSentences(&seg, tt.published, false, nil)
			for i, tok := range seg.units[0].toks {
				if tok.low == tt.word {
					if got := d.at(seg.sentOf(0, i), i, i+1, tt.noun).date; got != tt.want {
						t.Errorf("%q dated %s, want %s", tt.word, got, tt.want)
					}
					return
				}
			}
			t.Fatalf("no %q", tt.word)
		})
	}
	d := dateSentencesOf(t, "2024-11-12", false, "Dokumen tertanggal 9 November itu menegaskan perjanjian yang ditandatangani pada 19 Juni 2024.")
	if got := d.sents[0].date; got != "2024-11-09" {
		t.Errorf("sentence dated %s, want the first date its main clause names, 2024-11-09", got)
	}
	d = dateSentencesOf(t, "2024-06-20", false, "Kim memuji Rusia, yang didirikan pada 1948.")
	if got := d.sents[0]; got.date != "2024-06-20" || got.source != diplograph.DateSourceArticle {
		t.Errorf("sentence dated %+v, want the publication day: 1948 is a clause's", got)
	}
	// A date in the future is not when the sentence was said.
	d = dateSentencesOf(t, "2024-03-29", false, "Mandat panel akan berakhir pada 30 April.")
	if got := d.sents[0]; got.date != "2024-03-29" || got.source != diplograph.DateSourceArticle {
		t.Errorf("sentence dated %+v, want the publication day", got)
	}
	if got := d.named[0]; len(got) != 1 || got[0].when.date != "2024-04-30" {
		t.Errorf("named dates %+v, want 2024-04-30", got)
	}
	// A day printed with its weekday in the week after the story's is of
	// the story's year, not a year back where the weekday is a day off.
	d = dateSentencesOf(t, "2024-05-13", false, "Rusia mengusulkan perundingan di Jenewa pada Kamis (16/5).")
	if got := d.named[0]; len(got) != 1 || got[0].when.date != "2024-05-16" {
		t.Errorf("named dates %+v, want 2024-05-16", got)
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
			// A later day printed without its weekday is a schedule's.
			name:      "the latest day printed with its weekday",
			sentences: []string{"Menteri itu tiba di Jakarta pada Kamis (18/4/2024).", "Ia akan berkeliling ke tiga negara mulai 18 April dan berakhir pada 23 April."},
			story:     when{"2024-04-18", diplograph.PrecisionDay, diplograph.DateSourceInferred},
		},
		{
			// "Kamis ini" is the story's own week's Thursday.
			name:       "a day of the story's week",
			sentences:  []string{"Juru bicara itu mengumumkan kunjungan pada Selasa (16/4/2024).", "Sang menteri bertemu presiden hari Kamis ini.", "Ia juga bertemu menteri pada Kamis pagi."},
			story:      when{"2024-04-18", diplograph.PrecisionDay, diplograph.DateSourceInferred},
			firstDated: when{"2024-04-18", diplograph.PrecisionDay, diplograph.DateSourceSentence},
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

// TestStoryYearWeighsEverything: the year of days printed without one is
// chosen from their weekdays and the titles held together, and a day a
// weekday is one off is then corrected within that year.
func TestStoryYearWeighsEverything(t *testing.T) {
	// 18 October is a Friday in 2019 and 2024, 20 October a Monday in 2025:
	// the weekdays fit 2019, 2024 and 2025 alike (one exactly, one a day
	// off). Kim Hong-kyun was First Vice Foreign Minister from December
	// 2023 to June 2025: 2024, and the Monday is the 21st.
	a := analyzeText(t, "", "",
		"Wakil Menteri Luar Negeri pertama Korea Selatan Kim Hong-kyun memanggil duta besar Rusia pada Senin (20/10).",
		"Badan intelijen Seoul melapor pada Jumat (18/10).")
	if a.story.date != "2024-10-21" {
		t.Errorf("story %+v, want 2024-10-21", a.story)
	}
	if len(a.events) == 0 || a.events[0].Date != "2024-10-21" {
		t.Errorf("events %+v: want the summons dated 2024-10-21", a.events)
	}
	// A day without a weekday is placed in a year only when the titles
	// single one out.
	a = analyzeText(t, "", "",
		"Wakil Menteri Luar Negeri pertama Korea Selatan Kim Hong-kyun memanggil duta besar Rusia pada Senin.",
		"Kementerian itu merilis pernyataan pada 21 Oktober.")
	if a.story.date != "2024-10-21" || a.story.source != diplograph.DateSourceInferred {
		t.Errorf("story %+v, want 2024-10-21 inferred", a.story)
	}
	a = analyzeText(t, "", "",
		"Menteri Luar Negeri Rusia Sergei Lavrov mengecam Jepang pada Senin.",
		"Kementerian itu merilis pernyataan pada 21 Oktober.")
	if a.story.date != "" {
		t.Errorf("story %+v, want none: Lavrov held his title in every year", a.story)
	}
	// 18 April is a Thursday in 2019 and 2024, a Friday in 2025: a
	// president-elect holds no presidency yet, so 2025 does not win.
	a = analyzeText(t, "", "",
		"Menteri Luar Negeri China Wang Yi tiba di Jakarta pada Kamis (18/4).",
		"Presiden terpilih Indonesia Prabowo Subianto mengunjungi China awal bulan ini.")
	if a.story.date != "2024-04-18" {
		t.Errorf("story %+v, want 2024-04-18", a.story)
	}
}

// TestTenuresOfTitlesAsWritten: an abbreviated title is the dictionary's
// ("Menlu RI" is Retno Marsudi's foreign ministry), and a title not held
// ("mantan", "terpilih") dates nothing.
func TestTenuresOfTitlesAsWritten(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		sentence string
		want     int
	}{
		{"Menlu RI Retno Marsudi menerima tamu dari Jepang.", 1},
		{"Mantan Menlu RI Retno Marsudi menerima tamu dari Jepang.", 0},
		{"Presiden terpilih Indonesia Prabowo Subianto menerima tamu dari Jepang.", 0},
	} {
		seg := x.rules.segment.segment("", []string{tt.sentence}, maxAnalyzedSentences)
		c := x.rules.actors.find(&seg, "", "")
		if got := x.rules.dates.tenuresOf(c, x.rules.actors.dict, x.rules.lex.titleAbbreviations); len(got) != tt.want {
			t.Errorf("%q: tenures %v, want %d", tt.sentence, got, tt.want)
		}
	}
}

// TestStoryWithoutDaysPlacedByTitles: a page naming no day is placed in the
// year in which every titled person held the title named, and what its
// sentences name is read at both ends of that span.
func TestStoryWithoutDaysPlacedByTitles(t *testing.T) {
	// Li Shangfu was China's defence minister from March to October 2023.
	a := analyzeText(t, "", "",
		"Menteri Pertahanan China Li Shangfu mengecam Jepang pada Senin.",
		"Ia juga mengecam Amerika Serikat pada bulan Februari.",
		"Li memuji Rusia.")
	want := when{"2023-01-01", diplograph.PrecisionYear, diplograph.DateSourceInferred}
	if a.story != want {
		t.Errorf("story %+v, want %+v", a.story, want)
	}
	dates := map[string]string{}
	for _, e := range a.events {
		dates[e.Target] = string(e.Date) + "/" + string(e.DatePrecision)
	}
	for target, w := range map[string]string{"jpn": "2023-01-01/year", "usa": "2023-02-01/month", "rus": "2023-01-01/year"} {
		if dates[target] != w {
			t.Errorf("event at %s dated %s, want %s (all: %v)", target, dates[target], w, dates)
		}
	}
	// Qin Gang was foreign minister from 30 December 2022 and state
	// councillor from March 2023: named with both, the story is of 2023,
	// and "November lalu" is November 2022 at both ends of that span.
	a = analyzeText(t, "", "",
		"Menteri Luar Negeri Amerika Serikat Antony Blinken bertemu dengan Menteri Luar Negeri China Qin Gang pada Senin.",
		"Penasihat Negara Qin Gang menyebut pertemuan itu jujur.",
		"Jepang mengecam Korea Utara pada November lalu.")
	if a.story != want {
		t.Errorf("story %+v, want %+v", a.story, want)
	}
	if e, ok := a.hasEvent("jpn", "prk", "11"); !ok || e.Date != "2022-11-01" || e.DatePrecision != diplograph.PrecisionMonth {
		t.Errorf("criticism %+v (found %v): want November 2022", e, ok)
	}
	// Named with the foreign minister's title alone, Qin's term began two
	// days before 2023: no year.
	a = analyzeText(t, "", "", "Menteri Luar Negeri China Qin Gang bertemu dengan Menteri Luar Negeri Amerika Serikat Antony Blinken pada Senin.")
	if a.story.date != "" {
		t.Errorf("story %+v, want none", a.story)
	}
	// Lavrov's title spans two decades: no year.
	a = analyzeText(t, "", "", "Menteri Luar Negeri Rusia Sergei Lavrov mengecam Jepang pada Senin.")
	if a.story.date != "" || len(a.events) == 0 || a.events[0].Date != "" {
		t.Errorf("story %+v, events %+v: want undated", a.story, a.events)
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
		"Serangan itu lanjutan dari gelombang yang dimulai pada Jumat (13/6/2025). Iran membalas dengan rudal.",
		"Hubungan kedua negara memburuk pada Februari 2025.",
		"Pada saat itu, Zelensky mengunjungi Washington.",
	}, maxAnalyzedSentences)
	d := r.dates.dateSentences(&seg, "2025-06-15", false, nil)
	// The day a sentence named in a clause goes on too: the wave of 13
	// June is what the next sentence tells of. "Pada saat itu" is the time
	// named last, even in the paragraph before, at its precision.
	want := []string{"2025-02-10", "2025-02-10", "2025-06-15", "2024-06-01", "2025-06-15", "2025-06-15", "2025-06-13", "2025-02-01", "2025-02-01"}
	for s, w := range want {
		if d.sents[s].date != w {
			t.Errorf("sentence %d dated %+v, want %s", s, d.sents[s], w)
		}
	}
}

// TestActDatedByAnotherTelling: a noun naming one act that its sentence
// does not date takes the date another sentence gives the same act, and a
// month takes the day another telling names within it; a standing relation
// does not.
func TestActDatedByAnotherTelling(t *testing.T) {
	a := analyzeText(t, "", "2023-10-27",
		"Kim Jong Un dan Vladimir Putin mengadakan pertemuan puncak di Rusia pada bulan September.",
		"Korea Selatan mengkritik kerja sama Rusia dengan Korea Utara setelah kunjungan Kim Jong Un ke Rusia.")
	if e, ok := a.hasEvent("kim-jong-un", "rus", "04"); !ok || e.Date != "2023-09-01" || e.DatePrecision != diplograph.PrecisionMonth {
		t.Errorf("visit %+v (found %v): want it dated September 2023 by the summit", e, ok)
	}
	// A visit hosted is not a visit made the same way: Prabowo's visit to
	// China is not dated by Indonesia's hosting of Wang Yi.
	a = analyzeText(t, "", "2024-04-23",
		"Menteri Luar Negeri China Wang Yi berkunjung ke Indonesia pada Kamis (18/4).",
		"Prabowo Subianto mengunjungi China awal bulan ini.")
	if e, ok := a.hasEvent("prabowo-subianto", "chn", "04"); !ok || e.Date != "2024-04-01" || e.DatePrecision != diplograph.PrecisionMonth {
		t.Errorf("visit %+v (found %v): want April 2024, the month", e, ok)
	}
	a = analyzeText(t, "", "2023-09-20",
		"Kim Jong Un bertemu dengan Vladimir Putin pada Rabu (13/9/2023).",
		"Pertemuan Kim Jong Un dengan Vladimir Putin pekan lalu membahas satelit.")
	n := 0
	for _, e := range a.events {
		if e.Source == "kim-jong-un" && e.Target == "vladimir-putin" && e.Root == "04" {
			n++
			if e.Date != "2023-09-13" {
				t.Errorf("meeting %+v: want the day the other telling names", e)
			}
		}
	}
	if n == 0 {
		t.Errorf("no meeting in %+v", a.events)
	}
	a = analyzeText(t, "", "2022-08-15",
		"Korea Utara mendukung Rusia pada Juli lalu.",
		"Dukungan Korea Utara kepada Rusia terus berlanjut.")
	found := false
	for _, e := range a.events {
		if e.Trigger == "Dukungan" {
			found = true
			if e.Date != "2022-08-15" {
				t.Errorf("support %+v: a standing relation keeps the story's date", e)
			}
		}
	}
	if !found {
		t.Errorf("no support told by a noun in %+v", a.events)
	}
}

// TestTheSameDay: "pada hari yang sama" is the last day the text named,
// in its sentence, in the paragraph before, or further back when the
// sentences between name none.
func TestTheSameDay(t *testing.T) {
	a := analyzeText(t, "", "2025-11-24",
		"Rusia menyerang Kharkiv dengan puluhan drone pada Minggu (23/11).",
		"Serangan itu menewaskan empat warga. \"Ini teror,\" kata Zelensky. Ia menuding Moskow mengulur waktu.",
		"Pada hari yang sama, Trump mengkritik Zelensky.")
	if e, ok := a.hasEvent("donald-trump", "volodymyr-zelensky", "11"); !ok || e.Date != "2025-11-23" {
		t.Errorf("criticism %+v in %+v: want one of the day named before", e, a.events)
	}
}

// TestLeadDayGoesOn: the day the story's first sentence tells of, in the
// week before its publication, dates the sentences after it that name no
// day, in later paragraphs too; a lead day further back does not.
func TestLeadDayGoesOn(t *testing.T) {
	for _, c := range []struct {
		published, want string
	}{{"2025-05-13", "2025-05-12"}, {"2025-06-13", "2025-06-13"}} {
		a := analyzeText(t, "", c.published,
			"Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri China Wang Yi di Beijing, Senin (12/5/2025).",
			"Pertemuan itu berlangsung sekitar dua jam.",
			"Sugiono juga mengkritik operasi militer Israel di Gaza.")
		if e, ok := a.hasEvent("sugiono", "isr", "11"); !ok || e.Date != diplograph.NullString(c.want) {
			t.Errorf("published %s: criticism %+v in %+v, want one of %s", c.published, e, a.events, c.want)
		}
	}
}

// TestDateGoesOnAcrossParagraphs: a paragraph that names no day goes on
// with the day of the news the paragraph before ended on, but not with a
// day of a look back, a day only quoted words named, a day before the
// week of the news, nor into a sentence that names a day of its own; the
// lead that names none takes the day the sentence after it names.
func TestDateGoesOnAcrossParagraphs(t *testing.T) {
	r := testRules(t)
	seg := r.segment.segment("", []string{
		"Jepang menjatuhkan sanksi baru terhadap Rusia.",
		"Sanksi itu diumumkan Kementerian Luar Negeri Jepang pada Selasa (14/10/2025).",
		"Moskow menyebut langkah itu bermusuhan.",
		"Pada Senin (13/10/2025), Rusia mengusir diplomat Jepang.",
		"Tokyo menyebut pengusiran itu tidak berdasar.",
		"\"Kemarin kami membalas,\" kata juru bicara Rusia.",
		"Rusia juga memanggil duta besar Jepang.",
		"Dalam pernyataan yang dirilis Selasa (14/10/2025), Rusia menuntut permintaan maaf.",
		"Pada 2 Oktober 2025 Jepang membekukan aset Rusia.",
		"Moskow membalas dengan larangan impor.",
	}, maxAnalyzedSentences)
	d := r.dates.dateSentences(&seg, "2025-10-16", false, nil)
	want := []string{"2025-10-14", "2025-10-14", "2025-10-14", "2025-10-13", "2025-10-16", "2025-10-15", "2025-10-16", "2025-10-16", "2025-10-02", "2025-10-16"}
	for s, w := range want {
		if d.sents[s].date != w {
			t.Errorf("sentence %d dated %+v, want %s", s, d.sents[s], w)
		}
	}
}

// TestLeadDatedByTheNextSentence: a lead that names no day takes the one
// the main clause of the sentence after it names, when that is the only
// day it names; a lead naming a day of the news in a clause keeps its own.
func TestLeadDatedByTheNextSentence(t *testing.T) {
	for _, tt := range []struct {
		name, lead, next, want string
	}{
		{"the next sentence's day", "Kementerian Pertahanan menandatangani kontrak pembelian jet tempur dari Turki.", "Penandatanganan dilakukan di Jakarta, Rabu (11/6/2025).", "2025-06-11"},
		{"a day in a clause of the next", "Vietnam memprotes China setelah nelayannya dipukuli.", "Menurut media Vietnam, kapal yang diserang pada Minggu (8/6/2025) berlayar dari Quang Ngai.", "2025-06-12"},
		{"two days in the next", "Korea Utara memperingatkan Amerika Serikat.", "Dalam pernyataan pada Rabu (11/6/2025), Choe mengecam pertemuan pada Senin (9/6/2025).", "2025-06-12"},
		{"a day in a clause of the lead", "Rusia dan Ukraina menuntaskan pertukaran tawanan sejak perang pecah pada Rabu (11/6/2025).", "Pertukaran dimulai pada Senin (9/6/2025).", "2025-06-12"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := dateSentencesOf(t, "2025-06-12", false, tt.lead, tt.next)
			if got := d.sents[0].date; got != tt.want {
				t.Errorf("lead dated %s, want %s", got, tt.want)
			}
		})
	}
}

// TestDaysCountedAcrossParagraphs: a day counted from the day a sentence
// tells of, opening a paragraph, counts from the day the paragraph goes on
// with; in quoted words, from the day they are said.
func TestDaysCountedAcrossParagraphs(t *testing.T) {
	r := testRules(t)
	seg := r.segment.segment("", []string{
		"Amerika Serikat menyerang kapal Venezuela setelah kapal itu berlayar pada Selasa (2/9/2025).",
		"Trump menyebut kapal itu milik kartel.",
		"Sehari kemudian, Venezuela memprotes serangan itu.",
		"Sehari sebelumnya, Kolombia mengecam Amerika Serikat.",
		"\"Kapal itu ditembak pada hari sebelumnya,\" kata Maduro.",
	}, maxAnalyzedSentences)
	d := r.dates.dateSentences(&seg, "2025-09-04", false, nil)
	want := []string{"2025-09-04", "2025-09-02", "2025-09-03", "2025-09-02", "2025-09-03"}
	for s, w := range want {
		if d.sents[s].date != w {
			t.Errorf("sentence %d dated %+v, want %s", s, d.sents[s], w)
		}
	}
}

// TestSayingDatedApartFromASpan: a sentence dating the saying of the one
// before by a span from another act ("disampaikan sehari setelah Trump
// mengklaim ...") gives it no day of that act, and the words reported in
// the span's clause are of that act's day.
func TestSayingDatedApartFromASpan(t *testing.T) {
	a := analyzeText(t, "", "2025-12-13",
		"Perdana Menteri Thailand Anutin Charnvirakul menegaskan operasi militer di perbatasan berlanjut. Pernyataan itu disampaikan sehari setelah Presiden Amerika Serikat Donald Trump mengklaim Thailand dan Kamboja sepakat berdamai.")
	dates := map[string]string{}
	for _, s := range a.statements {
		dates[string(s.Speaker)] = string(s.Date)
	}
	if dates["anutin-charnvirakul"] != "2025-12-13" || dates["donald-trump"] != "2025-12-12" {
		t.Errorf("statements dated %v, want Anutin's of 2025-12-13 and Trump's of 2025-12-12", dates)
	}
}

// TestDaysCountedFromTheActToldLast: "sehari kemudian" and "pada hari yang
// sama" opening a paragraph count from the day of the act told last, past
// a paragraph of quoted words and a day a clause named, but not from a
// day when the act told last is of a month.
func TestDaysCountedFromTheActToldLast(t *testing.T) {
	r := testRules(t)
	seg := r.segment.segment("", []string{
		"Jepang bertemu Korea Selatan pada Rabu (12/3/2025).",
		"Pada Jumat (7/3/2025), Korea Utara menembakkan rudal.",
		"\"Kami tidak akan tinggal diam,\" kata juru bicara Jepang.",
		"Sehari kemudian, Jepang memanggil duta besar Korea Utara.",
		"Perdana Menteri Jepang tiba di Seoul pada Kamis (13/3/2025), sehari setelah kabinetnya dilantik pada Rabu (12/3/2025).",
		"Pada hari yang sama, ia bertemu Presiden Korea Selatan.",
		"Hubungan kedua negara memburuk pada Januari 2024.",
		"Dua hari kemudian, Korea Selatan memanggil duta besar Jepang.",
	}, maxAnalyzedSentences)
	d := r.dates.dateSentences(&seg, "2025-03-25", false, nil)
	want := []string{"2025-03-12", "2025-03-07", "2025-03-25", "2025-03-08", "2025-03-13", "2025-03-13", "2024-01-01", "2025-03-25"}
	for s, w := range want {
		if d.sents[s].date != w {
			t.Errorf("sentence %d dated %+v, want %s", s, d.sents[s], w)
		}
	}
}

// TestOpenerInsideAName: "Pemerintah Sementara" is a title, not "sementara"
// opening a clause, so the day at the end of the sentence is its main
// clause's; in lower case it still opens one, whose day is its own.
func TestOpenerInsideAName(t *testing.T) {
	r := testRules(t)
	seg := r.segment.segment("", []string{
		"Prabowo bertemu Kepala Pemerintah Sementara Bangladesh Muhammad Yunus di Kairo, Kamis (19/12/2024).",
		"Prabowo tiba di Kairo, sementara Yunus sudah di sana sejak Rabu (18/12/2024).",
	}, maxAnalyzedSentences)
	d := r.dates.dateSentences(&seg, "2024-12-20", false, nil)
	for s, w := range []string{"2024-12-19", "2024-12-19"} {
		if d.sents[s].date != w {
			t.Errorf("sentence %d dated %+v, want %s", s, d.sents[s], w)
		}
	}
}
