import { ref } from 'vue';
import { client, type ApiError } from '../../lib/api/client';
import type { OrderView } from '../../lib/api/models';

/** One order as the API shows it to the caller. */
export async function getOrder(id: string): Promise<OrderView> {
  return (await client.GET('/api/v1/outreach/orders/{id}', { params: { path: { id } } })).data;
}

/**
 * The changes an order page sends, one at a time: the buttons wait while one is under way, and
 * `outcome` says what the last one came to (the change sets it).
 */
export function useOrderActions() {
  const busy = ref(false);
  const outcome = ref('');
  async function run(change: () => Promise<unknown>, failed: (error: ApiError) => void) {
    busy.value = true;
    outcome.value = '';
    try {
      await change();
    } catch (e) {
      failed(e as ApiError);
    } finally {
      busy.value = false;
    }
  }
  return { busy, outcome, run };
}
