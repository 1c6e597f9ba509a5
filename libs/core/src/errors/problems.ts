/**
 * What is wrong with one field, for people: every field problem an answer lists carries a message
 * in Chinese and English beside its developer text (docs/api.md, "Errors"). Libs declare the
 * problems they raise in a catalogue, as they declare their error codes.
 */
import type { ErrorDetail, LocalizedText } from './app-error';

/** One kind of field problem: its developer text and its messages, with `{name}` placeholders. */
export interface ProblemDefinition {
  /** For developers and logs (the `problems` entry): stable English. */
  readonly problem: string;
  readonly zh: string;
  readonly en: string;
}

/** The facts a message names (`{name}`): any object, so a rule or an exception fills its own times. */
export type ProblemValues = object;

const fill = (template: string, values: ProblemValues) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String((values as Record<string, unknown>)[name]) : whole,
  );

/** Every catalogue declared in this process, for the test that reads them all. */
const DECLARED: Record<string, ProblemDefinition>[] = [];

/** Declares a lib's field problems, keyed by name. */
export function defineProblems<K extends string>(entries: Record<K, ProblemDefinition>): Record<K, ProblemDefinition> {
  DECLARED.push(entries);
  return entries;
}

/** Every field problem this process has declared (with every lib loaded: every one the API may answer). */
export function definedProblems(): ProblemDefinition[] {
  return DECLARED.flatMap((entries) => Object.values(entries));
}

/** The message of a problem in both languages, its placeholders filled. */
export function problemMessage(
  definition: Omit<ProblemDefinition, 'problem'>,
  values: ProblemValues = {},
): LocalizedText {
  return { 'zh-CN': fill(definition.zh, values), en: fill(definition.en, values) };
}

/** One field's problem as an answer lists it. */
export function fieldProblem(field: string, definition: ProblemDefinition, values: ProblemValues = {}): ErrorDetail {
  return { field, problems: [fill(definition.problem, values)], messages: [problemMessage(definition, values)] };
}
