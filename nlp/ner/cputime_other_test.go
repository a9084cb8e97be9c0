//go:build !unix

package ner

// cpuSeconds is unavailable here; benchmarks then report wall-clock speed only.
func cpuSeconds() float64 { return 0 }
