export { startServices } from './services';
export type { RunningServices } from './services';
export { startEmbeddedMeilisearch, resolveMeilisearchBinary, MEILISEARCH_SHA256 } from './meilisearch';
export type { EmbeddedMeilisearchHandle } from './meilisearch';
