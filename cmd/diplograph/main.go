// Command diplograph reads diplomatic news, writes what it finds into Neo4j
// and serves it over HTTP. Each subcommand only wires the packages together.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `usage: diplograph COMMAND [flags] [args]

commands:
  extract [FILE|DIR|-]...   extract articles to JSON Lines on stdout
  ingest  [FILE|DIR|-]...   extract articles and write them into Neo4j
  migrate [status]          apply pending schema migrations, or list them
  aggregate --rebuild|--check   count the aggregates afresh, or compare them with a fresh count
  serve                     serve the HTTP API
  synth                     write a synthetic corpus as JSON Lines
  ner train|eval            train or measure the Indonesian NER model

Run 'diplograph COMMAND -h' for a command's flags. Flags override the
environment variables listed in the README.`

// stdio is what a subcommand reads and writes, so tests can run it in-process.
type stdio struct {
	in       io.Reader
	out, err io.Writer
	getenv   func(string) string
}

// errUsage marks an error in how the command was called (exit status 2).
var errUsage = errors.New("usage error")

// errHelp ends a command that printed its usage because -h asked for it:
// no error (exit status 0).
var errHelp = errors.New("help requested")

// parseFlags parses a subcommand's flags: -h prints its usage and stops the
// command with errHelp, a wrong flag is a usage error.
func parseFlags(fs *flag.FlagSet, args []string) error {
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return errHelp
	case err != nil:
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return nil
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], stdio{in: os.Stdin, out: os.Stdout, err: os.Stderr, getenv: os.Getenv})
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "diplograph:", err)
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, io stdio) error {
	if err := dispatch(ctx, args, io); !errors.Is(err, errHelp) {
		return err
	}
	return nil
}

// dispatch runs the subcommand args name.
func dispatch(ctx context.Context, args []string, io stdio) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: no command given\n%s", errUsage, usage)
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "extract":
		return runExtract(ctx, rest, io)
	case "ingest":
		return runIngest(ctx, rest, io)
	case "migrate":
		return runMigrate(ctx, rest, io)
	case "aggregate":
		return runAggregate(ctx, rest, io)
	case "serve":
		return runServe(ctx, rest, io)
	case "synth":
		return runSynth(ctx, rest, io)
	case "ner":
		return runNER(ctx, rest, io)
	case "help", "-h", "-help", "--help":
		fmt.Fprintln(io.out, usage)
		return nil
	}
	return fmt.Errorf("%w: unknown command %q\n%s", errUsage, cmd, usage)
}
