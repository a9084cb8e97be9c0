package diplograph_test

import (
	"testing"

	fx "github.com/diplograph/diplograph/internal/graphfixture"
)

// BenchmarkDigest measures what the digest adds to writing an article
// (the graph writer computes it once per article), on the sample pages.
func BenchmarkDigest(b *testing.B) {
	arts := fx.Samples(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := arts[i%len(arts)].Digest(); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
