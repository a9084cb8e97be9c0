package ner

import "testing"

// BenchmarkEntities tags news-style sentences of the project's own with the
// embedded model and reports tokens per second.
func BenchmarkEntities(b *testing.B) {
	tagger, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	sentences := [][]string{
		tokens("Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Jepang Yoko Kamikawa di Jakarta pada Selasa ( 5/9 ) ."),
		tokens("Juru bicara Kementerian Luar Negeri China Wang Wenbin mengatakan Beijing menentang sanksi sepihak Amerika Serikat ."),
		tokens("Kantor berita KCNA melaporkan Kim Jong Un meninjau uji coba rudal di Pyongyang , Korea Utara ."),
		tokens("Dewan Keamanan PBB menggelar rapat darurat di New York setelah Rusia memveto rancangan resolusi tersebut ."),
		tokens("Presiden Joko Widodo menerima kunjungan Perdana Menteri Australia Anthony Albanese di Istana Bogor , Jawa Barat ."),
	}
	n := 0
	for _, s := range sentences {
		n += len(s)
	}
	b.ReportAllocs()
	cpu := cpuSeconds()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sentences {
			tagger.Entities(s)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	if used := cpuSeconds() - cpu; used > 0 {
		b.ReportMetric(float64(n*b.N)/used, "tokens/cpu-s")
	}
}

// BenchmarkEntitiesNERGrit tags the NERGrit test split, read from ../shared:
// varied words make the weight lookups miss the cache as real text does.
func BenchmarkEntitiesNERGrit(b *testing.B) {
	dir := sharedNER(b)
	if dir == "" {
		b.Skip("../shared/corpus/ner is absent")
	}
	tagger, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	sentences := readShared(b, dir, "test")
	n := 0
	for _, s := range sentences {
		n += len(s.Tokens)
	}
	b.ReportAllocs()
	cpu := cpuSeconds()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sentences {
			tagger.Entities(s.Tokens)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	if used := cpuSeconds() - cpu; used > 0 {
		b.ReportMetric(float64(n*b.N)/used, "tokens/cpu-s")
	}
}
