import { MeiliClient, OutboxRelay, ResourceIndex } from '@kepu/search';
import { DataSource } from 'typeorm';
import { eventually } from './eventually';
import { startTestApp, TestApp } from './test-app';

/** A public resource as the search index and its Postgres fallback copy must show it. */
interface Listed {
  id: string;
  revision: number;
  name: string;
}

/** Same fields in the same order, sorted by id: comparable as JSON. */
const listed = (rows: Listed[]): Listed[] =>
  rows.map(({ id, revision, name }) => ({ id, revision, name })).sort((a, b) => (a.id < b.id ? -1 : 1));

/**
 * The published register, the Meilisearch index and the fallback copy side by side, each sorted by
 * id: in sync when all three are equal (nothing missing, nothing extra, nothing at an older revision).
 */
export async function searchCopies(t: TestApp): Promise<{ register: Listed[]; index: Listed[]; fallback: Listed[] }> {
  const db = t.app.get(DataSource);
  const register: Listed[] = await db.query(
    `SELECT r.id, rev.number AS revision, rev.content->>'name' AS name
       FROM resources r JOIN resource_revisions rev ON rev.id = r.published_revision_id
      WHERE r.status = 'published'`,
  );
  const fallback: Listed[] = await db.query(`SELECT resource_id AS id, revision, name FROM search_fallback`);
  const { results } = await t.app
    .get(MeiliClient)
    .request<{ results: Listed[] }>(
      'GET',
      `/indexes/${t.app.get(ResourceIndex).name}/documents?limit=100000&fields=id,revision,name`,
    );
  return { register: listed(register), index: listed(results), fallback: listed(fallback) };
}

/** Whether the index and the fallback copy hold exactly the published register; false while Meilisearch is unreachable. */
export async function searchInSync(t: TestApp): Promise<boolean> {
  const copies = await searchCopies(t).catch(() => undefined);
  if (!copies) return false;
  const same = (list: Listed[]) => JSON.stringify(list) === JSON.stringify(copies.register);
  return same(copies.index) && same(copies.fallback);
}

/**
 * Runs `work` while this app cannot reach Meilisearch, then lets it reach it again and waits for
 * the circuit breaker to close (docs/search.md): from then on searches are Meilisearch's again.
 */
export async function withMeiliUnreachable<T>(t: TestApp, work: () => Promise<T>): Promise<T> {
  const live = t.config.search.url;
  t.config.search.url = 'http://127.0.0.1:9'; // nothing listens there
  try {
    return await work();
  } finally {
    t.config.search.url = live;
    await searchServedAgain(t);
  }
}

/** Waits until the app's circuit breaker around Meilisearch has closed. */
export const searchServedAgain = (t: TestApp) =>
  eventually(() => !t.app.get(MeiliClient).breaker.isOpen, { seconds: 10, what: 'the search breaker closing' });

/**
 * An app whose index holds the demo register, with no result cache: for tests that measure what
 * Meilisearch or the Postgres fallback answer, not what a process remembers.
 */
export async function startUncachedSearchApp(): Promise<TestApp> {
  const t = await startTestApp((config) => ({ ...config, search: { ...config.search, cacheMb: 0 } }));
  await t.app.get(ResourceIndex).reindex();
  await t.app.get(OutboxRelay).drain();
  return t;
}
