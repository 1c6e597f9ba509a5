import { computed, ref } from 'vue';
import { ApiError } from '../../../lib/api/client';

const PAGE_SIZE = 20;

/**
 * One of the API's paged lists as an administrator's page shows it: the current page, its answer,
 * loading and error state; `restart` goes back to page 1 (new filters), `goTo` turns the page.
 * `filters` gives the query's other parameters at the time of each load; blank ones are left out.
 * `loadPage` asks the API for one page with them.
 */
export function usePagedList<Filters extends object, Answer extends { total: number }>(
  loadPage: (query: Filters & { page: number; pageSize: number }) => Promise<{ data: Answer }>,
  filters: () => Filters,
) {
  const page = ref(1);
  const result = ref<Answer>();
  const loading = ref(false);
  const error = ref<ApiError>();
  const pages = computed(() => Math.max(1, Math.ceil((result.value?.total ?? 0) / PAGE_SIZE)));

  /** The latest load: an earlier one answering late (the first page, before a search) is dropped. */
  let latest = 0;

  async function load() {
    const ticket = ++latest;
    loading.value = true;
    error.value = undefined;
    const query: Record<string, unknown> = { page: page.value, pageSize: PAGE_SIZE };
    for (const [name, value] of Object.entries(filters())) {
      const given = typeof value === 'string' ? value.trim() : value;
      if (given !== '' && given !== undefined) query[name] = given;
    }
    try {
      const answer = (await loadPage(query as Filters & { page: number; pageSize: number })).data;
      if (ticket === latest) result.value = answer;
    } catch (e) {
      if (ticket === latest) error.value = e as ApiError;
    } finally {
      if (ticket === latest) loading.value = false;
    }
  }

  function goTo(next: number) {
    page.value = next;
    void load();
  }

  const restart = () => goTo(1);

  return { page, result, loading, error, pages, load, goTo, restart };
}
