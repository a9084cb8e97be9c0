package nlp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/diplograph/diplograph"
)

// benchPages are the repository's sample articles, 2–3 KB news pages with
// their noise, the size the speed target is set for; without them, the
// (smaller) nlp test pages.
func benchPages(b *testing.B) [][]byte {
	samples, _ := filepath.Glob(filepath.Join("..", "samples", "*.txt"))
	if len(samples) == 0 {
		return testPages(b)
	}
	return readFiles(b, samples)
}

func meanSize(pages [][]byte) int64 {
	var n int
	for _, p := range pages {
		n += len(p)
	}
	return int64(n / len(pages))
}

// BenchmarkExtract measures the whole of Extract, page after page on one
// goroutine; run it with -cpu 1 for the one-core figure.
func BenchmarkExtract(b *testing.B) {
	pages := benchPages(b)
	x := newTestExtractor(b)
	b.SetBytes(meanSize(pages))
	b.ReportAllocs()
	n := 0
	cpu := cpuTime(b)
	for b.Loop() {
		if _, err := x.Extract(diplograph.Document{Text: pages[n%len(pages)]}); err != nil {
			b.Fatal(err)
		}
		n++
	}
	reportRates(b, n, cpuTime(b)-cpu)
}

// reportRates reports articles per second of wall time, and per second of
// the process's CPU time, which a machine busy with other work does not
// distort (with -cpu 1 it includes the garbage collector's share).
func reportRates(b *testing.B, articles int, cpu time.Duration) {
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(articles)/cpu.Seconds(), "articles/cpu-s")
}

// cpuTime is the user and system time the process has used.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkExtractStream streams 100,000 distinct articles through
// Extract and JSON encoding, as `diplograph extract` does, and reports the
// rate and the process's peak resident memory after 10%, 50% and all of
// them: a peak that stops growing means memory stays flat (the tokenizer's
// word cache fills up to its bound in the first tens of thousands). Run
// it once: -benchtime 1x. STREAM_ARTICLES changes the count.
func BenchmarkExtractStream(b *testing.B) {
	total := 100_000
	if s := os.Getenv("STREAM_ARTICLES"); s != "" {
		var err error
		if total, err = strconv.Atoi(s); err != nil || total < 10 {
			b.Fatalf("STREAM_ARTICLES=%q is not a count of at least 10", s)
		}
	}
	pages := benchPages(b)
	x := newTestExtractor(b)
	out := bufio.NewWriter(io.Discard)
	enc := json.NewEncoder(out)
	var at10, at50, bytesIn int64
	b.ResetTimer()
	cpu := cpuTime(b)
	for range b.N {
		for i := range total {
			page := variant(pages[i%len(pages)], i)
			bytesIn += int64(len(page))
			art, err := x.Extract(diplograph.Document{Source: fmt.Sprintf("synthetic/%06d.txt", i), Text: page})
			if err != nil {
				b.Fatal(err)
			}
			if err := enc.Encode(art); err != nil {
				b.Fatal(err)
			}
			switch i {
			case total / 10:
				at10 = peakRSS(b)
			case total / 2:
				at50 = peakRSS(b)
			}
		}
	}
	b.StopTimer()
	articles := float64(b.N * total)
	reportRates(b, b.N*total, cpuTime(b)-cpu)
	b.ReportMetric(float64(bytesIn)/articles, "bytes/article")
	b.ReportMetric(float64(at10)/(1<<20), "peakRSS@10%-MiB")
	b.ReportMetric(float64(at50)/(1<<20), "peakRSS@50%-MiB")
	b.ReportMetric(float64(peakRSS(b))/(1<<20), "peakRSS@end-MiB")
}

// variant makes page i distinct from the other copies of the same page, so
// every streamed article has its own body and id: it adds a sentence to the
// end of the page's first long line, which is in the story.
func variant(page []byte, i int) []byte {
	start := 0
	for start < len(page) {
		end := bytes.IndexByte(page[start:], '\n')
		if end < 0 {
			end = len(page) - start
		}
		end += start
		if bytes.Count(page[start:end], []byte(" ")) >= 15 {
			extra := fmt.Sprintf(" Salinan nomor %d disusun untuk pengujian kecepatan.", i)
			return append(append(append([]byte{}, page[:end]...), extra...), page[end:]...)
		}
		start = end + 1
	}
	return page
}

// peakRSS reads the process's peak resident set size (VmHWM) in bytes.
func peakRSS(b *testing.B) int64 {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		b.Skipf("no /proc/self/status to read peak memory from: %v", err)
	}
	for _, line := range strings.Split(string(status), "\n") {
		if f := strings.Fields(line); len(f) == 3 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	b.Skip("no VmHWM in /proc/self/status")
	return 0
}
