// Package migrations holds the graph's schema as versioned Cypher files,
// embedded in the binary and applied in order by graph.DB.Migrate
// (`diplograph migrate`).
//
// Rules for a new file: name it V<NNNN>__<what>.cypher with the next number;
// end every statement with ";" at the end of a line; make every statement
// idempotent (IF NOT EXISTS), because a run that stops between applying a
// file and recording it applies it again; never mix schema commands with
// data writes in one file (Neo4j refuses both in one transaction); and never
// edit a file once it has been applied anywhere: add a new one instead.
package migrations

import "embed"

// Files are the migration files, V0001__... onwards.
//
//go:embed *.cypher
var Files embed.FS
