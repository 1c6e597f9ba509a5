import { onMounted, ref, watch } from 'vue';
import { client, ApiError } from '../lib/api/client';
import type { GroupVisitStatus, GroupVisitView } from '../lib/api/models';

/**
 * The caller's group visits (a school's, or a venue's), filtered by a named set of statuses that
 * the page's tabs choose; loads on mount and again whenever the filter changes.
 */
export function useGroupVisitList<Filter extends string>(
  filters: Record<Filter, GroupVisitStatus[]>,
  first: NoInfer<Filter>,
) {
  const filter = ref<Filter>(first);
  const visits = ref<GroupVisitView[]>([]);
  const total = ref(0);
  const loading = ref(true);
  const error = ref<ApiError>();

  async function load() {
    loading.value = true;
    error.value = undefined;
    const statuses = filters[filter.value as Filter];
    const query = { pageSize: 100, ...(statuses.length ? { status: statuses } : {}) };
    try {
      const { data: page } = await client.GET('/api/v1/group-visits', { params: { query } });
      visits.value = page.items;
      total.value = page.total;
    } catch (e) {
      error.value = e as ApiError;
    } finally {
      loading.value = false;
    }
  }

  onMounted(load);
  watch(filter, load);
  return { filter, visits, total, loading, error };
}
