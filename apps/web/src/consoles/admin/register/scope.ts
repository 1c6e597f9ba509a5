import { computed, reactive } from 'vue';
import { client } from '../../../lib/api/client';
import type { RegionView } from '../../../lib/api/models';
import { locale } from '../../../lib/preferences';
import { session } from '../../../lib/session';

/** The region tree, loaded once, to work out which districts an administrator keeps. */
const store = reactive({ regions: [] as RegionView[] });
let loading: Promise<void> | undefined;

export function loadRegions(): Promise<void> {
  loading ??= client.GET('/api/v1/regions').then(
    ({ data: regions }) => {
      store.regions = regions;
    },
    () => {
      loading = undefined;
    },
  );
  return loading;
}

const ADMIN_ROLES = ['district_admin', 'city_admin'];

/** The regions this account administers; undefined for a system administrator (everywhere). */
export const administered = computed<string[] | undefined>(() => {
  const grants = session.me?.grants ?? [];
  if (grants.some((g) => g.role === 'system_admin')) return undefined;
  return [...new Set(grants.filter((g) => ADMIN_ROLES.includes(g.role) && g.regionCode).map((g) => g.regionCode!))];
});

export const isCityAdmin = computed(() =>
  (session.me?.grants ?? []).some((g) => g.role === 'city_admin' || g.role === 'system_admin'),
);
export const isSystemAdmin = computed(() => (session.me?.grants ?? []).some((g) => g.role === 'system_admin'));

function within(code: string, roots: string[]): boolean {
  for (let region = store.regions.find((r) => r.code === code); region;) {
    if (roots.includes(region.code)) return true;
    region = store.regions.find((r) => r.code === region!.parentCode);
  }
  return false;
}

/** Every region the administrator keeps (their own and everything below), for filters and grants. */
export const regionsInScope = computed<RegionView[]>(() => {
  const roots = administered.value;
  return store.regions.filter((r) => !roots || within(r.code, roots));
});

/** Districts and functional areas the administrator keeps: the choices of a district filter. */
export const districtsInScope = computed(() =>
  regionsInScope.value.filter((r) => r.level === 'district' || r.level === 'functional_area'),
);

/** The region a list starts at: the administrator's own, when there is exactly one. */
export const homeRegion = computed(() => (administered.value?.length === 1 ? administered.value[0] : ''));

export const regionLabel = (code: string | null | undefined): string => {
  if (!code) return '';
  const region = store.regions.find((r) => r.code === code);
  if (!region) return code;
  return locale.value === 'en' ? (region.nameEn ?? region.name) : region.name;
};
