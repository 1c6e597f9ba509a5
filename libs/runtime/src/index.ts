export { CONFIG_SLICES, loadAppConfig } from './app-config';
export type { AppConfig } from './app-config';
export { startServices } from './services';
export type { RunningServices } from './services';
export { startEmbeddedMeilisearch, resolveMeilisearchBinary, verifyChecksum, MEILISEARCH_SHA256 } from './meilisearch';
export { freePort } from './processes';
export type { EmbeddedMeilisearchHandle } from './meilisearch';
