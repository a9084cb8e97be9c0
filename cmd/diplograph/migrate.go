package main

import (
	"context"
	"flag"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/migrations"
)

// runMigrate applies the pending schema migrations, or with "status" lists
// every migration and whether the graph has it.
func runMigrate(ctx context.Context, args []string, io stdio) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	fs.SetOutput(io.err)
	fs.Usage = func() {
		fmt.Fprintln(io.err, "usage: diplograph migrate [flags] [status]\n\nApplies the pending schema migrations (migrations/*.cypher), or lists them.")
		fs.PrintDefaults()
	}
	config := neo4jFlags(fs, io.getenv)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	status := false
	switch {
	case fs.NArg() == 1 && fs.Arg(0) == "status":
		status = true
	case fs.NArg() > 0:
		return fmt.Errorf("%w: migrate takes no argument but status, got %q", errUsage, fs.Args())
	}
	db, err := openGraph(ctx, config)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(ctx))
	if status {
		return printMigrationStatus(ctx, db, io)
	}
	applied, err := db.Migrate(ctx, migrations.Files)
	for _, m := range applied {
		fmt.Fprintf(io.out, "applied %s\n", m.File)
	}
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if len(applied) == 0 {
		fmt.Fprintln(io.out, "schema is up to date")
	}
	return nil
}

func printMigrationStatus(ctx context.Context, db *graph.DB, io stdio) error {
	states, err := db.MigrationStatus(ctx, migrations.Files)
	if err != nil {
		return fmt.Errorf("migrate status: %w", err)
	}
	w := tabwriter.NewWriter(io.out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "VERSION\tMIGRATION\tSTATE\tAPPLIED AT")
	for _, st := range states {
		name, state, at := st.File, "pending", ""
		if st.Applied {
			state, at = "applied", st.AppliedAt.UTC().Format(time.RFC3339)
		}
		if name == "" {
			name, state = fmt.Sprintf("V%04d__%s.cypher", st.Version, st.Name), "applied, unknown to this binary"
		}
		fmt.Fprintf(w, "%04d\t%s\t%s\t%s\n", st.Version, name, state, at)
	}
	return w.Flush()
}
