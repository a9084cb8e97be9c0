// Histograms count quad classes from the aggregates now, and timelines
// filter by CAMEO root or quad class while reading an actor's or the
// graph's events in date order: nothing seeks these any more, and every
// event written paid for both.
DROP INDEX event_root IF EXISTS;
DROP INDEX event_quad_class IF EXISTS;
