import { shallowRef } from 'vue';
import { compileMessage, type Message } from './message-format';
import { messages } from './messages';
import { locale, type Locale } from './preferences';

/**
 * The app's translator: `t`, `te` and `tm` over the message trees, in the reader's language (the
 * `locale` of preferences.ts), falling back to Simplified Chinese where an English string is
 * missing, and answering the key itself where neither language has it. It keeps vue-i18n's
 * composition API and message syntax, without its runtime: vue-i18n resolved the locale chain and
 * built a context object at every call, a fifth of the venue page's first render (docs/web.md,
 * "First page"). messages.spec.ts checks that every string reads the same as through vue-i18n.
 */
type Tree = { [name: string]: unknown };
type Named = Record<string, unknown>;
interface TranslateOptions {
  locale?: Locale;
}

const FALLBACK: Locale = 'zh-CN';
const trees: Record<Locale, Tree> = { 'zh-CN': { ...messages['zh-CN'] }, en: { ...messages.en } };
/** Each language's compiled strings by key (null: no string there), emptied when strings are merged in. */
const compiled: Record<Locale, Map<string, Message | null>> = { 'zh-CN': new Map(), en: new Map() };
/** Bumped when strings are merged in, so what showed a key without its string renders again. */
const revision = shallowRef(0);

function lookup(tree: Tree, key: string): unknown {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Tree)[part];
  }
  return node;
}

function messageOf(language: Locale, key: string): Message | null {
  let found = compiled[language].get(key);
  if (found === undefined) {
    const text = lookup(trees[language], key);
    found = typeof text === 'string' ? compileMessage(text) : null;
    compiled[language].set(key, found);
  }
  return found;
}

const numberOr = (value: unknown) => (typeof value === 'number' ? value : undefined);

/**
 * A string with its values: `t(key)`, `t(key, { name })`, `t(key, [value])`, `t(key, count)`,
 * `t(key, { name }, count)`, `t(key, 'shown when there is no string')`, and `{ locale }` last for a
 * language other than the reader's. The plural form follows `count` or `n` among the named values,
 * else the count given.
 */
export function t(key: string, values?: Named | unknown[] | number | string, last?: number | TranslateOptions): string {
  void revision.value;
  const language = (typeof last === 'object' && last.locale) || locale.value;
  const message = messageOf(language, key) ?? messageOf(FALLBACK, key);
  if (!message) return typeof values === 'string' ? values : key;
  const given = typeof values === 'number' ? values : typeof last === 'number' ? last : undefined;
  const named: Named = values && typeof values === 'object' && !Array.isArray(values) ? values : {};
  const list = Array.isArray(values) ? values : [];
  return message({
    // As vue-i18n does, a count given apart also fills an empty `count` or `n`.
    named: (name) => (given !== undefined && (name === 'count' || name === 'n') ? named[name] || given : named[name]),
    list: (index) => list[index],
    count: numberOr(named.count) ?? numberOr(named.n) ?? given ?? -1,
  });
}

/** Whether there is a string at this key: in the language named, or else in the reader's or its fallback. */
export function te(key: string, language?: Locale): boolean {
  void revision.value;
  if (language) return messageOf(language, key) !== null;
  return (messageOf(locale.value, key) ?? messageOf(FALLBACK, key)) !== null;
}

/** A group of strings or a list (the weekdays), as the messages hold it. */
export function tm(key: string): unknown {
  void revision.value;
  return lookup(trees[locale.value], key) ?? lookup(trees[FALLBACK], key) ?? {};
}

function mergeInto(target: Tree, source: Tree): void {
  for (const [name, value] of Object.entries(source)) {
    const existing = target[name];
    if (value && typeof value === 'object' && !Array.isArray(value) && existing && typeof existing === 'object')
      mergeInto((target[name] = { ...(existing as Tree) }), value as Tree);
    else target[name] = value;
  }
}

/** Adds strings to a language (the consoles', when the first console page opens). */
export function mergeMessages(language: Locale, strings: Tree): void {
  mergeInto(trees[language], strings);
  compiled[language].clear();
  revision.value++;
}

/** The translator and the reader's language, for a component (the shape of vue-i18n's useI18n). */
export const useI18n = () => ({ t, te, tm, locale });

type Strings = Record<Locale, Tree>;

/**
 * Strings that load with the pages that show them instead of with every first page: fetched once,
 * merged into both languages; a failure (a new deployment, no network) lets the next page try again.
 */
function stringsOnDemand(load: () => Promise<Strings>): () => Promise<void> {
  let loading: Promise<void> | undefined;
  return () =>
    (loading ??= load().then(
      (strings) => {
        for (const [language, tree] of Object.entries(strings)) mergeMessages(language as Locale, tree);
      },
      (error) => {
        loading = undefined;
        throw error;
      },
    ));
}

/** The consoles' strings (console-messages.ts), before the first console page shows. */
export const loadConsoleMessages = stringsOnDemand(() =>
  import('./console-messages').then(({ consoleMessages }) => consoleMessages),
);

/** The outreach pages' strings (consoles/outreach/messages.ts), before the first public outreach page shows. */
export const loadOutreachMessages = stringsOnDemand(() =>
  import('../consoles/outreach/messages').then(({ zh, en }) => ({ 'zh-CN': { outreach: zh }, en: { outreach: en } })),
);
