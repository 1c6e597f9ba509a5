/** A stable, machine-readable error: its code, HTTP status and a message in each UI language. */
import type { Type } from '@nestjs/common';

export interface ErrorDefinition {
  readonly code: string;
  readonly status: number;
  readonly zh: string;
  readonly en: string;
  /** The model of the facts this refusal always carries in `details` (documented per code in the OpenAPI document). */
  readonly details?: Type<unknown>;
}

/** Every code defined in this process: the registry that keeps each code to one meaning. */
const DEFINED = new Map<string, ErrorDefinition>();

/**
 * Declares a module's errors in one place, keyed by code, so each code maps to exactly one HTTP
 * status and one pair of messages. Modules throw `new AppError(THEIR_ERRORS.SOME_CODE)`. A code
 * another module already defined is refused as the modules load, so an app whose libs collide
 * does not start: an error every module may raise belongs in CoreErrors.
 */
export function defineErrors<K extends string>(
  entries: Record<K, Omit<ErrorDefinition, 'code'>>,
): { readonly [P in K]: ErrorDefinition } {
  const defined = Object.entries<Omit<ErrorDefinition, 'code'>>(entries).map(([code, entry]) => ({ code, ...entry }));
  const taken = defined.filter(({ code }) => DEFINED.has(code)).map(({ code }) => code);
  if (taken.length)
    throw new Error(`Error codes defined twice: ${taken.join(', ')} (shared ones belong in CoreErrors)`);
  for (const definition of defined) DEFINED.set(definition.code, definition);
  return Object.fromEntries(defined.map((definition) => [definition.code, definition])) as {
    [P in K]: ErrorDefinition;
  };
}

/** Every error code this process has defined (with every lib loaded: every code the API answers with). */
export function definedErrors(): ErrorDefinition[] {
  return [...DEFINED.values()];
}

/** A text in both UI languages. */
export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

/**
 * A field-level problem attached to a refusal: `problems` for developers, `messages` (one per
 * problem, same order) for the people who typed the value, shown next to that field.
 */
export interface ErrorDetail {
  field: string;
  problems: string[];
  messages: LocalizedText[];
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
