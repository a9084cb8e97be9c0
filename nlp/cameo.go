package nlp

import "github.com/diplograph/diplograph"

// cameoGoldstein is a code's Goldstein value; the lexicon's codes are all
// in the vocabulary (checked when the lexicon loads).
func cameoGoldstein(code string) float64 {
	c, _ := diplograph.Cameo(code)
	return c.Goldstein
}

// cameoRoot is the two-digit root of a code ("036" -> "03").
func cameoRoot(code string) string { return code[:2] }

// quadClass maps a root to GDELT's quad classes: 1 verbal cooperation
// (01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13),
// 4 material conflict (14-20).
func quadClass(root string) int {
	switch {
	case root <= "05":
		return 1
	case root <= "08":
		return 2
	case root <= "13":
		return 3
	}
	return 4
}
