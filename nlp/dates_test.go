package nlp

import (
	"testing"
	"time"
)

func TestSentenceDates(t *testing.T) {
	tests := []struct {
		sentence, published, want string
	}{
		{"Rusia menolak usulan Jepang pada Rabu (11/8).", "2021-08-12T06:36:00+07:00", "2021-08-11"},
		{"Rusia menolak usulan Jepang pada Kamis (26/10/2023).", "", "2023-10-26"},
		{"Rusia menolak usulan Jepang pada Kamis (26/10/23).", "", "2023-10-26"},
		{"Rusia menolak usulan Jepang pada Rabu (11/8).", "", ""},
		{"Rusia menolak usulan Jepang pada Sabtu.", "2023-11-13", "2023-11-11"},
		{"Rusia menolak usulan Jepang pada Senin.", "2023-11-13", "2023-11-13"},
		{"Rusia menolak usulan Jepang pada Sabtu.", "", ""},
		{"Rusia menolak usulan Jepang kemarin.", "2023-11-13", "2023-11-12"},
		{"Rusia menolak usulan Jepang hari ini.", "2023-11-13", "2023-11-13"},
		{"Rusia menolak usulan Jepang pada 12 Agustus 2021.", "2023-11-13", "2021-08-12"},
		{"Rusia menolak usulan Jepang pada 28 Desember.", "2024-01-02", "2023-12-28"},
		{"Rusia menolak usulan Jepang pada Kamis (28/12).", "2024-01-02", "2023-12-28"},
		{"Rusia menolak usulan Jepang pada (31/2/2023).", "2023-11-13", "2023-11-13"},
		{"Rusia menolak usulan Jepang dalam beberapa minggu terakhir.", "2023-11-13", "2023-11-13"},
		{"Rusia menolak usulan Jepang.", "", ""},
		{"Rusia menolak usulan Jepang pada Juli 2000.", "2023-11-13", ""},
		{"Rusia menolak usulan Jepang pada bulan September.", "2023-11-13", ""},
		{"Rusia menolak usulan Jepang pada November.", "2023-11-13", "2023-11-13"},
		{"Rusia menolak usulan Jepang tahun lalu.", "2023-11-13", ""},
		{"Rusia menolak usulan Jepang pada 2019.", "2023-11-13", ""},
		{"Rusia menolak usulan Jepang pada 2023.", "2023-11-13", "2023-11-13"},
	}
	r := testRules(t)
	for _, tt := range tests {
		seg := r.segment.segment("", []string{tt.sentence}, maxAnalyzedSentences)
		dates := r.lex.dateSentences(&seg, first10(tt.published))
		if len(dates) != 1 {
			t.Fatalf("%q: %d dates for one sentence", tt.sentence, len(dates))
		}
		if dates[0] != tt.want {
			t.Errorf("%q (published %q): date %q, want %q", tt.sentence, tt.published, dates[0], tt.want)
		}
	}
	// Events and statements carry their sentence's date.
	if e := analyzeText(t, "", "2021-08-12", "Rusia menolak usulan Jepang pada Rabu (11/8).").events; len(e) == 0 || e[0].Date != "2021-08-11" {
		t.Errorf("events %+v: want one dated 2021-08-11", e)
	}
}

func TestMakeDate(t *testing.T) {
	tests := []struct {
		year, mon, day int
		want           string
	}{
		{2023, 2, 29, ""},
		{2024, 2, 29, "2024-02-29"},
		{2023, 13, 1, ""},
		{1700, 1, 1, ""},
		{23, 5, 1, "2023-05-01"},
	}
	for _, tt := range tests {
		if got := makeDate(tt.year, tt.mon, tt.day, time.Time{}, false); got != tt.want {
			t.Errorf("makeDate(%d, %d, %d) = %q, want %q", tt.year, tt.mon, tt.day, got, tt.want)
		}
	}
}
