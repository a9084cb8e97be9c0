package nlp

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// MaxInputBytes is the largest page Extract accepts. News pages are a few
// kilobytes; anything near this size is not one article, and refusing it
// keeps memory bounded whatever a caller is fed.
const MaxInputBytes = 4 << 20

// Errors Extract returns; callers name the input.
var (
	// ErrEmptyInput is returned for a page with no text at all.
	ErrEmptyInput = errors.New("empty input")
	// ErrBinaryInput is returned for data that is not text.
	ErrBinaryInput = errors.New("binary input, not text")
	// ErrTooLarge is returned for a page over MaxInputBytes.
	ErrTooLarge = fmt.Errorf("input over the %d-byte (%d MiB) size limit", MaxInputBytes, MaxInputBytes>>20)
	// ErrNoBody is returned for a page in which no story can be found:
	// only menus, headline lists or a few words.
	ErrNoBody = errors.New("no article body found")
	// ErrInternal is returned when extraction meets a bug of its own on a
	// page; the page should be reported with the error.
	ErrInternal = errors.New("internal error in extraction (please report the page)")
)

// readText checks raw input and turns it into text. Invalid UTF-8 is
// repaired by reading the stray bytes as Windows-1252, which is what such
// bytes almost always are on Indonesian pages, and says so in a warning.
func readText(raw []byte) (string, []string, error) {
	if len(raw) > MaxInputBytes {
		return "", nil, fmt.Errorf("%w: got %d bytes", ErrTooLarge, len(raw))
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return "", nil, ErrEmptyInput
	}
	var warnings []string
	if text, ok := decodeUTF16(raw); ok {
		raw = []byte(text)
		warnings = append(warnings, "UTF-16 text read as UTF-8")
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return "", nil, fmt.Errorf("%w: it contains NUL bytes", ErrBinaryInput)
	}
	text := string(raw)
	if !utf8.ValidString(text) {
		var bad int
		text, bad = repairUTF8(raw)
		if bad*4 > len(raw) {
			return "", nil, fmt.Errorf("%w: %d of %d bytes are not UTF-8", ErrBinaryInput, bad, len(raw))
		}
		warnings = append(warnings, fmt.Sprintf("invalid UTF-8: %d bytes read as Windows-1252", bad))
	}
	if controls := countControls(text); controls*10 > utf8.RuneCountInString(text) {
		return "", nil, fmt.Errorf("%w: %d control characters", ErrBinaryInput, controls)
	}
	return text, warnings, nil
}

// decodeUTF16 reads text saved as UTF-16 with its byte order mark, as some
// Windows tools save it.
func decodeUTF16(raw []byte) (string, bool) {
	if len(raw) < 2 || len(raw)%2 != 0 {
		return "", false
	}
	var order binary.ByteOrder
	switch {
	case raw[0] == 0xFF && raw[1] == 0xFE:
		order = binary.LittleEndian
	case raw[0] == 0xFE && raw[1] == 0xFF:
		order = binary.BigEndian
	default:
		return "", false
	}
	units := make([]uint16, 0, len(raw)/2-1)
	for i := 2; i < len(raw); i += 2 {
		units = append(units, order.Uint16(raw[i:]))
	}
	return string(utf16.Decode(units)), true
}

// repairUTF8 keeps the valid UTF-8 of raw and reads each invalid byte as
// Windows-1252. It returns the text and the number of bytes repaired.
func repairUTF8(raw []byte) (string, int) {
	var b strings.Builder
	b.Grow(len(raw) + len(raw)/8)
	bad := 0
	for len(raw) > 0 {
		r, size := utf8.DecodeRune(raw)
		if r == utf8.RuneError && size <= 1 {
			bad++
			r, size = charmap.Windows1252.DecodeByte(raw[0]), 1
		}
		b.WriteRune(r)
		raw = raw[size:]
	}
	return b.String(), bad
}

// countControls counts control characters other than line breaks and tabs.
func countControls(text string) int {
	n := 0
	for _, r := range text {
		if unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			n++
		}
	}
	return n
}

// Languages, as set in Article.Language.
const (
	LangIndonesian   = "id"
	LangEnglish      = "en"
	LangUndetermined = "und"
)
