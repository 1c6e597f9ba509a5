import type { SignedIn } from './sessions';

/** The authorization matrix's vocabulary: who calls, what they call, what they should get. */
export type Who =
  | 'anonymous'
  | 'family'
  | 'school'
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
