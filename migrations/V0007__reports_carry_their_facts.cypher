// Every REPORTED_IN keeps its report's own facts now, from which an event
// or statement is derived again when an article is replaced. Reports
// stored before knew only their evidence: they get the facts of the node
// they report, which was derived from one of them.
MATCH (e:Event)-[r:REPORTED_IN]->()
WHERE r.source IS NULL
SET r.source = e.source, r.target = e.target, r.cameo = e.cameo, r.root = e.root,
    r.quad_class = e.quad_class, r.goldstein = e.goldstein, r.date = e.date,
    r.date_precision = e.date_precision, r.date_source = e.date_source, r.context = e.context;
MATCH (s:Statement)-[r:REPORTED_IN]->()
WHERE r.date IS NULL AND r.date_source IS NULL AND s.date IS NOT NULL
SET r.date = s.date, r.date_precision = s.date_precision, r.date_source = s.date_source;
