package main

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Every -h prints the command's usage and exits 0, as `diplograph -h`
// does: run through the real binary, so that the exit status is the one a
// shell sees.
func TestEveryHelpExitsZero(t *testing.T) {
	bin := binary(t)
	for _, args := range [][]string{{"-h"}, {"help"}, {"extract", "-h"}, {"ingest", "-h"}, {"migrate", "-h"},
		{"serve", "-h"}, {"synth", "-h"}, {"aggregate", "-h"}, {"ner", "-h"}, {"ner", "train", "-h"}, {"ner", "eval", "-h"}, {"serve", "-help"}} {
		out, err := exec.Command(bin, args...).CombinedOutput()
		if err != nil || !strings.Contains(string(out), "usage") && !strings.Contains(string(out), "Usage") {
			t.Errorf("diplograph %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	// A wrong flag is still a usage error.
	if err := exec.Command(bin, "synth", "-nope").Run(); err == nil || err.(*exec.ExitError).ExitCode() != 2 {
		t.Errorf("a wrong flag: %v, want exit status 2", err)
	}
}

// jsonlRecord is one line of a JSON Lines input.
func jsonlRecord(t *testing.T, url, title, text string) string {
	t.Helper()
	b, err := json.Marshal(map[string]string{"url": url, "title": title, "published": "2023-09-04", "outlet": "Contoh", "text": text})
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}

// extract reads what ingest reads: pages, directories (their *.txt, *.html
// and *.jsonl), JSON Lines and stdin.
func TestExtractReadsWhatIngestReads(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFile(t, "in/a.txt", storyPage("Halaman Berkas", "Menteri Luar Negeri Retno Marsudi bertemu mitranya dari Jepang."))
	feed := jsonlRecord(t, "https://example.id/1", "Rekaman Satu", storyPage("x", "Presiden Joko Widodo menerima kunjungan Perdana Menteri Jepang.")) +
		"\n" + jsonlRecord(t, "https://example.id/2", "Rekaman Dua", storyPage("y", "Menteri Luar Negeri Retno Marsudi bertemu mitranya dari Korea."))
	writeFile(t, "in/feed.jsonl", feed)
	writeFile(t, "in/z.html", "<!DOCTYPE html><html><head><title>Halaman Web</title></head><body><nav>Beranda</nav><p>"+
		strings.ReplaceAll(storyPage("Halaman Web", "Menteri Luar Negeri Retno Marsudi bertemu mitranya dari India."), "\n", "</p><p>")+"</p></body></html>")
	writeFile(t, "in/catatan.md", "bukan halaman")

	out, errOut, err := runCLI(t, nil, "extract", "in/feed.jsonl")
	arts := decodeLines(t, out)
	if err != nil || len(arts) != 2 || arts[0].Title != "Rekaman Satu" || arts[0].URL != "https://example.id/1" ||
		arts[1].Source != "in/feed.jsonl:3 (https://example.id/2)" {
		t.Fatalf("extract feed.jsonl: %v %s\n%+v", err, errOut, arts)
	}
	out, _, err = runCLI(t, nil, "extract", "in")
	if arts := decodeLines(t, out); err != nil || len(arts) != 4 || arts[0].Source != "in/a.txt" || arts[3].Source != "in/z.html" || arts[3].Title != "Halaman Web" {
		t.Fatalf("extract of a directory: %v %+v", err, arts)
	}
}

// A page read from a file keeps its path as given, never the absolute path
// of the machine that read it (unless that is what was given).
func TestPagesFromFilesKeepTheirPathAsGiven(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFile(t, "berita/satu hari.txt", storyPage("Halaman Berkas", "Menteri Luar Negeri Retno Marsudi bertemu mitranya dari Jepang."))
	out, _, err := runCLI(t, nil, "extract", "berita")
	arts := decodeLines(t, out)
	if err != nil || len(arts) != 1 || arts[0].URL != "file:berita/satu%20hari.txt" || arts[0].Source != "berita/satu hari.txt" {
		t.Fatalf("a relative path: %v %+v", err, arts)
	}
	abs := filepath.Join(dir, "berita", "satu hari.txt")
	out, _, _ = runCLI(t, nil, "extract", abs)
	if arts := decodeLines(t, out); len(arts) != 1 || arts[0].URL != "file://"+strings.ReplaceAll(abs, " ", "%20") {
		t.Errorf("an absolute path given: %+v", arts)
	}
}
