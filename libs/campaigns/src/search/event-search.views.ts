import { EventView } from '../events/event.views';

/** Matched words wrapped in <mark>…</mark>; the text is otherwise escaped by the client. */
export class EventSearchHighlight {
  title?: string;
  /** A crop of about 40 words around the matches. */
  description?: string;
}

export class EventSearchHit extends EventView {
  /** Only when the query has text and Meilisearch answered. */
  highlight?: EventSearchHighlight;
}

/** `GET /events/search`: from Meilisearch, or from Postgres while it is unreachable (`degraded`). */
export class EventSearchResult {
  hits!: EventSearchHit[];
  total!: number;
  page!: number;
  pageSize!: number;
  /** Meilisearch was unreachable and Postgres answered: substring matches on Chinese text, no pinyin, typos or highlights. */
  degraded!: boolean;
}
