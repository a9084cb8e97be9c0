package graphfixture

import "github.com/diplograph/diplograph"

// The hand-made world: three states, a foreign minister, a spokesperson and
// a news agency, seven events and three statements in 1999, told by four
// articles. The tests derive every expected answer from these values.

// Actor ids of the world.
const (
	Norland  = "fx-nor"
	Sudland  = "fx-sud"
	Westmark = "fx-wes"
	Kessler  = "fx-kessler"
	Sato     = "fx-sato"
	Agency   = "fx-npa"
)

// Article ids of the world.
const (
	Article1 = "fx-art-1"
	Article2 = "fx-art-2"
	Article3 = "fx-art-3"
	Article4 = "fx-art-4"
)

var (
	norland  = diplograph.Actor{ID: Norland, Name: "Norland", Aliases: []string{"Kerajaan Norland", "Norlandia"}, Type: diplograph.TypeCountry, Country: "XNL"}
	sudland  = diplograph.Actor{ID: Sudland, Name: "Sudland", Aliases: []string{"Republik Sudland"}, Type: diplograph.TypeCountry, Country: "XSL"}
	westmark = diplograph.Actor{ID: Westmark, Name: "Westmark", Aliases: []string{}, Type: diplograph.TypeCountry, Country: "XWM"}
	kessler  = diplograph.Actor{ID: Kessler, Name: "Arvid Kessler", Aliases: []string{"Kessler"}, Type: diplograph.TypePerson, Country: "XNL",
		Roles: []diplograph.Role{{Title: "Menteri Luar Negeri", Of: Norland, From: "1997-03-01"}}}
	sato = diplograph.Actor{ID: Sato, Name: "Mira Sato-Kovac", Aliases: []string{"Mira Sato"}, Type: diplograph.TypePerson, Country: "XSL",
		Roles: []diplograph.Role{{Title: "Juru Bicara Kementerian Luar Negeri", Of: Sudland, From: "1998-01-01", To: "2001-12-31"}}}
	agency = diplograph.Actor{ID: Agency, Name: "Norland Press Agency", Aliases: []string{"NPA"}, Type: diplograph.TypeMedia, Country: "XNL"}
)

// Events of the world. E7 has no date, so it is on no timeline but counts
// in relations.
var (
	E1 = diplograph.Event{ID: "fx-ev-1", Source: Norland, Target: Sudland, Cameo: "042", Root: "04", QuadClass: 1, Goldstein: 1.9, Date: "1999-01-10"}
	E2 = diplograph.Event{ID: "fx-ev-2", Source: Sudland, Target: Norland, Cameo: "112", Root: "11", QuadClass: 3, Goldstein: -2, Date: "1999-01-12"}
	E3 = diplograph.Event{ID: "fx-ev-3", Source: Norland, Target: Sudland, Cameo: "172", Root: "17", QuadClass: 4, Goldstein: -5, Date: "1999-02-03"}
	E4 = diplograph.Event{ID: "fx-ev-4", Source: Kessler, Target: Westmark, Cameo: "036", Root: "03", QuadClass: 1, Goldstein: 4, Date: "1999-02-03"}
	E5 = diplograph.Event{ID: "fx-ev-5", Source: Westmark, Target: Sudland, Cameo: "071", Root: "07", QuadClass: 2, Goldstein: 7.4, Date: "1999-03-15"}
	E6 = diplograph.Event{ID: "fx-ev-6", Source: Sudland, Target: Norland, Cameo: "138", Root: "13", QuadClass: 3, Goldstein: -7, Date: "1999-03-20", Context: diplograph.ContextFuture}
	E7 = diplograph.Event{ID: "fx-ev-7", Source: Norland, Target: Sudland, Cameo: "043", Root: "04", QuadClass: 1, Goldstein: 2.8}
)

// Statements of the world.
var (
	S1 = diplograph.Statement{ID: "fx-st-1", Speaker: Kessler, Text: "Norland akan terus berdialog dengan Sudland.", Kind: diplograph.KindDirect, Date: "1999-01-10", About: []string{Sudland}}
	S2 = diplograph.Statement{ID: "fx-st-2", Speaker: Sato, Text: "Sanksi Norland melanggar hukum internasional.", Kind: diplograph.KindDirect, Date: "1999-02-04", About: []string{Norland}}
	S3 = diplograph.Statement{ID: "fx-st-3", Speaker: Sato, Text: "Sudland menyambut bantuan kemanusiaan dari Westmark.", Kind: diplograph.KindIndirect, Date: "1999-03-16", About: []string{Westmark}}
)

// reported sets the evidence and confidence an article gives an event.
func reported(e diplograph.Event, evidence string, confidence float64) diplograph.Event {
	e.Evidence, e.Confidence = evidence, confidence
	return e
}

// mentioned sets how often an article names an actor.
func mentioned(a diplograph.Actor, n int) diplograph.Actor {
	a.Mentions = n
	return a
}

// World returns the hand-made articles, fresh on every call.
func World() []diplograph.Article {
	return []diplograph.Article{
		{
			Source: "fixture/1", ID: Article1, URL: "https://example.test/berita/1", Title: "Norland kunjungi Sudland",
			Outlet: "Harian Uji", Language: "id", Published: "1999-01-10",
			Actors:     []diplograph.Actor{mentioned(norland, 3), mentioned(sudland, 2), mentioned(kessler, 1)},
			Statements: []diplograph.Statement{S1},
			Events:     []diplograph.Event{reported(E1, "Delegasi Norland berkunjung ke Sudland.", 0.9)},
		},
		{
			Source: "fixture/2", ID: Article2, URL: "https://example.test/berita/2", Title: "Sudland tuduh Norland",
			Outlet: "Warta Contoh", Language: "id", Published: "1999-01-12T08:00:00+07:00",
			Actors:     []diplograph.Actor{mentioned(norland, 2), mentioned(sudland, 2), mentioned(kessler, 1)},
			Statements: []diplograph.Statement{S1},
			Events: []diplograph.Event{reported(E1, "Norland mengirim delegasi ke Sudland.", 0.8),
				reported(E2, "Sudland menuduh Norland melakukan korupsi.", 0.7)},
		},
		{
			Source: "fixture/3", ID: Article3, URL: "https://example.test/berita/3", Title: "Norland jatuhkan sanksi",
			Outlet: "Harian Uji", Language: "id", Published: "1999-02-04",
			Actors: []diplograph.Actor{mentioned(norland, 2), mentioned(sudland, 2), mentioned(westmark, 1),
				mentioned(kessler, 2), mentioned(sato, 1)},
			Statements: []diplograph.Statement{S2},
			Events: []diplograph.Event{reported(E3, "Norland menjatuhkan sanksi kepada Sudland.", 0.95),
				reported(E4, "Kessler berencana bertemu pejabat Westmark.", 0.6)},
		},
		{
			Source: "fixture/4", ID: Article4, URL: "https://example.test/berita/4", Title: "Westmark kirim bantuan",
			Outlet: "Norland Press Agency", Language: "id", Published: "1999-03-21",
			Actors: []diplograph.Actor{mentioned(westmark, 2), mentioned(sudland, 3), mentioned(norland, 1),
				mentioned(sato, 1), mentioned(agency, 1)},
			Statements: []diplograph.Statement{S3},
			Events: []diplograph.Event{reported(E5, "Westmark mengirim bantuan ke Sudland.", 0.9),
				reported(E6, "Sudland mengancam akan mengerahkan pasukan.", 0.5),
				reported(E7, "Norland mengundang Sudland berunding.", 0.4)},
		},
	}
}
