import { ref, watch, type WatchSource } from 'vue';
import { client, ApiError, attemptKey } from './api/client';
import type { components } from './api/schema';
import type { BookingView } from './api/models';

/** Refusals that mean the slot changed meanwhile (filled up or closed): its places are worth reading again. */
const SLOT_CHANGED = ['SLOT_FULL', 'BOOKING_CLOSED', 'BOOKING_NOT_OPEN'];

/**
 * Sending a booking (POST /bookings), one attempt at a time: the Idempotency-Key is kept for a retry
 * or a double tap, so the server books once, and replaced once anything the form `watches` changes
 * (or `forget` is called). A refusal is kept in `error` until then (it was about what changed); when
 * it says the slot changed, `slotChanged` reads its places again.
 */
export function useBookingAttempt(watches: (WatchSource | object)[], slotChanged: () => Promise<void>) {
  const submitting = ref(false);
  const error = ref<ApiError>();
  let key: string | undefined;
  watch(
    watches,
    () => {
      key = undefined;
      error.value = undefined;
    },
    { deep: true },
  );

  async function send(body: components['schemas']['CreateBookingDto']): Promise<BookingView | undefined> {
    if (submitting.value) return undefined;
    submitting.value = true;
    error.value = undefined;
    key ??= attemptKey();
    try {
      return (await client.POST('/api/v1/bookings', { params: { header: { 'Idempotency-Key': key } }, body })).data;
    } catch (e) {
      error.value = e as ApiError;
      if (SLOT_CHANGED.includes(error.value.code)) await slotChanged();
      return undefined;
    } finally {
      submitting.value = false;
    }
  }

  return {
    submitting,
    error,
    send,
    /** The next attempt is another request (the watcher would only run after this tick). */
    forget: () => (key = undefined),
  };
}
