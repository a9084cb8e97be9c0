package main

import (
	"context"
	"errors"
)

// runSynth is a placeholder that the owner of this subcommand replaces.
func runSynth(ctx context.Context, args []string, io stdio) error {
	return errors.New("synth: not implemented yet")
}
