import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { client } from '../lib/api/client';
import type { CityView, WebConfigView } from '../lib/api/models';
import { currentCity } from '../lib/cities';

let config: Promise<WebConfigView> | undefined;
/** The deployment's base map, asked once; OpenStreetMap when the API cannot say. */
const webConfig = () =>
  (config ??= client.GET('/api/v1/web-config').then(
    ({ data }) => data,
    (): WebConfigView => ({ map: { tiles: 'osm' } }),
  ));

/** A point as the register stores it (WGS-84) and how to move it onto the tiles and back. */
export interface Projection {
  toMap(lat: number, lng: number): L.LatLngTuple;
  fromMap(latLng: L.LatLng): { lat: number; lng: number };
}

const identity: Projection = {
  toMap: (lat, lng) => [lat, lng],
  fromMap: ({ lat, lng }) => ({ lat, lng }),
};

/** AMap tiles are drawn in GCJ-02: shift our WGS-84 points onto them, and the viewport back before a query. */
async function gcj02(): Promise<Projection> {
  const { default: gcoord } = await import('gcoord');
  return {
    toMap: (lat, lng) => {
      const [x, y] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02);
      return [y, x];
    },
    fromMap: ({ lat, lng }) => {
      const [x, y] = gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84);
      return { lat: y, lng: x };
    },
  };
}

function tileLayers({ tiles, key }: WebConfigView['map'], english: boolean): L.TileLayer[] {
  if (tiles === 'tianditu') {
    // 天地图 is CGCS2000, which matches WGS-84 to well within a marker's size: no conversion.
    const layer = (name: string) =>
      L.tileLayer(
        `https://t{s}.tianditu.gov.cn/${name}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${name}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${key}`,
        { subdomains: '01234567', maxZoom: 18, attribution: '&copy; 天地图' },
      );
    return [layer('vec'), layer(english ? 'eva' : 'cva')];
  }
  if (tiles === 'amap') {
    return [
      L.tileLayer(
        `https://webrd0{s}.is.autonavi.com/appmaptile?lang=${english ? 'en' : 'zh_cn'}&size=1&scale=1&style=8&x={x}&y={y}&z={z}`,
        { subdomains: '1234', maxZoom: 18, attribution: '&copy; 高德地图' },
      ),
    ];
  }
  if (tiles === 'osm') {
    return [
      L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
        maxZoom: 19,
        attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
      }),
    ];
  }
  return [];
}

/** The whole country: where a map opens while no city has a published venue. */
const CHINA = L.latLngBounds([18, 73.5], [53.5, 135]);

/** The area a city's venues cover, on the map's tiles. */
export function cityBounds({ bounds }: CityView, projection: Projection): L.LatLngBounds {
  return L.latLngBounds(projection.toMap(bounds.minLat, bounds.minLng), projection.toMap(bounds.maxLat, bounds.maxLng));
}

/**
 * A Leaflet map with the configured base map, opening on `center` or else on the chosen city's
 * venues (docs/regions.md): no city is built in. Markers never depend on the tiles: when tiles cannot
 * load (offline machines, blocked hosts) `onTilesFailed` is told once and the map keeps working.
 */
export async function createBaseMap(
  element: HTMLElement,
  options: { english: boolean; zoom: number; onTilesFailed(): void } & L.MapOptions,
): Promise<{ map: L.Map; projection: Projection }> {
  const { map: settings } = await webConfig();
  const projection = settings.tiles === 'amap' ? await gcj02() : identity;
  const map = L.map(element, { zoomControl: true, ...options });
  if (!options.center) {
    const city = await currentCity();
    const area = city ? cityBounds(city, projection) : CHINA;
    map.fitBounds(area, { maxZoom: options.zoom, padding: [24, 24], animate: false });
  }
  let told = false;
  for (const layer of tileLayers(settings, options.english)) {
    layer.on('tileerror', () => {
      if (!told) options.onTilesFailed();
      told = true;
    });
    layer.addTo(map);
  }
  return { map, projection };
}

export function venueIcon(): L.DivIcon {
  return L.divIcon({ className: 'venue-marker', html: '<span></span>', iconSize: [30, 30], iconAnchor: [15, 28] });
}

/** A provider of outreach activities: a square beside the point, so a venue's pin there stays visible. */
export function outreachIcon(): L.DivIcon {
  return L.divIcon({ className: 'outreach-marker', html: '<span></span>', iconSize: [28, 28], iconAnchor: [-10, 30] });
}

/** The area the map shows, as the API's `bbox` (minLng,minLat,maxLng,maxLat in WGS-84, to about 1 m). */
export function visibleBbox(map: L.Map, projection: Projection): string {
  const bounds = map.getBounds();
  const sw = projection.fromMap(bounds.getSouthWest());
  const ne = projection.fromMap(bounds.getNorthEast());
  const round = (n: number) => Math.round(n * 100_000) / 100_000;
  const clamp = (n: number, limit: number) => Math.max(-limit, Math.min(limit, n));
  return [clamp(sw.lng, 180), clamp(sw.lat, 90), clamp(ne.lng, 180), clamp(ne.lat, 90)].map(round).join(',');
}
