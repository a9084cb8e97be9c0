package nlp

import "testing"

func TestZZDebug(t *testing.T) {
	for _, s := range []string{"\"Kami mengutuk kerja sama militer ilegal Korea Utara, termasuk pengiriman pasukannya ke Rusia, dengan kata-kata yang paling keras,\" kata kementerian mengutip pernyataan Kim, melansir Reuters 21 Oktober.",
		"Korea Selatan mengutuk kerja sama militer ilegal Korea Utara."} {
		a := analyzeText(t, "", "2024-06-20", "Wakil Menteri Luar Negeri Korea Selatan Kim Hong-kyun memanggil Duta Besar Rusia.", s)
		for _, e := range a.events {
			t.Logf("%s %s %s %s %s", e.Source, e.Target, e.Cameo, e.Context, e.Trigger)
		}
	}
}
