import { parseIdNumber } from '@kepu/core';

/**
 * Finds ID numbers and mobile numbers that left the API unmasked. Every test app collects its
 * response bodies and log lines and runs this when it closes, so the whole e2e suite is the probe.
 */
const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/g;

export interface Emitted {
  /** Where the text came from, e.g. "GET /api/v1/bookings/… → 200" or "log". */
  source: string;
  text: string;
}

/** Each unmasked number with where it was seen; `publicNumbers` are venues' published phones. */
export function unmaskedPersonalNumbers(emitted: Emitted[], publicNumbers: ReadonlySet<string>): string[] {
  return emitted.flatMap(({ source, text }) =>
    textsIn(text)
      .flatMap((part) => [
        ...[...part.matchAll(ID_NUMBER)].map(([number]) => number).filter(isIdNumber),
        ...[...part.matchAll(MOBILE)].map(([number]) => number).filter((number) => !publicNumbers.has(number)),
      ])
      .map((number) => `${number} in ${source}`),
  );
}

/** A real ID number, not an organisation's all-digit credit code of the same length. */
const isIdNumber = (candidate: string) => 'number' in parseIdNumber(candidate, '2999-12-31');

/**
 * The strings of a JSON text (people's numbers are strings; a JSON number such as a countdown in
 * milliseconds is not one), or the text itself (CSV, HTML, plain text).
 */
function textsIn(text: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [text];
  }
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (value && typeof value === 'object')
      Object.entries(value).forEach(([key, item]) => (walk(key), walk(item)));
  };
  walk(parsed);
  return strings;
}
