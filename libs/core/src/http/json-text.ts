/** A UTF-16 surrogate standing alone: with the `u` flag a lone one is its own code point, in Cs. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * True when a parsed JSON value holds a string (or key) that is not text: a lone surrogate, which
 * JSON's `\ud800` escapes can carry but UTF-8, Postgres' `jsonb` and any other reader cannot.
 * Walks without recursion; run after the depth check, so its cost is bounded by the body's size.
 */
export function holdsMalformedText(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length) {
    const item = pending.pop();
    if (typeof item === 'string') {
      if (LONE_SURROGATE.test(item)) return true;
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) pending.push(key, child);
    }
  }
  return false;
}
