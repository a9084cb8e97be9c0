package nlp

// page is a news page after cleaning: the story's body separated from the
// page noise, with the metadata printed around it.
type page struct {
	// Language is the body's language: LangIndonesian, LangEnglish or LangUndetermined.
	Language  string
	Title     string
	Outlet    string
	Author    string
	Dateline  string
	Published string // as in Article.Published
	// Paragraphs of the body only: no menus, tickers, "Baca Juga" lines,
	// headline lists, captions, credits or footers.
	Paragraphs []string
	Warnings   []string
}
