package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/nlp"
)

// storyPage is a small page of our own with a header, a dateline and a
// footer list.
func storyPage(title, lead string) string {
	return title + "\nSenin, 4 September 2023 | 09:00 WIB\n\n" +
		"Jakarta (ANTARA) - " + lead + " Pertemuan itu membahas kerja sama maritim dan perdagangan di kawasan.\n\n" +
		"Keduanya sepakat memperkuat patroli bersama dan pertukaran informasi di perairan kawasan.\n\n" +
		"Populer\nBerita Lain Yang Sedang Ramai\n"
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func runCLI(t *testing.T, stdin io.Reader, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	err = run(context.Background(), args, stdio{in: stdin, out: &out, err: &errOut, getenv: func(string) string { return "" }})
	return out.String(), errOut.String(), err
}

func decodeLines(t *testing.T, out string) []diplograph.Article {
	t.Helper()
	var arts []diplograph.Article
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var a diplograph.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("output line is not an article: %v\n%s", err, sc.Text())
		}
		arts = append(arts, a)
	}
	return arts
}

func TestExtractCommandFilesAndDirs(t *testing.T) {
	dir := t.TempDir()
	one := filepath.Join(dir, "one.txt")
	writeFile(t, one, storyPage("Judul Pertama Tentang Kerja Sama", "Menteri Luar Negeri Retno Marsudi bertemu mitranya dari Jepang."))
	tree := filepath.Join(dir, "tree")
	writeFile(t, filepath.Join(tree, "b", "z.txt"), storyPage("Judul Ketiga Tentang Kerja Sama", "Presiden Filipina menerima kunjungan Perdana Menteri Australia."))
	writeFile(t, filepath.Join(tree, "a.txt"), storyPage("Judul Kedua Tentang Kerja Sama", "Menteri Pertahanan Korea Selatan tiba di Canberra."))
	writeFile(t, filepath.Join(tree, "b", "skip.md"), "not a page: neither text nor HTML by its name")
	writeFile(t, filepath.Join(tree, "empty.txt"), "")

	out, errOut, err := runCLI(t, nil, "extract", "-j", "3", one, tree)
	if err == nil || !strings.Contains(err.Error(), "1 of 4 inputs failed") {
		t.Errorf("error = %v, want one of four failed", err)
	}
	if want := filepath.Join(tree, "empty.txt") + ": empty input"; !strings.Contains(errOut, want) || strings.Count(errOut, "\n") != 1 {
		t.Errorf("stderr = %q, want one line with %q", errOut, want)
	}
	arts := decodeLines(t, out)
	var got []string
	for _, a := range arts {
		got = append(got, a.Source+" "+a.Title)
	}
	want := []string{
		one + " Judul Pertama Tentang Kerja Sama",
		filepath.Join(tree, "a.txt") + " Judul Kedua Tentang Kerja Sama",
		filepath.Join(tree, "b", "z.txt") + " Judul Ketiga Tentang Kerja Sama",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("output in input order, directories sorted:\n got %q\nwant %q", got, want)
	}
	if arts[0].Published != "2023-09-04T09:00:00+07:00" || arts[0].Outlet != "ANTARA" {
		t.Errorf("first article: %+v", arts[0])
	}

	again, _, _ := runCLI(t, nil, "extract", "-j", "1", one, tree)
	if again != out {
		t.Error("output differs between -j 3 and -j 1")
	}
}

func TestExtractCommandStdin(t *testing.T) {
	page := storyPage("Judul Dari Masukan Standar", "Menteri Luar Negeri Retno Marsudi bertemu mitranya dari Jepang.")
	for _, args := range [][]string{{"extract"}, {"extract", "-"}} {
		out, errOut, err := runCLI(t, strings.NewReader(page), args...)
		if err != nil || errOut != "" {
			t.Fatalf("%v: %v %s", args, err, errOut)
		}
		if arts := decodeLines(t, out); len(arts) != 1 || arts[0].Source != "stdin" || arts[0].Title != "Judul Dari Masukan Standar" {
			t.Errorf("%v: %+v", args, arts)
		}
	}
}

// countingReader is an endless page that counts what is read of it.
type countingReader struct{ n int64 }

func (r *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a' + byte(i%26)
	}
	r.n += int64(len(p))
	return len(p), nil
}

func TestExtractCommandSizeLimit(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse 50 MB file: it costs no disk, and must cost no memory.
	if err := f.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, errOut, err := runCLI(t, nil, "extract", big)
	if err == nil || !strings.Contains(errOut, big+": input over the 4194304-byte (4 MiB) size limit") {
		t.Errorf("err %v, stderr %q: want the file named with the limit", err, errOut)
	}

	endless := &countingReader{}
	_, errOut, err = runCLI(t, endless, "extract", "-")
	if err == nil || !strings.Contains(errOut, "stdin: input over") {
		t.Errorf("err %v, stderr %q", err, errOut)
	}
	if endless.n > nlp.MaxInputBytes+64<<10 {
		t.Errorf("read %d bytes of an endless stdin; the limit is %d", endless.n, nlp.MaxInputBytes)
	}
}

func TestExtractCommandBadArgs(t *testing.T) {
	if _, _, err := runCLI(t, nil, "extract", "-j", "0"); err == nil {
		t.Error("-j 0 accepted")
	}
	_, errOut, err := runCLI(t, nil, "extract", filepath.Join(t.TempDir(), "missing.txt"))
	if err == nil || !strings.Contains(errOut, "missing.txt") {
		t.Errorf("a missing file is named on stderr: %v %q", err, errOut)
	}
}

// undatedPage is a page that prints no date, whose story names none.
func undatedPage() string {
	return "Judul Tanpa Tanggal Tentang Kunjungan\n\n" +
		"Menteri Luar Negeri Jepang mengunjungi Indonesia untuk membahas kerja sama maritim.\n\n" +
		"Kedua negara sepakat memperkuat patroli bersama di perairan kawasan.\n"
}

// TestExtractCommandPublishedDate: a publication date given with a page, by
// -published or by a sidecar (which wins), dates what the page's sentences
// do not (date_source "given"); a bad one is refused.
func TestExtractCommandPublishedDate(t *testing.T) {
	dir := t.TempDir()
	plain, withMeta := filepath.Join(dir, "plain.txt"), filepath.Join(dir, "meta.txt")
	writeFile(t, plain, undatedPage())
	writeFile(t, withMeta, undatedPage())
	writeFile(t, withMeta+sidecarSuffix, `{"published": "2024-05-06", "url": "https://contoh.id/kunjungan", "outlet": "Contoh"}`)

	out, errOut, err := runCLI(t, nil, "extract", plain, withMeta)
	if err != nil {
		t.Fatalf("%v %s", err, errOut)
	}
	arts := decodeLines(t, out)
	if len(arts) != 2 {
		t.Fatalf("%d articles", len(arts))
	}
	if a := arts[0]; a.Published != "" || a.StoryDate != "" || len(a.Events) == 0 || a.Events[0].Date != "" || a.Events[0].DateSource != "" {
		t.Errorf("a page without a date and no date given: %+v", a)
	}
	check := func(a diplograph.Article, day string) {
		t.Helper()
		if a.Published != diplograph.NullString(day) || a.StoryDate != diplograph.NullString(day) || a.StoryDateSource != diplograph.DateSourceGiven {
			t.Errorf("published %q story %q (%s), want %s given", a.Published, a.StoryDate, a.StoryDateSource, day)
		}
		if len(a.Events) == 0 {
			t.Fatal("no events")
		}
		for _, e := range a.Events {
			if e.Date != diplograph.NullString(day) || e.DatePrecision != diplograph.PrecisionDay || e.DateSource != diplograph.DateSourceGiven {
				t.Errorf("event %+v, want it dated %s by the given date", e, day)
			}
		}
	}
	check(arts[1], "2024-05-06")
	if arts[1].URL != "https://contoh.id/kunjungan" || arts[1].Outlet != "Contoh" {
		t.Errorf("sidecar's url and outlet: %+v", arts[1])
	}

	out, errOut, err = runCLI(t, nil, "extract", "-published", "2024-05-07", plain, withMeta)
	if err != nil {
		t.Fatalf("%v %s", err, errOut)
	}
	arts = decodeLines(t, out)
	check(arts[0], "2024-05-07")
	check(arts[1], "2024-05-06")

	out, _, err = runCLI(t, strings.NewReader(undatedPage()), "extract", "-published", "2024-05-08")
	if err != nil {
		t.Fatal(err)
	}
	check(decodeLines(t, out)[0], "2024-05-08")

	if _, _, err := runCLI(t, nil, "extract", "-published", "kemarin", plain); err == nil {
		t.Error("-published kemarin is accepted")
	}
	writeFile(t, withMeta+sidecarSuffix, `{"published": "Senin"}`)
	if _, errOut, err := runCLI(t, nil, "extract", withMeta); err == nil || !strings.Contains(errOut, "sidecar") {
		t.Errorf("a sidecar with a bad date: %v %q", err, errOut)
	}
}
