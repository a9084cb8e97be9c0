package graph

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestTransientErrorsAreRetriedAfterTheDriverGivesUp(t *testing.T) {
	deadlock := &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected", Msg: "can't acquire UpdateLock"}
	violation := &neo4j.Neo4jError{Code: "Neo.ClientError.Schema.ConstraintValidationFailed", Msg: "already exists"}
	gaveUp := &neo4j.TransactionExecutionLimit{Cause: "timeout", Errors: []error{deadlock, fmt.Errorf("merging events: %w", deadlock)}}
	for _, c := range []struct {
		err  error
		want bool
	}{
		{fmt.Errorf("running a transaction: %w", gaveUp), true},
		{fmt.Errorf("merging events: %w", deadlock), true},
		{fmt.Errorf("creating articles: %w", violation), false},
		{errors.New("something else"), false},
	} {
		if got := transient(c.err); got != c.want {
			t.Errorf("transient(%v) = %v, want %v", c.err, got, c.want)
		}
	}

	w := &Writer{opts: WriteOptions{RetryTime: 5 * time.Second}}
	calls := 0
	err := w.retrying(context.Background(), func() error {
		if calls++; calls < 3 {
			return fmt.Errorf("running a transaction: %w", gaveUp)
		}
		return nil
	})
	if err != nil || calls != 3 {
		t.Errorf("a deadlock should be retried until it clears: %d calls, %v", calls, err)
	}
	calls = 0
	err = w.retrying(context.Background(), func() error { calls++; return violation })
	if !errors.Is(err, violation) || calls != 1 {
		t.Errorf("a constraint violation should not be retried: %d calls, %v", calls, err)
	}
}
