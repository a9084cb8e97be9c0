// Timelines filter and sort by these dates, and histograms and filters group
// events by CAMEO root and quad class.
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
CREATE INDEX statement_date IF NOT EXISTS FOR (s:Statement) ON (s.date);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);
CREATE INDEX event_root IF NOT EXISTS FOR (e:Event) ON (e.root);
CREATE INDEX event_quad_class IF NOT EXISTS FOR (e:Event) ON (e.quad_class);
