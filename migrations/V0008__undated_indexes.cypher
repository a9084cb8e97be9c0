// Timelines count the undated items their filters select instead of
// dropping them silently. An undated event or statement carries
// undated: true (V0009, and the writer), so these indexes hold only the
// undated ones: the graph's, an actor's either side, a speaker's.
CREATE INDEX event_undated IF NOT EXISTS FOR (e:Event) ON (e.undated);
CREATE INDEX event_undated_source IF NOT EXISTS FOR (e:Event) ON (e.source, e.undated);
CREATE INDEX event_undated_target IF NOT EXISTS FOR (e:Event) ON (e.target, e.undated);
CREATE INDEX statement_undated IF NOT EXISTS FOR (s:Statement) ON (s.undated);
CREATE INDEX statement_undated_speaker IF NOT EXISTS FOR (s:Statement) ON (s.speaker, s.undated);
