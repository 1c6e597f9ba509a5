import type { MessageCompiler, MessageContext, MessageFunction } from 'vue-i18n';

/**
 * The app's strings use two pieces of vue-i18n's message syntax: `{name}` (or `{0}`) for a value and
 * `one | many` for plural forms. This compiler turns such a string into a message function, which
 * lets the app ship vue-i18n's runtime-only build: its general compiler (a tokenizer, parser and
 * code generator) was a sixth of the first page's script and compiled every string on first use
 * (docs/web.md, "First page"). messages.spec.ts checks that every string of the app reads the same
 * through both compilers, so a string using more syntax than this is caught there.
 */
type Part = string | { name: string } | { index: number };

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

/** Compiled strings by their text: vue-i18n caches only what its own compiler makes, and asks again at every render. */
const compiled = new Map<string, MessageFunction>();

export const compileMessage: MessageCompiler = (message, { key }) => {
  // Messages are strings here; only a build plugin makes other kinds, and the app uses none.
  if (typeof message !== 'string') return () => key;
  let found = compiled.get(message);
  if (!found) compiled.set(message, (found = compileString(message)));
  return found;
};

function compileString(message: string): MessageFunction {
  // vue-i18n trims the spaces around each plural form's `|`.
  const pieces = message.split('|');
  const forms = pieces.map((form) => parse(pieces.length > 1 ? form.trim() : form));
  const render = (ctx: MessageContext, parts: Part[]) =>
    parts
      .map((part) =>
        typeof part === 'string' ? part : shown('name' in part ? ctx.named(part.name) : ctx.list(part.index)),
      )
      .join('');
  return forms.length === 1
    ? (ctx: MessageContext) => render(ctx, forms[0])
    : (ctx: MessageContext) => ctx.plural(forms.map((parts) => render(ctx, parts)));
}
