import { onMounted, ref, watch } from 'vue';
import { api, ApiError, type Page } from '../lib/api';
import type { GroupVisit, GroupVisitStatus } from '../lib/group-visits';

/**
 * The caller's group visits (a school's, or a venue's), filtered by a named set of statuses that
 * the page's tabs choose; loads on mount and again whenever the filter changes.
 */
export function useGroupVisitList<Filter extends string>(
  filters: Record<Filter, GroupVisitStatus[]>,
  first: NoInfer<Filter>,
) {
  const filter = ref<Filter>(first);
  const visits = ref<GroupVisit[]>([]);
  const total = ref(0);
  const loading = ref(true);
  const error = ref<ApiError>();

  async function load() {
    loading.value = true;
    error.value = undefined;
    const statuses = filters[filter.value as Filter];
    const query = statuses.length ? `&status=${statuses.join(',')}` : '';
    try {
      const page = await api<Page<GroupVisit>>(`/group-visits?pageSize=100${query}`);
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
