// The shapes of the API's answers the explorer reads (api/openapi.json).

export type ActorType = "person" | "organization" | "country" | "media" | "";

export interface ActorRef {
  id: string;
  name: string;
  type: ActorType;
}

export interface Actor extends ActorRef {
  country?: string;
  aliases: string[];
}

export interface Role {
  title: string;
  of: ActorRef;
  from?: string;
  to?: string;
}

export interface ActorDetail extends Actor {
  roles: Role[];
  statements: number;
  events: number;
  articles: number;
  first_seen?: string;
  last_seen?: string;
}

export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  next_offset: number | null;
  /** on timelines, their histograms and events: the undated items the filters select */
  undated?: number;
}

/** day, month or year: how much of a date is known */
export type DatePrecision = "day" | "month" | "year";

export type Quads = [number, number, number, number];

export interface Bucket {
  start: string;
  events: number;
  statements: number;
  quad_class: Quads;
  goldstein: number;
}

export interface Relation {
  counterpart: ActorRef;
  events: number;
  outgoing: number;
  incoming: number;
  quad_class: Quads;
  goldstein: number;
  first?: string;
  last?: string;
}

export interface NetNode extends ActorRef {
  country?: string;
  depth: number;
}

export interface NetEdge {
  source: string;
  target: string;
  weight: number;
  quad_class: Quads;
  goldstein: number;
  first?: string;
  last?: string;
}

export interface Network {
  nodes: NetNode[];
  edges: NetEdge[];
  truncated: boolean;
}

export interface CytoscapeGraph {
  nodes: { data: { id: string; label: string; type: ActorType; country?: string } }[];
  edges: { data: NetEdge & { id: string } }[];
  truncated: boolean;
  next_offset: number | null;
}

export interface Statement {
  id: string;
  date?: string;
  date_precision?: DatePrecision;
  date_source?: string;
  text: string;
  kind: string;
  /** null for a quote whose speaker could not be told */
  speaker: ActorRef | null;
  about: ActorRef[];
  articles: number;
  outlets: string[];
}

export interface TimelineItem {
  kind: "event" | "statement";
  date: string;
  date_precision?: DatePrecision;
  date_source?: string;
  statement?: Statement;
}

export interface EventActor extends ActorRef {
  country?: string;
}

export interface EventReport {
  article: string;
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  /** this report's own sides, code and date */
  source?: string;
  target?: string;
  cameo?: string;
  date?: string;
  date_precision?: DatePrecision;
  date_source?: string;
  evidence?: string;
  confidence?: number;
}

export interface EventRow {
  id: string;
  date: string;
  date_precision?: DatePrecision;
  date_source?: string;
  cameo: string;
  cameo_name?: string;
  root: string;
  quad_class: number;
  goldstein: number;
  context?: string;
  source: EventActor;
  target: EventActor;
  articles: number;
  outlets: number;
  first_url?: string;
  evidence?: string;
  reports: EventReport[];
}

export interface ArticleEvent {
  id: string;
  date?: string;
  cameo: string;
  cameo_name?: string;
  quad_class: number;
  goldstein: number;
  context?: string;
  source: ActorRef;
  target: ActorRef;
  evidence?: string;
}

export interface Article {
  id: string;
  title: string;
  outlet?: string;
  url?: string;
  published?: string;
  body?: string;
  actors: { actor: ActorRef; count: number }[];
  statements: Statement[];
  events: ArticleEvent[];
}

export interface PathNode {
  id: string;
  kind: "actor" | "event" | "statement";
  label: string;
}

export interface Path {
  nodes: PathNode[];
  steps: { type: string; source: string; target: string }[];
}
