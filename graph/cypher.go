package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Errors of researchers' Cypher, tested with errors.Is.
var (
	// ErrNotReadOnly refuses a query that could change the graph, the
	// schema, users or databases, or reach outside the graph.
	ErrNotReadOnly = errors.New("only read-only queries are allowed")
	// ErrBadQuery is a query Neo4j rejects: syntax, unknown names, missing
	// parameters, wrong types.
	ErrBadQuery = errors.New("invalid query")
	// ErrQueryTimeout is a query that ran past its time limit.
	ErrQueryTimeout = errors.New("query timed out")
)

// CypherQuery is a researcher's query with its limits.
type CypherQuery struct {
	Query  string
	Params map[string]any
	// MaxRows is the most rows returned; Result.Truncated tells if more
	// were left out.
	MaxRows int
	// Timeout bounds the query in Neo4j (a transaction timeout) and here.
	Timeout time.Duration
}

// CypherResult holds the rows of a query, with values converted by Plain.
type CypherResult struct {
	Columns   []string `json:"columns"`
	Rows      [][]any  `json:"rows"`
	Truncated bool     `json:"truncated"`
}

// readClauses are the words a read query may start with.
var readClauses = map[string]bool{"MATCH": true, "OPTIONAL": true, "WITH": true, "UNWIND": true, "RETURN": true, "CALL": true}

// forbiddenWords may not appear as keywords anywhere in a query. EXPLAIN
// reports LOAD CSV as a read, but it reads files and URLs of the server's
// choosing; USE would leave the configured database (e.g. for system).
var forbiddenWords = map[string]bool{"LOAD": true, "USE": true}

// RunCypher runs a researcher's query and returns at most MaxRows rows. The
// graph cannot be changed through it, guaranteed twice over: the query
// must be a single statement starting with a read clause, Neo4j's own plan
// (EXPLAIN) must classify it read-only, and it then runs in a transaction
// of read access mode, which Neo4j refuses to let write. Refusals wrap
// ErrNotReadOnly; a query Neo4j rejects wraps ErrBadQuery; a query past its
// Timeout wraps ErrQueryTimeout.
func (db *DB) RunCypher(ctx context.Context, q CypherQuery) (CypherResult, error) {
	if err := screenCypher(q.Query); err != nil {
		return CypherResult{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, q.Timeout)
	defer cancel()
	kind, err := db.Read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		r, err := tx.Run(ctx, "EXPLAIN "+q.Query, q.Params)
		if err != nil {
			return nil, err
		}
		sum, err := r.Consume(ctx)
		if err != nil {
			return nil, err
		}
		return sum.StatementType(), nil
	})
	if err != nil {
		return CypherResult{}, cypherError(ctx, "planning the query", err)
	}
	if kind != neo4j.StatementTypeReadOnly {
		return CypherResult{}, fmt.Errorf("%w: Neo4j plans this query as %s", ErrNotReadOnly, kind)
	}
	res, err := db.Read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		r, err := tx.Run(ctx, q.Query, q.Params)
		if err != nil {
			return nil, err
		}
		keys, err := r.Keys()
		if err != nil {
			return nil, err
		}
		out := CypherResult{Columns: keys, Rows: [][]any{}}
		for r.Next(ctx) {
			if len(out.Rows) == q.MaxRows {
				out.Truncated = true
				break
			}
			vals := r.Record().Values
			plain := make([]any, len(vals))
			for i, v := range vals {
				plain[i] = Plain(v)
			}
			out.Rows = append(out.Rows, plain)
		}
		if err := r.Err(); err != nil {
			return nil, err
		}
		return out, nil
	})
	if err != nil {
		return CypherResult{}, cypherError(ctx, "running the query", err)
	}
	return res.(CypherResult), nil
}

// cypherError sorts a failure into timeout, refusal, bad query or outage.
func cypherError(ctx context.Context, doing string, err error) error {
	var neoErr *neo4j.Neo4jError
	switch {
	case errors.Is(err, ErrUnavailable):
		return err
	case ctx.Err() != nil, errors.As(err, &neoErr) && strings.Contains(neoErr.Code, "TransactionTimedOut"):
		return fmt.Errorf("%s: %w", doing, ErrQueryTimeout)
	case errors.As(err, &neoErr) && (strings.Contains(neoErr.Code, "AccessMode") || strings.Contains(neoErr.Code, ".Security.")):
		return fmt.Errorf("%w: %s", ErrNotReadOnly, neoErr.Msg)
	case errors.As(err, &neoErr) && neoErr.Classification() == "ClientError":
		return fmt.Errorf("%w: %s", ErrBadQuery, neoErr.Msg)
	}
	return fmt.Errorf("%s: %w", doing, err)
}

// screenCypher refuses, before Neo4j sees the query, what its plan does not
// show: more than one statement, administration commands (which EXPLAIN
// does not plan), USE and LOAD CSV. It reads the query as Cypher's lexer
// does, so that strings, comments and `quoted names` neither hide nor fake
// a keyword.
func screenCypher(query string) error {
	words, err := cypherWords(query)
	if err != nil {
		return err
	}
	if len(words) == 0 {
		return fmt.Errorf("%w: the query is empty", ErrBadQuery)
	}
	if !readClauses[words[0]] {
		return fmt.Errorf("%w: a query must start with MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN or CALL, not %s", ErrNotReadOnly, words[0])
	}
	for _, w := range words {
		if forbiddenWords[w] {
			return fmt.Errorf("%w: %s is not allowed", ErrNotReadOnly, w)
		}
	}
	return nil
}

// cypherWords returns the upper-cased bare words of a query: keywords and
// unquoted names, leaving out strings, comments, `quoted names`, and names
// after '.', '$' or ':' (properties, parameters, labels). A ';' outside
// strings and comments is an error: one statement per query.
func cypherWords(q string) ([]string, error) {
	var words []string
	rs := []rune(q)
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		switch {
		case c == '\'' || c == '"' || c == '`':
			j := i + 1
			for ; j < len(rs) && rs[j] != c; j++ {
				if rs[j] == '\\' && c != '`' {
					j++
				}
			}
			if j >= len(rs) {
				return nil, fmt.Errorf("%w: unterminated %c", ErrBadQuery, c)
			}
			i = j
		case c == '/' && i+1 < len(rs) && rs[i+1] == '/':
			for i < len(rs) && rs[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(rs) && rs[i+1] == '*':
			j := i + 2
			for ; j+1 < len(rs) && (rs[j] != '*' || rs[j+1] != '/'); j++ {
			}
			if j+1 >= len(rs) {
				return nil, fmt.Errorf("%w: unterminated comment", ErrBadQuery)
			}
			i = j + 1
		case c == ';':
			return nil, fmt.Errorf("%w: one statement per query (found ';')", ErrNotReadOnly)
		case unicode.IsLetter(c) || c == '_':
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '_') {
				j++
			}
			if !afterQualifier(rs, i) {
				words = append(words, strings.ToUpper(string(rs[i:j])))
			}
			i = j - 1
		case unicode.IsDigit(c):
			for i+1 < len(rs) && (unicode.IsLetter(rs[i+1]) || unicode.IsDigit(rs[i+1]) || rs[i+1] == '.' || rs[i+1] == '_') {
				i++
			}
		}
	}
	return words, nil
}

// afterQualifier says whether the name starting at i follows '.', '$' or
// ':' (spaces between allowed), so that it is a property, parameter or
// label and not a keyword.
func afterQualifier(rs []rune, i int) bool {
	for i--; i >= 0 && unicode.IsSpace(rs[i]); i-- {
	}
	return i >= 0 && (rs[i] == '.' || rs[i] == '$' || rs[i] == ':')
}
