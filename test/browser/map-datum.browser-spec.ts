import gcoord from 'gcoord';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { DataSource } from 'typeorm';
import { KepuConfig } from '@kepu/core';
import { launchBrowser } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/** A Node view of the page's elements, for functions Playwright runs in the browser. */
interface PageElement {
  getBoundingClientRect(): { left: number; top: number };
}
interface PageGlobals {
  getComputedStyle(element: unknown): { marginLeft: string; marginTop: string };
}

/** An empty 256 px tile: every tile request is answered with it, so nothing leaves this machine. */
const BLANK_TILE = PNG.sync.write(new PNG({ width: 256, height: 256 }));

/** Where a WGS-84 or GCJ-02 point lies in Web Mercator world pixels at zoom `z` (as Leaflet's EPSG:3857). */
function worldPixel({ lat, lng }: { lat: number; lng: number }, z: number): { x: number; y: number } {
  const scale = 256 * 2 ** z;
  const sin = Math.sin((lat * Math.PI) / 180);
  return {
    x: ((lng + 180) / 360) * scale,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale,
  };
}

/** A tile's column, row and zoom, from an AMap (`x=…&y=…&z=…`) or OpenStreetMap (`/z/x/y.png`) address. */
function tileOf(src: string): { x: number; y: number; z: number } {
  const url = new URL(src);
  if (url.searchParams.has('x')) {
    const [x, y, z] = ['x', 'y', 'z'].map((name) => Number(url.searchParams.get(name)));
    return { x, y, z };
  }
  const [z, x, y] = url.pathname
    .match(/(\d+)\/(\d+)\/(\d+)\.png$/)!
    .slice(1)
    .map(Number);
  return { x, y, z };
}

/**
 * AMap tiles are drawn in GCJ-02, the register keeps WGS-84 (docs/regions.md): on AMap tiles a
 * marker must sit where gcoord moves its point, on the default tiles at the point itself. The
 * screen position a point should have is worked out from a drawn tile (its column, row and zoom,
 * and where it sits), so the check does not lean on the app's own conversion.
 */
describe('map datum: markers on GCJ-02 and WGS-84 tiles', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  /** The venue page's small map, with tiles answered locally; the marker's tip and a tile's position on screen. */
  async function drawVenueMap(tiles: KepuConfig['map']['tiles']) {
    const t: TestApp = await startTestApp((config) => ({ ...config, map: { tiles } }));
    let context: BrowserContext | undefined;
    try {
      await t.app.listen(0, '127.0.0.1');
      const base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
      const [{ id }] = await t.app.get(DataSource).query(`SELECT id FROM resources WHERE name = '深圳科学技术馆'`);
      const venue = (await t.http().get(`/api/v1/resources/${id}`).expect(200)).body;
      context = await browser.newContext({ baseURL: base, locale: 'zh-CN', viewport: { width: 1024, height: 900 } });
      const tileRequests: string[] = [];
      const outside: string[] = [];
      await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
        const url = route.request().url();
        if (/appmaptile|tile\.openstreetmap\.org/.test(url)) {
          tileRequests.push(url);
          return route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_TILE });
        }
        outside.push(url);
        return route.abort();
      });
      const page: Page = await context.newPage();
      await page.goto(`/venues/${venue.id}`);
      await page.locator('.venue-map-slot').scrollIntoViewIfNeeded();
      const marker = page.locator('.venue-map .leaflet-marker-icon');
      await marker.waitFor();
      const tile = page.locator('.venue-map img.leaflet-tile-loaded').first();
      await tile.waitFor();
      const tip = await marker.evaluate((element) => {
        const box = (element as unknown as PageElement).getBoundingClientRect();
        const style = (globalThis as unknown as PageGlobals).getComputedStyle(element);
        // Leaflet places the icon's anchor on the point by negative margins.
        return { x: box.left - parseFloat(style.marginLeft), y: box.top - parseFloat(style.marginTop) };
      });
      const tileCorner = await (tile as Locator).evaluate((element) => {
        const box = (element as unknown as PageElement).getBoundingClientRect();
        return { x: box.left, y: box.top, src: (element as unknown as { src: string }).src };
      });
      const failed = await page.getByText('底图暂时无法加载').count();
      return {
        location: venue.location as { lat: number; lng: number },
        tip,
        tileCorner,
        tileRequests,
        outside,
        failed,
      };
    } finally {
      await context?.close();
      await t.close();
    }
  }

  /** Where `point` lies on screen, from the tile's column, row, zoom and position. */
  function onScreen(point: { lat: number; lng: number }, tileCorner: { x: number; y: number; src: string }) {
    const tile = tileOf(tileCorner.src);
    const world = worldPixel(point, tile.z);
    return { x: tileCorner.x + world.x - tile.x * 256, y: tileCorner.y + world.y - tile.y * 256 };
  }
  const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

  it('draws the marker at gcoord’s GCJ-02 point on AMap tiles', async () => {
    const drawn = await drawVenueMap('amap');
    expect(drawn.tileRequests.length).toBeGreaterThan(0);
    expect(drawn.tileRequests.every((url) => url.includes('autonavi.com/appmaptile'))).toBe(true);
    expect(drawn.outside).toEqual([]);
    expect(drawn.failed).toBe(0);
    const { lat, lng } = drawn.location;
    const [gcjLng, gcjLat] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02);
    expect(distance(drawn.tip, onScreen({ lat: gcjLat, lng: gcjLng }, drawn.tileCorner))).toBeLessThanOrEqual(2);
    // The shift is real at this zoom: the untransformed point would be far off.
    expect(distance(drawn.tip, onScreen(drawn.location, drawn.tileCorner))).toBeGreaterThan(20);
  });

  it('draws the marker at the WGS-84 point itself on the default tiles', async () => {
    const drawn = await drawVenueMap('osm');
    expect(drawn.tileRequests.length).toBeGreaterThan(0);
    expect(drawn.tileRequests.every((url) => url.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    expect(drawn.outside).toEqual([]);
    expect(drawn.failed).toBe(0);
    expect(distance(drawn.tip, onScreen(drawn.location, drawn.tileCorner))).toBeLessThanOrEqual(2);
  });
});
