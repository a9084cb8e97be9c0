package nlp

// LoadDictionary parses the embedded, curated actor dictionary, for callers
// outside nlp that need the known actors themselves (the graph writer seeds
// actors and their roles from it; the synthetic corpus generator writes
// stories about them). Each call returns a fresh copy the caller may keep.
func LoadDictionary() (*Dictionary, error) { return loadDictionary() }
