package nlp

// This file is a placeholder so the package compiles while the analysis
// (actors, resolution, statements, events) is written; its owner replaces it.

// annotator finds actors, statements and events in a cleaned page.
type annotator struct{}

// newAnnotator loads what the analysis needs, once per process.
func newAnnotator() (*annotator, error) { return &annotator{}, nil }

// analyze finds the actors, statements and events of one page.
func (a *annotator) analyze(p page, sents []sentence) ([]Actor, []Statement, []Event) {
	return nil, nil, nil
}
