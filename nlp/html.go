package nlp

import (
	"encoding/json"
	"maps"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlMeta is what a page saved as HTML says of itself in its markup: the
// headline, the publication time, the site and the page's own address.
// Each is "" when the markup does not say.
type htmlMeta struct {
	title, published, outlet, url string
}

// htmlStart recognizes a page saved as HTML by its opening, and htmlTags by
// the tags it is made of (a fragment such as "<p>...</p><p>...</p>"). Plain
// text with a stray "<" or one leftover tag is read as text.
var (
	htmlStart = regexp.MustCompile(`(?i)^(?:\x{feff})?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]`)
	htmlTags  = regexp.MustCompile(`(?i)</(?:p|div|a|span|li|h[1-6]|td|article|section)>|<br\s*/?>`)
)

// minFragmentTags is how many closing or break tags make text without an
// HTML opening an HTML fragment.
const minFragmentTags = 3

// looksLikeHTML says whether text is a page's markup rather than its text.
func looksLikeHTML(text string) bool {
	if htmlStart.MatchString(text[:min(len(text), 4096)]) {
		return true
	}
	return len(htmlTags.FindAllStringIndex(text, minFragmentTags)) == minFragmentTags
}

// skippedElements never hold the story: code, styles, embedded frames and
// media, forms, and the page's navigation, asides and footer. Dropping them
// before the clean stage keeps their names out of the graph for certain.
var skippedElements = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Canvas: true,
	atom.Video: true, atom.Audio: true, atom.Form: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Dialog: true,
}

// blockElements end a line of text where they open and close, as a browser
// lays them out; everything else flows within a line.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Blockquote: true, atom.Br: true, atom.Caption: true,
	atom.Dd: true, atom.Details: true, atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Figure: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true, atom.Li: true, atom.Main: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true, atom.Table: true,
	atom.Tr: true, atom.Ul: true,
}

// readHTML turns a page's markup into the text the clean stage reads, a
// block to a line, and reads what the markup says of the page. Markup too
// broken to parse is still read: the parser repairs as browsers do.
func readHTML(markup string) (string, htmlMeta) {
	doc, err := html.Parse(strings.NewReader(markup))
	if err != nil {
		// html.Parse fails only when its reader does, which a
		// strings.Reader never does; the text then stays as it came.
		return markup, htmlMeta{}
	}
	meta := readMeta(doc)
	var text strings.Builder
	space := func() {
		if b := text.String(); b != "" && b[len(b)-1] != ' ' && b[len(b)-1] != '\n' {
			text.WriteByte(' ')
		}
	}
	var walk func(n *html.Node, pre bool)
	walk = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			if pre {
				text.WriteString(n.Data)
				return
			}
			// Spaces around a text node separate it from its neighbours
			// ("Satu <b>baris</b>\n yang"); runs of them are one space.
			words := strings.Fields(n.Data)
			if len(words) == 0 || words[0] != n.Data[:len(words[0])] {
				space()
			}
			text.WriteString(strings.Join(words, " "))
			if len(words) > 0 && !strings.HasSuffix(n.Data, words[len(words)-1]) {
				space()
			}
			return
		case html.ElementNode:
			if skippedElements[n.DataAtom] {
				return
			}
			if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
				space()
			}
			pre = pre || n.DataAtom == atom.Pre
		}
		block := n.Type == html.ElementNode && blockElements[n.DataAtom]
		if block {
			text.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, pre)
		}
		if block {
			text.WriteByte('\n')
		}
	}
	walk(doc, false)
	var lines []string
	for l := range strings.SplitSeq(text.String(), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n"), meta
}

// nodeText is the text under n, markup left out.
func nodeText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(nodeText(c))
		b.WriteByte(' ')
	}
	return b.String()
}

// readMeta reads what the page says of itself: Open Graph and article
// metadata, the schema.org publication date (as an attribute or in
// JSON-LD), a <time pubdate>, the canonical link; its headline is Open
// Graph's, else the first <h1>'s, else the <title>'s. The first found of
// each is kept, in document order.
func readMeta(doc *html.Node) htmlMeta {
	var m htmlMeta
	var h1, title string
	set := func(field *string, v string) {
		if *field == "" {
			*field = strings.TrimSpace(v)
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				name := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				switch name {
				case "og:title", "twitter:title":
					set(&m.title, attr(n, "content"))
				case "og:site_name":
					set(&m.outlet, attr(n, "content"))
				case "og:url":
					set(&m.url, attr(n, "content"))
				case "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
					"publish-date", "dc.date.issued", "dcterms.issued", "parsely-pub-date", "sailthru.date":
					set(&m.published, attr(n, "content"))
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					set(&m.url, attr(n, "href"))
				}
			case atom.Time:
				if hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished") {
					set(&m.published, attr(n, "datetime"))
				}
			case atom.Title:
				if n.Parent != nil && n.Parent.DataAtom == atom.Head {
					set(&title, nodeText(n))
				}
			case atom.H1:
				set(&h1, nodeText(n))
			case atom.Script:
				if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil {
					set(&m.published, jsonLDPublished(n.FirstChild.Data))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	set(&m.title, h1)
	set(&m.title, title)
	m.title = strings.Join(strings.Fields(m.title), " ")
	return m
}

// attr is the value of n's attribute key, "" when it has none.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// hasAttr says whether n carries the attribute key, valued or not.
func hasAttr(n *html.Node, key string) bool {
	return slices.ContainsFunc(n.Attr, func(a html.Attribute) bool { return strings.EqualFold(a.Key, key) })
}

// jsonLDPublished is the first datePublished in a JSON-LD block, searched
// through its objects (keys in order, for one answer every run) and lists:
// a NewsArticle may sit in an @graph. "" when there is none.
func jsonLDPublished(block string) string {
	var v any
	if json.Unmarshal([]byte(block), &v) != nil {
		return ""
	}
	var find func(v any) string
	find = func(v any) string {
		switch v := v.(type) {
		case map[string]any:
			if s, ok := v["datePublished"].(string); ok && strings.TrimSpace(s) != "" {
				return s
			}
			for _, k := range slices.Sorted(maps.Keys(v)) {
				if s := find(v[k]); s != "" {
					return s
				}
			}
		case []any:
			for _, x := range v {
				if s := find(x); s != "" {
					return s
				}
			}
		}
		return ""
	}
	return find(v)
}
