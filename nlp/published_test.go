package nlp

import "testing"

func TestParseDateLine(t *testing.T) {
	tests := []struct{ line, want string }{
		{"KAMIS, 12 AGUSTUS 2021 | 06:36 WIB | LAPORAN: RENI ERINA", "2021-08-12T06:36:00+07:00"},
		{"Jumat, 27 Oktober 2023 / 07:37 WIB", "2023-10-27T07:37:00+07:00"},
		{"Senin 12 Jun 2023 09:33 WIB", "2023-06-12T09:33:00+07:00"},
		{"Write: 2023-10-19 14:57:22", "2023-10-19T14:57:22+07:00"},
		{"Selasa, 2 Maret 2021 | 21:21 WIB", "2021-03-02T21:21:00+07:00"},
		{"27/10/2023 07:37", "2023-10-27T07:37:00+07:00"},
		{"Sabtu, 19 Agustus 2023 | 10:05 WITA", "2023-08-19T10:05:00+08:00"},
		{"Rabu, 3 Januari 2024 pukul 18.45 WIT", "2024-01-03T18:45:00+09:00"},
		{"Kompas.com - 14/04/2023, 08:15 WIB", "2023-04-14T08:15:00+07:00"},
		{"Thursday, 13 April 2023 08:15 GMT", "2023-04-13T08:15:00Z"},
		{"April 13, 2023", "2023-04-13"},
		{"Published: 2023-04-13T08:15:00+09:00", "2023-04-13T08:15:00+09:00"},
		{"Diterbitkan 5 Sept. 2022", "2022-09-05"},
		{"Selasa, 05 Desember 2023", "2023-12-05"},
		{"Senin, 12 Juni 2023 – 09:33 WIB", "2023-06-12T09:33:00+07:00"},
		{"Diterbitkan 12 Juni 2023, 09:33 WIB", "2023-06-12T09:33:00+07:00"},
		{"June 12, 2023 9:33 PM", "2023-06-12T21:33:00+07:00"},
		{"12 June 2023 12:05 a.m.", "2023-06-12T00:05:00+07:00"},
		{"2023/06/12", "2023-06-12"},
		{"Senin, 12 Juni 2023 09:33 WIB | Diperbarui: Senin, 12 Juni 2023 10:00 WIB", "2023-06-12T09:33:00+07:00"},
		{"Penulis Fatimah Azzahra | Editor Vanny El Rahman | 11 November 2023 10:00 WIB", "2023-11-11T10:00:00+07:00"},
		{"Oleh Tim Redaksi Kabar Dunia, Senin, 12 Juni 2023 09:33 WIB", "2023-06-12T09:33:00+07:00"},
		{"Rabu (11/8/2021) 06:36 WIB", "2021-08-11T06:36:00+07:00"},
		{"Selasa, 14 Nov 2023 21:05 WIB · waktu baca 3 menit", "2023-11-14T21:05:00+07:00"},
		{"14:30 WIB - Sabtu, 11 November 2023", "2023-11-11"},
	}
	for _, tt := range tests {
		got, ok := testRules(t).clean.parseDateLine(tt.line)
		if !ok || got.Value != tt.want {
			t.Errorf("parseDateLine(%q) = %q, %v; want %q", tt.line, got.Value, ok, tt.want)
		}
	}
}

func TestParseDateLineRejects(t *testing.T) {
	for _, line := range []string{
		// Headlines and sentences that mention a date are not date lines.
		"Putin Tiba di Pyongyang pada 19 Juni 2024 untuk Kunjungan Kenegaraan",
		"Putin Tiba di Pyongyang | 19 Juni 2024",
		"Rusia dan Korea Utara Teken Pakta Baru 19 Juni 2024",
		"Pada Kamis (26/10/2023), Rusia menegaskan bahwa mereka berencana membangun hubungan dekat.",
		"Korea Selatan menangguhkan perjanjian militer yang ditandatangani pada 19 September 2018.",
		// Impossible dates and times.
		"Senin, 31 Februari 2023 | 10:00 WIB",
		"2023-13-01",
		"Wartawan: tanpa tanggal",
		"",
	} {
		if got, ok := testRules(t).clean.parseDateLine(line); ok {
			t.Errorf("parseDateLine(%q) = %q, want no date", line, got.Value)
		}
	}
	if got, ok := testRules(t).clean.parseDateLine("Senin, 1 Mei 2023 | 25:61 WIB"); !ok || got.Value != "2023-05-01" {
		t.Errorf("an impossible clock time keeps the date alone: got %q, %v", got.Value, ok)
	}
}

func TestPublishedFromHeaderOnly(t *testing.T) {
	const (
		title  = "Judul Berita Tentang Pertemuan Para Menteri\n"
		story  = "\nPara menteri luar negeri bertemu di Jakarta pada Senin (4/9/2023) untuk membahas krisis kawasan.\n"
		today  = "Rabu, 17 Januari 2024\nBeranda | Dunia | Asia\n"
		posted = "Senin, 4 September 2023 | 09:00 WIB\n"
		want   = "2023-09-04T09:00:00+07:00"
	)
	tests := []struct{ name, page, want string }{
		{"no date in the header, only in the story and a footer list", title + story +
			"\nPopuler\n\nBerita Lain Yang Sedang Ramai Dibicarakan\n\nMinggu, 11 Januari 2026 | 04:59\n", ""},
		{"an update time first", "Diperbarui: Senin, 4 September 2023 | 12:00 WIB\n" + title + posted + story, want},
		{"the site's date of today above the title", today + title + posted + story, want},
		{"the date above the title", today + posted + title + story, want},
		{"headline lists with dates above the story", "Terpopuler\nBerita Lain Yang Sedang Ramai\nMinggu, 3 September 2023 | 08:00\n" +
			"Kabar Lain Yang Juga Dibaca\nSabtu, 2 September 2023 | 10:00\n" + title + posted + story, want},
	}
	for _, tt := range tests {
		if p := testRules(t).clean.cleanPage(tt.page); p.Published != tt.want {
			t.Errorf("%s: published = %q, want %q", tt.name, p.Published, tt.want)
		}
	}
}

// TestDatesFlattenedOrInTheFooter: the page's date where a page flattened
// to one line runs it into the header's other parts (a byline, a caption,
// an update after it), or where a footer says where the article first ran,
// its title in quotes before the date.
func TestDatesFlattenedOrInTheFooter(t *testing.T) {
	story := "Para menteri luar negeri bertemu di Jakarta pada Senin (4/9/2023) untuk membahas krisis kawasan. " +
		"Mereka sepakat memperkuat kerja sama maritim. Pertemuan berikutnya digelar di Manila. Seluruh delegasi hadir lengkap. Pernyataan bersama dibacakan pada sore hari."
	tests := []struct{ name, page, want string }{
		{"an update after the date", "KabarDunia Home > Global > Asia Menlu ASEAN Bertemu di Jakarta Oleh Budi Hartono 4 Sep 2023, 21:05 WIB Diperbarui 5 Sep 2023, 07:12 WIB " +
			"Para menteri ASEAN berfoto bersama. (Dok: Kemlu RI) " + story, "2023-09-04T21:05:00+07:00"},
		{"a stamp before a byline and a caption", "KabarDunia Internasional Asia Menlu ASEAN Bertemu di Jakarta Senin 04 September 2023 06:45 WIB Budi Hartono, Jurnalis " +
			"Para menteri ASEAN berfoto bersama. (Reuters) JAKARTA - " + story, "2023-09-04T06:45:00+07:00"},
		{"the footer's first run with the title in quotes", "Menlu ASEAN Bertemu di Jakarta\n\n" + story +
			"\n\nArtikel ini telah tayang di KabarDunia.com dengan judul \"Menlu ASEAN Bertemu di Jakarta\", 04/09/2023, 21:10 WIB.\n", "2023-09-04T21:10:00+07:00"},
		{"the footer's first run without telah", "Menlu ASEAN Bertemu di Jakarta\n\n" + story +
			"\n\nArtikel ini tayang di KabarDunia.com pada Senin, 4 September 2023, 09:41 WIB\n", "2023-09-04T09:41:00+07:00"},
	}
	for _, tt := range tests {
		if p := testRules(t).clean.cleanPage(tt.page); p.Published != tt.want {
			t.Errorf("%s: published = %q, want %q", tt.name, p.Published, tt.want)
		}
	}
}
