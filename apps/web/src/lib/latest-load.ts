import { ref } from 'vue';
import type { ApiError } from './api/client';

/**
 * Loads what a page shows and keeps only the answer to the latest request: when the reader changes
 * a filter while an answer is on its way, the older answer (or refusal) is dropped.
 */
export function useLatestLoad<Answer>(fetch: () => Promise<Answer>, apply: (answer: Answer) => void) {
  const loading = ref(false);
  const error = ref<ApiError>();
  let request = 0;

  async function load() {
    const mine = ++request;
    loading.value = true;
    error.value = undefined;
    try {
      const answer = await fetch();
      if (mine === request) apply(answer);
    } catch (e) {
      if (mine === request) error.value = e as ApiError;
    } finally {
      if (mine === request) loading.value = false;
    }
  }

  return { loading, error, load };
}
