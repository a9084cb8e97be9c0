package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
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
	// ErrProcedureNotAllowed refuses a query that calls a procedure outside
	// AllowedProcedures.
	ErrProcedureNotAllowed = errors.New("procedure not allowed")
	// ErrBadQuery is a query Neo4j rejects: syntax, unknown names, missing
	// parameters, wrong types.
	ErrBadQuery = errors.New("invalid query")
	// ErrQueryTimeout is a query that ran past its time limit.
	ErrQueryTimeout = errors.New("query timed out")
	// ErrQueryMemory is a query that needed more memory than Neo4j allows a
	// transaction (db.memory.transaction.max).
	ErrQueryMemory = errors.New("query needs more memory than the server allows a transaction")
)

// AllowedProcedures are the only procedures researchers' Cypher may call:
// read-only ones that list the schema and query the full-text indexes.
// Everything else is refused, db.stats.* (which hands out the text and
// parameters of every query run on the database) and dbms.* included.
var AllowedProcedures = []string{
	"db.labels",
	"db.relationshipTypes",
	"db.propertyKeys",
	"db.schema.visualization",
	"db.schema.nodeTypeProperties",
	"db.schema.relTypeProperties",
	"db.index.fulltext.queryNodes",
	"db.index.fulltext.queryRelationships",
}

// CypherQuery is a researcher's query with its limits.
type CypherQuery struct {
	Query  string
	Params map[string]any
	// MaxRows is the most rows read; RunCypher reports whether more were
	// left out.
	MaxRows int
	// Timeout bounds the query in Neo4j (a transaction timeout) and here.
	Timeout time.Duration
}

// CypherRows receives the result of a researcher's query as it is read
// from Neo4j, one row at a time, so that no more than a row is held here.
type CypherRows interface {
	// Begin starts the result over with its column names. The driver may
	// retry a transaction, and every attempt begins anew.
	Begin(columns []string)
	// Row takes one row, its values converted by Plain. An error stops
	// the query and is returned by RunCypher.
	Row(values []any) error
}

// CypherResult collects a whole result; it is a CypherRows.
type CypherResult struct {
	Columns   []string `json:"columns"`
	Rows      [][]any  `json:"rows"`
	Truncated bool     `json:"truncated"`
}

// Begin starts the result over.
func (r *CypherResult) Begin(columns []string) { r.Columns, r.Rows = columns, [][]any{} }

// Row appends a row.
func (r *CypherResult) Row(values []any) error {
	r.Rows = append(r.Rows, values)
	return nil
}

// readClauses are the words a read query may start with.
var readClauses = map[string]bool{"MATCH": true, "OPTIONAL": true, "WITH": true, "UNWIND": true, "RETURN": true, "CALL": true}

// forbiddenWords may not appear as keywords anywhere in a query. EXPLAIN
// reports LOAD CSV as a read, but it reads files and URLs of the server's
// choosing; USE would leave the configured database (e.g. for system).
var forbiddenWords = map[string]bool{"LOAD": true, "USE": true}

// RunCypher runs a researcher's query and hands its rows to rows as they
// arrive, at most MaxRows of them; truncated says more were left out. The
// graph cannot be changed through it, guaranteed twice over: the query must
// be a single statement starting with a read clause, Neo4j's own plan
// (EXPLAIN) must classify it read-only and call no procedure outside
// AllowedProcedures, and it then runs in a transaction of read access mode,
// which Neo4j refuses to let write. Refusals wrap ErrNotReadOnly or
// ErrProcedureNotAllowed; a query Neo4j rejects wraps ErrBadQuery; one
// past its Timeout wraps ErrQueryTimeout, one over Neo4j's transaction
// memory limit ErrQueryMemory; an error from rows is returned as it is.
func (db *DB) RunCypher(ctx context.Context, q CypherQuery, rows CypherRows) (truncated bool, err error) {
	if err := screenCypher(q.Query); err != nil {
		return false, err
	}
	ctx, cancel := context.WithTimeout(ctx, q.Timeout)
	defer cancel()
	if err := db.checkPlan(ctx, q); err != nil {
		return false, err
	}
	res, err := db.Read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return streamRows(ctx, tx, q, rows)
	})
	if err != nil {
		var stop *stopReading
		if errors.As(err, &stop) {
			return false, stop.err
		}
		return false, cypherError(ctx, "running the query", err)
	}
	return res.(bool), nil
}

// checkPlan asks Neo4j for the query's plan and refuses it unless it is
// read-only and calls only allowed procedures.
func (db *DB) checkPlan(ctx context.Context, q CypherQuery) error {
	sum, err := db.Read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		r, err := tx.Run(ctx, "EXPLAIN "+q.Query, q.Params)
		if err != nil {
			return nil, err
		}
		return r.Consume(ctx)
	})
	if err != nil {
		return cypherError(ctx, "planning the query", err)
	}
	plan := sum.(neo4j.ResultSummary)
	if err := checkProcedures(plan.Plan()); err != nil {
		return err
	}
	if kind := plan.StatementType(); kind != neo4j.StatementTypeReadOnly {
		return fmt.Errorf("%w: Neo4j plans this query as %s", ErrNotReadOnly, kind)
	}
	return nil
}

// checkProcedures refuses a plan with a procedure call outside
// AllowedProcedures. The plan names procedures as Neo4j resolved them, so
// neither `quoting` nor spacing can disguise one.
func checkProcedures(p neo4j.Plan) error {
	if p == nil {
		return nil
	}
	if strings.HasPrefix(p.Operator(), "ProcedureCall") {
		details, _ := p.Arguments()["Details"].(string)
		name, _, found := strings.Cut(details, "(")
		if name = strings.TrimSpace(name); !found || !slices.Contains(AllowedProcedures, name) {
			return fmt.Errorf("%w: %s; researchers' Cypher may call only %s", ErrProcedureNotAllowed, name, strings.Join(AllowedProcedures, ", "))
		}
	}
	for _, c := range p.Children() {
		if err := checkProcedures(c); err != nil {
			return err
		}
	}
	return nil
}

// stopReading carries an error of CypherRows.Row out of the transaction
// untouched.
type stopReading struct{ err error }

func (s *stopReading) Error() string { return s.err.Error() }

// streamRows reads the result record by record into rows: the driver reads
// a record from the connection only when asked for it, so memory holds one
// row however large the result.
func streamRows(ctx context.Context, tx neo4j.ManagedTransaction, q CypherQuery, rows CypherRows) (bool, error) {
	r, err := tx.Run(ctx, q.Query, q.Params)
	if err != nil {
		return false, err
	}
	keys, err := r.Keys()
	if err != nil {
		return false, err
	}
	rows.Begin(keys)
	for n := 0; r.Next(ctx); n++ {
		if n == q.MaxRows {
			return true, nil
		}
		vals := r.Record().Values
		plain := make([]any, len(vals))
		for i, v := range vals {
			plain[i] = Plain(v)
		}
		if err := rows.Row(plain); err != nil {
			// Consume discards the rest of the result as it arrives;
			// left to the connection's reset, the driver would buffer
			// the rest of the batch first.
			r.Consume(ctx)
			return false, &stopReading{err}
		}
	}
	return false, r.Err()
}

// cypherError sorts a failure into timeout, memory, refusal, bad query or
// outage.
func cypherError(ctx context.Context, doing string, err error) error {
	neoErr := lastNeo4jError(err)
	code := ""
	if neoErr != nil {
		code = neoErr.Code
	}
	switch {
	case errors.Is(err, ErrUnavailable):
		return err
	case ctx.Err() != nil, strings.Contains(code, "TransactionTimedOut"):
		return fmt.Errorf("%s: %w", doing, ErrQueryTimeout)
	case strings.Contains(code, "MemoryPoolOutOfMemoryError"):
		return fmt.Errorf("%s: %w: %s", doing, ErrQueryMemory, neoErr.Msg)
	case strings.Contains(code, "AccessMode"), strings.Contains(code, ".Security."):
		return fmt.Errorf("%w: %s", ErrNotReadOnly, neoErr.Msg)
	case neoErr != nil && neoErr.Classification() == "ClientError":
		return fmt.Errorf("%w: %s", ErrBadQuery, neoErr.Msg)
	}
	return fmt.Errorf("%s: %w", doing, err)
}

// lastNeo4jError finds the server's error in err, also after the driver
// gave up retrying (its summary of attempts does not unwrap).
func lastNeo4jError(err error) *neo4j.Neo4jError {
	var neoErr *neo4j.Neo4jError
	if errors.As(err, &neoErr) {
		return neoErr
	}
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) && len(limit.Errors) > 0 {
		return lastNeo4jError(limit.Errors[len(limit.Errors)-1])
	}
	return nil
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
