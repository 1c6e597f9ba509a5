import L from 'leaflet';
import { ref } from 'vue';
import { useI18n } from '../lib/i18n';
import { useRouter } from 'vue-router';
import { client } from '../lib/api/client';
import type { MenuItemView, MenuProviderLocationView } from '../lib/api/models';
import { routeLink } from '../lib/web-links';
import { outreachIcon, Projection, visibleBbox } from './base-map';

/** The most items one look at the map asks for: the API's largest page. */
const PAGE_SIZE = 100;
/** A pan or zoom asks again once the map has stayed still this long. */
const SETTLE_MS = 400;

type Provider = MenuItemView['provider'] & { location: MenuProviderLocationView };

/**
 * The outreach menu on the map (docs/outreach.md, "Directory"): one marker per provider with a
 * venue in the visible area, its popup listing that provider's activities. Asked again as the map
 * moves, while shown.
 */
export function useOutreachLayer() {
  const { t } = useI18n();
  const router = useRouter();
  /** Providers on the map, once loaded; undefined while hidden. */
  const count = ref<number>();
  /** The area holds more activities than one answer carries. */
  const truncated = ref(false);
  const failed = ref(false);
  const layer = L.layerGroup();
  let map: L.Map | undefined;
  let projection: Projection;
  let shown = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let request = 0;

  function popupFor(provider: Provider, items: MenuItemView[]): HTMLElement {
    const box = document.createElement('div');
    box.className = 'map-popup';
    const name = document.createElement('strong');
    name.textContent = provider.name;
    const venue = document.createElement('div');
    venue.textContent = provider.location.resourceName;
    const list = document.createElement('ul');
    list.className = 'outreach-popup-items';
    for (const item of items) {
      const entry = document.createElement('li');
      entry.append(routeLink(router, `/outreach/menu/${item.id}`, item.title));
      list.append(entry);
    }
    box.append(name, venue, list);
    return box;
  }

  async function load() {
    if (!map || !shown) return;
    const mine = ++request;
    try {
      const { data } = await client.GET('/api/v1/outreach/menu', {
        params: { query: { bbox: visibleBbox(map, projection), pageSize: PAGE_SIZE } },
      });
      if (mine !== request) return;
      const providers = new Map<string, { provider: Provider; items: MenuItemView[] }>();
      for (const item of data.items) {
        const { provider } = item;
        if (!provider.location) continue;
        const entry = providers.get(provider.id) ?? { provider: provider as Provider, items: [] };
        entry.items.push(item);
        providers.set(provider.id, entry);
      }
      layer.clearLayers();
      const icon = outreachIcon();
      for (const { provider, items } of providers.values()) {
        const label = t('map.outreachMarker', { name: provider.name, count: items.length });
        L.marker(projection.toMap(provider.location.latitude, provider.location.longitude), {
          icon,
          title: label,
          alt: label,
          // Above the venues' markers and clusters, which may sit at the same place.
          zIndexOffset: 1000,
        })
          .bindPopup(() => popupFor(provider, items))
          .addTo(layer);
      }
      count.value = providers.size;
      truncated.value = data.total > data.items.length;
      failed.value = false;
    } catch {
      if (mine === request) failed.value = true;
    }
  }

  function settled() {
    clearTimeout(timer);
    if (shown) timer = setTimeout(load, SETTLE_MS);
  }

  /** Starts with the map, once it exists; the layer shows if `show` said so before. */
  function attach(created: { map: L.Map; projection: Projection }) {
    ({ map, projection } = created);
    map.on('moveend', settled);
    show(shown);
  }

  function show(on: boolean) {
    shown = on;
    if (!map) return;
    clearTimeout(timer);
    if (on) {
      layer.addTo(map);
      void load();
      return;
    }
    request++;
    layer.clearLayers();
    layer.remove();
    count.value = undefined;
    truncated.value = false;
    failed.value = false;
  }

  function detach() {
    clearTimeout(timer);
    map = undefined;
  }

  return { count, truncated, failed, attach, show, detach };
}
