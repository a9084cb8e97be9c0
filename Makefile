# The two commands of the README; the scripts say what each step does.
.PHONY: run test build neo4j-start neo4j-stop neo4j-status

# Neo4j up, schema migrated, samples ingested, API on 127.0.0.1:8080 until Ctrl-C.
run:
	scripts/run

# gofmt, go vet, go test -race ./... with the integration tests against a real Neo4j.
test:
	scripts/test

build:
	go build -o bin/diplograph ./cmd/diplograph

neo4j-start:
	scripts/neo4j start

neo4j-stop:
	scripts/neo4j stop

neo4j-status:
	scripts/neo4j status
