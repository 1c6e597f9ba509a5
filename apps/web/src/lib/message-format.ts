/**
 * The app's strings use two pieces of vue-i18n's message syntax, which the translator in i18n.ts
 * keeps: `{name}` (or `{0}`) for a value and `one | many` for plural forms. A string compiles once,
 * on first use, into a function of the values. messages.spec.ts checks that every string reads the
 * same here as through vue-i18n, so a string using more syntax than this is caught there.
 */
type Part = string | { name: string } | { index: number };

/** What a string is given: named values, listed values, and the count that picks a plural form. */
export interface MessageValues {
  named(name: string): unknown;
  list(index: number): unknown;
  count: number;
}
export type Message = (values: MessageValues) => string;

const parse = (form: string): Part[] =>
  form
    .split(/(\{\s*[\w.]+\s*\})/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const name = /^\{\s*([\w.]+)\s*\}$/.exec(piece)?.[1];
      if (name === undefined) return piece;
      return /^\d+$/.test(name) ? { index: Number(name) } : { name };
    });

/** A value as vue-i18n shows it: nothing for null or undefined. */
const shown = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** vue-i18n's plural rule: two forms are "one | other"; three are "none | one | more". */
const formFor = (count: number, forms: number) =>
  forms === 2 ? (Math.abs(count) === 1 ? 0 : 1) : Math.min(Math.abs(count), 2);

export function compileMessage(message: string): Message {
  // vue-i18n trims the spaces around each plural form's `|`.
  const pieces = message.split('|');
  const forms = pieces.map((form) => parse(pieces.length > 1 ? form.trim() : form));
  const render = (values: MessageValues, parts: Part[]) =>
    parts
      .map((part) =>
        typeof part === 'string' ? part : shown('name' in part ? values.named(part.name) : values.list(part.index)),
      )
      .join('');
  return forms.length === 1
    ? (values) => render(values, forms[0])
    : (values) => render(values, forms[formFor(values.count, forms.length)]);
}
