import { ConfigOf, KepuConfig, loadConfig } from '@kepu/core';
import { bookingConfig } from '@kepu/booking';
import { identityConfig } from '@kepu/identity';
import { notifyConfig } from '@kepu/notify';
import { outreachConfig } from '@kepu/outreach';
import { mediaConfig, openDataConfig, registerConfig } from '@kepu/register';
import { searchConfig } from '@kepu/search';

/**
 * The libs' configuration slices the apps compose with core's (docs/configuration.md). Their
 * checks between variables run in this order, so of two missing variables the first is named.
 */
export const CONFIG_SLICES = [
  searchConfig,
  identityConfig,
  mediaConfig,
  notifyConfig,
  registerConfig,
  openDataConfig,
  bookingConfig,
  outreachConfig,
] as const;

/** The whole configuration of an API or worker process: core's settings and every lib's slice. */
export type AppConfig = KepuConfig & ConfigOf<typeof CONFIG_SLICES>;

/** Reads and validates every variable once, at start; a bad one throws ConfigError with one line naming it. */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return loadConfig(env, CONFIG_SLICES);
}
