import { computed, reactive, ref } from 'vue';
import type { ApiError } from '../../lib/api/client';
import type { ErrorDetail } from '../../lib/api/models';

/**
 * A form's problems, each next to its field: the page's own checks before sending, and the API's
 * refusal once sent, put under the field it concerns (by its code, or by the first field a
 * VALIDATION_FAILED names) in words the page chooses, never a field path. A refusal no field
 * explains is the form's general error. `send` sends the form, `sending` while it is under way.
 */
export function useFormProblems<Field extends string>(options: {
  /** The id prefix of the fields and their hint and problem elements: `order` → `order-topic`, `order-topic-hint`. */
  prefix: string;
  /** The id suffix of the problem elements: `order-topic-problem`. */
  problemSuffix?: 'problem' | 'error';
  /** Refusal codes that concern one field. */
  byCode?: Partial<Record<string, Field>>;
  /** The first segment of a VALIDATION_FAILED field path (`districtCodes.2` → `districtCodes`) → the field. */
  byPath: Partial<Record<string, Field>>;
  /** What to say under a field the API refused. */
  text: (field: Field, error: ApiError) => string;
}) {
  const problems = reactive<Partial<Record<Field, string>>>({});
  const error = ref<ApiError>();
  const sending = ref(false);
  const problemElement = (field: Field) => `${options.prefix}-${field}-${options.problemSuffix ?? 'problem'}`;

  const refused = computed<Field | undefined>(() => {
    const refusal = error.value;
    if (!refusal) return undefined;
    const byCode = options.byCode?.[refusal.code];
    if (byCode) return byCode;
    if (refusal.code !== 'VALIDATION_FAILED' || !Array.isArray(refusal.details)) return undefined;
    return (refusal.details as ErrorDetail[])
      .map((detail) => options.byPath[String(detail?.field ?? '').split(/[.[]/)[0]])
      .find(Boolean);
  });

  const problemOf = (field: Field): string =>
    (problems as Record<Field, string | undefined>)[field] ||
    (refused.value === field && error.value ? options.text(field, error.value) : '');

  return {
    problems: problems as Partial<Record<Field, string>>,
    error,
    problemOf,
    /** A field's id, problem and problem element, for a FormField. */
    field: (field: Field) => ({
      id: `${options.prefix}-${field}`,
      problem: problemOf(field),
      problemId: problemElement(field),
    }),
    describedBy: (field: Field, ...others: (string | undefined | false)[]) =>
      [...others, problemOf(field) && problemElement(field)].filter(Boolean).join(' ') || undefined,
    /** The problem element's id, for a group of choices. */
    problemId: problemElement,
    /** The refusal when no field explains it. */
    generalError: computed(() => (error.value && !refused.value ? error.value : undefined)),
    /** Forgets every problem, before checking and sending again. */
    clear() {
      for (const key of Object.keys(problems)) delete (problems as Record<string, string>)[key];
      error.value = undefined;
    },
    /** The reader changed a field: its problems are gone. */
    touched(field: Field) {
      delete (problems as Record<string, string>)[field];
      if (refused.value === field) error.value = undefined;
    },
    /** Whether the page's own checks found anything. */
    any: () => Object.values(problems).some(Boolean),
    sending,
    /** Sends the form; a refusal is kept to be shown at its field. */
    async send(request: () => Promise<unknown>) {
      sending.value = true;
      try {
        await request();
      } catch (e) {
        error.value = e as ApiError;
      } finally {
        sending.value = false;
      }
    },
  };
}
