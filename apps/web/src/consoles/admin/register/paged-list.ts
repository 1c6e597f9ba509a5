import { computed, ref } from 'vue';
import { api, ApiError, type Page } from '../../../lib/api';

const PAGE_SIZE = 20;

/**
 * One of the API's paged lists as an administrator's page shows it: the current page, its answer,
 * loading and error state; `restart` goes back to page 1 (new filters), `goTo` turns the page.
 * `filters` gives the query's other parameters at the time of each load; blank ones are left out.
 */
export function usePagedList<T>(path: string, filters: () => Record<string, string | undefined>) {
  const page = ref(1);
  const result = ref<Page<T>>();
  const loading = ref(false);
  const error = ref<ApiError>();
  const pages = computed(() => Math.max(1, Math.ceil((result.value?.total ?? 0) / PAGE_SIZE)));

  async function load() {
    loading.value = true;
    error.value = undefined;
    const query = new URLSearchParams({ page: String(page.value), pageSize: String(PAGE_SIZE) });
    for (const [name, value] of Object.entries(filters())) if (value?.trim()) query.set(name, value.trim());
    try {
      result.value = await api<Page<T>>(`${path}?${query}`);
    } catch (e) {
      error.value = e as ApiError;
    } finally {
      loading.value = false;
    }
  }

  function goTo(next: number) {
    page.value = next;
    void load();
  }

  const restart = () => goTo(1);

  return { page, result, loading, error, pages, load, goTo, restart };
}
