import type { KepuConfig } from '@kepu/core';

/** The base map the web app draws. */
export class MapConfigView {
  /** Tile provider; `amap` tiles are GCJ-02, so the app shifts points onto them. */
  tiles!: KepuConfig['map']['tiles'];
  /** For 天地图: its browser key (public by design). */
  key?: string;
}

/** `GET /web-config`: what the web app needs to know about this deployment at run time. */
export class WebConfigView {
  map!: MapConfigView;
}
