# The two commands of the README; the scripts say what each step does.
.PHONY: run test build web bench-explorer neo4j-start neo4j-stop neo4j-status bench-extract bench-ingest load-api

# Neo4j up, schema migrated, samples ingested, API on 127.0.0.1:8080 until Ctrl-C.
run:
	scripts/run

# gofmt, go vet, go test -race ./... with the integration tests against a real Neo4j.
test:
	scripts/test

# The binary, with the explorer built (web/) and embedded.
build: web
	go build -o bin/diplograph ./cmd/diplograph

# The explorer alone: npm ci from web/package-lock.json, tsc, esbuild into web/dist/.
web:
	scripts/build-web

neo4j-start:
	scripts/neo4j start

neo4j-stop:
	scripts/neo4j stop

neo4j-status:
	scripts/neo4j status

# Extraction speed on one core and memory over a 100,000-article stream (docs/extract-speed.md).
bench-extract:
	scripts/bench-extract

# 100,000 synthetic articles into a Neo4j of the bench's own, and the naive writer for comparison (docs/ingest-speed.md).
bench-ingest:
	scripts/bench-ingest

# p50/p99 of the API calls the explorer makes, cache off (docs/explorer-speed.md; needs a loaded graph).
bench-explorer:
	scripts/bench-explorer

# p50/p99 and requests/s of the API with 50 clients (docs/api-speed.md; needs a loaded graph, see there).
load-api:
	scripts/load-api
