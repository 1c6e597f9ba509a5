import type { SignedIn } from './sessions';

/** The authorization matrix's vocabulary: who calls, what they call, what they should get. */
export type Who =
  | 'anonymous'
  | 'family'
  | 'school'
  /** A teacher of another verified school. */
  | 'school2'
  | 'operator'
  | 'operator2'
  | 'nanshanAdmin'
  | 'futianAdmin'
  | 'cityAdmin'
  | 'systemAdmin';
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Prepared {
  path: string;
  body?: object;
  /** A session of its own, for requests that end or change it. */
  session?: SignedIn;
  /** Extra request headers, e.g. an Idempotency-Key. */
  headers?: Record<string, string>;
  /** A multipart upload (field `file`). */
  file?: { name: string; content: Buffer };
}

export interface Entry {
  method: Method;
  /** As in the OpenAPI document. */
  route: string;
  /** The policy action this entry exercises, if any. */
  action?: string;
  note: string;
  prepare: () => Promise<Prepared>;
  expect: Partial<Record<Who, number>>;
}

export const v1 = (path: string) => `/api/v1${path}`;

/** An entry for a route written as in the OpenAPI document, without the `/api/v1` prefix. */
export const entryFor = (
  method: Entry['method'],
  route: string,
  note: string,
  rest: Omit<Entry, 'method' | 'route' | 'note'>,
): Entry => ({ method, route: v1(route), note, ...rest });
