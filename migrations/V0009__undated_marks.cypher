// Marks the undated events and statements stored before the writer did
// (see V0008).
MATCH (e:Event)
WHERE e.date IS NULL AND e.undated IS NULL
SET e.undated = true;
MATCH (s:Statement)
WHERE s.date IS NULL AND s.undated IS NULL
SET s.undated = true;
