import { computed, ref, shallowRef, watch } from 'vue';
import { type LocationQueryRaw, useRoute, useRouter } from 'vue-router';
import type { ApiError } from '../../lib/api/client';
import { codes, regionName, term, type VocabularyName } from '../../lib/vocabularies';
import { sortedDistricts } from '../../consoles/outreach-shared/districts';

/** One option of a list filter. */
export interface Choice {
  value: string;
  label: string;
}

/** The city's districts by name, and a code list's terms, as filter options. */
export const districtChoices = computed<Choice[]>(() =>
  sortedDistricts.value.map((code) => ({ value: code, label: regionName(code) })),
);
export const termChoices = (vocabulary: VocabularyName): Choice[] =>
  codes(vocabulary).map((code) => ({ value: code, label: term(vocabulary, code) }));

/**
 * A public list whose search, filters and page live in the URL, so that a search can be shared: it
 * loads again whenever the URL changes. `fetchPage` asks the API for one page, reading the filters
 * with `param`; it says `degraded` when search answered without its search engine.
 */
export function useUrlList<Item>(
  pageSize: number,
  fetchPage: (
    param: (name: string) => string,
    paging: { page: number; pageSize: number },
  ) => Promise<{ data: { items: Item[]; total: number; degraded?: boolean } }>,
) {
  const route = useRoute();
  const router = useRouter();
  const items = shallowRef<Item[]>([]);
  const total = ref(0);
  const loading = ref(true);
  const error = ref<ApiError>();
  /** The last answer came from the search fallback (plain Chinese text matches). */
  const degraded = ref(false);
  /** The search as typed, sent with `search`. */
  const typed = ref('');

  const param = (name: string) => (typeof route.query[name] === 'string' ? (route.query[name] as string) : '');
  const page = computed(() => Number(param('page')) || 1);
  const pages = computed(() => Math.max(1, Math.ceil(total.value / pageSize)));

  /** Changes the URL (the list follows it); any change but paging goes back to page 1. */
  function update(changes: Record<string, string | undefined>) {
    const query: LocationQueryRaw = { ...route.query, ...changes };
    if (!('page' in changes)) delete query.page;
    for (const key of Object.keys(query)) if (!query[key]) delete query[key];
    void router.push({ query });
  }

  /** Counts loads, so that only the answer to the latest URL is shown. */
  let latest = 0;
  async function load() {
    const mine = ++latest;
    loading.value = true;
    error.value = undefined;
    typed.value = param('q');
    try {
      const { data } = await fetchPage(param, { page: page.value, pageSize });
      if (mine !== latest) return;
      items.value = data.items;
      total.value = data.total;
      degraded.value = data.degraded ?? false;
    } catch (e) {
      if (mine === latest) error.value = e as ApiError;
    } finally {
      if (mine === latest) loading.value = false;
    }
  }
  watch(() => route.query, load, { immediate: true });

  return {
    items,
    total,
    loading,
    error,
    degraded,
    typed,
    param,
    page,
    pages,
    update,
    search: () => update({ q: typed.value.trim() || undefined }),
    goTo: (to: number) => update({ page: String(to) }),
    /** A filter's name, value and change, for a FilterSelect. */
    filter: (name: string) => ({ name, value: param(name), onChoose: (value: string) => update({ [name]: value }) }),
  };
}
