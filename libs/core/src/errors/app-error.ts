/** A stable, machine-readable error: its code, HTTP status and a message in each UI language. */
export interface ErrorDefinition {
  readonly code: string;
  readonly status: number;
  readonly zh: string;
  readonly en: string;
}

/**
 * Declares a module's errors in one place, keyed by code, so each code maps to exactly one HTTP
 * status and one pair of messages. Modules throw `new AppError(THEIR_ERRORS.SOME_CODE)`.
 */
export function defineErrors<K extends string>(
  entries: Record<K, Omit<ErrorDefinition, 'code'>>,
): { readonly [P in K]: ErrorDefinition } {
  return Object.fromEntries(
    Object.entries<Omit<ErrorDefinition, 'code'>>(entries).map(([code, entry]) => [code, { code, ...entry }]),
  ) as { [P in K]: ErrorDefinition };
}

/** A field-level problem attached to a VALIDATION_FAILED response. */
export interface ErrorDetail {
  field: string;
  problems: string[];
}

export class AppError extends Error {
  constructor(
    readonly definition: ErrorDefinition,
    readonly details?: ErrorDetail[] | Record<string, unknown>,
  ) {
    super(definition.en);
    this.name = 'AppError';
  }
}
