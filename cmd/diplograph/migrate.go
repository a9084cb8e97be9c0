package main

import (
	"context"
	"errors"
)

// runMigrate is a placeholder that the owner of this subcommand replaces.
func runMigrate(ctx context.Context, args []string, io stdio) error {
	return errors.New("migrate: not implemented yet")
}
