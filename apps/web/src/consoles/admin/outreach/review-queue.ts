import { reactive, ref } from 'vue';
import type { ApiError } from '../../../lib/api/client';

/** One reviewer's decision on one application, as typed. */
export interface ReviewForm<Decision extends string> {
  decision: Decision;
  comment: string;
  problem: string;
  error?: ApiError;
}

/**
 * A review queue (menu items, experts): what waits, oldest first, each with its own decision form;
 * a comment is required for the decisions that need one. A decided application leaves the list
 * and the page says what became of it.
 */
export function useReviewQueue<Item extends { id: string }, Decision extends string>(options: {
  load: () => Promise<{ data: { items: Item[]; total: number } }>;
  send: (item: Item, body: { decision: Decision; comment?: string }) => Promise<unknown>;
  /** The decision each form starts with. */
  first: Decision;
  needsComment: (decision: Decision) => boolean;
  /** What to say when a needed comment is missing. */
  commentMissing: () => string;
  /** What to say once the decision is recorded. */
  done: (item: Item, decision: Decision) => string;
}) {
  const items = ref<Item[]>();
  const total = ref(0);
  const error = ref<ApiError>();
  const outcome = ref('');
  const busy = ref('');
  const forms = reactive<Record<string, ReviewForm<Decision>>>({});

  async function load() {
    error.value = undefined;
    try {
      const { data } = await options.load();
      items.value = data.items;
      total.value = data.total;
      for (const item of data.items)
        forms[item.id] ??= { decision: options.first, comment: '', problem: '' } as ReviewForm<Decision>;
    } catch (e) {
      error.value = e as ApiError;
    }
  }

  async function review(item: Item) {
    const form = forms[item.id];
    form.error = undefined;
    const comment = form.comment.trim();
    form.problem = options.needsComment(form.decision) && !comment ? options.commentMissing() : '';
    if (form.problem) return;
    busy.value = item.id;
    outcome.value = '';
    try {
      await options.send(item, { decision: form.decision, ...(comment && { comment }) });
      outcome.value = options.done(item, form.decision);
      items.value = items.value?.filter((i) => i.id !== item.id);
      total.value -= 1;
    } catch (e) {
      form.error = e as ApiError;
    } finally {
      busy.value = '';
    }
  }

  /** The comment's problem: missing, or refused by the API for want of one. */
  const problemOf = (item: Item) => {
    const form = forms[item.id];
    if (form.problem) return form.problem;
    return form.error?.code === 'REASON_REQUIRED' || form.error?.code === 'VALIDATION_FAILED'
      ? options.commentMissing()
      : '';
  };

  /** The reviewer changed the comment: its problem and the refusal are gone. */
  function touched(item: Item) {
    forms[item.id].problem = '';
    forms[item.id].error = undefined;
  }

  return { items, total, error, outcome, busy, forms, load, review, problemOf, touched };
}
