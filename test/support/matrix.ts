/**
 * The callers every entry answers for, as the issue names them: anonymous, a visitor and another
 * visitor, a school and another school, an operator and another operator, the administrator of the
 * district that owns the object and of another district, the city administrator, and for outreach
 * a community worker and a volunteer.
 */
export const CALLERS = [
  'anonymous',
  'family',
  'family2',
  'school',
  'school2', // a teacher of another verified school (in Nanshan)
  'operator', // of the science museum (Futian), which owns the entries' venues
  'operator2', // of the observatory (Dapeng)
  'futianAdmin',
  'nanshanAdmin',
  'cityAdmin',
  'community', // a worker of the demo community in Nanshan (orders outreach)
  'volunteer', // a volunteer of the demo Nanshan volunteer team
] as const;

/** The authorization matrix's vocabulary: who calls, what they call, what they should get. */
export type Who = (typeof CALLERS)[number] | 'systemAdmin';
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Prepared {
  path: string;
  body?: object;
  /**
   * For requests that end or change their caller: `fresh session` calls in a new session of the
   * caller's account (logout); `fresh account` calls as a new account holding the caller's roles
   * (applying for an organisation makes the applicant its operator). By default the caller's shared session.
   */
  caller?: 'fresh session' | 'fresh account';
  /** Extra request headers, e.g. an Idempotency-Key. */
  headers?: Record<string, string>;
  /** A multipart upload (field `file`). */
  file?: { name: string; content: Buffer };
}

/**
 * What each caller gets: the status of the callers named in `expect`, and `others` for every other
 * caller in CALLERS. `systemAdmin` is called only where named.
 */
export interface Outcomes {
  expect?: Partial<Record<Who, number>>;
  others?: number;
}

export interface Entry extends Outcomes {
  method: Method;
  /** As in the OpenAPI document. */
  route: string;
  /** The policy action this entry exercises, if any. */
  action?: string;
  /** The code its 404s carry when the route names what was not found (default NOT_FOUND). */
  notFoundCode?: string;
  note: string;
  prepare: () => Promise<Prepared>;
}

/** The callers an entry is run as, each with the status it expects (undefined: the entry forgot it). */
export function casesOf(entry: Entry): { who: Who; status: number | undefined }[] {
  const named = entry.expect ?? {};
  const callers: Who[] = [...CALLERS, ...(named.systemAdmin === undefined ? [] : ['systemAdmin' as const])];
  return callers.map((who) => ({ who, status: named[who] ?? entry.others }));
}

/** A fixture made on first use and shared by the entries that only read it. */
export function shared<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

export const v1 = (path: string) => `/api/v1${path}`;

/** An entry for a route written as in the OpenAPI document, without the `/api/v1` prefix. */
export const entryFor = (
  method: Entry['method'],
  route: string,
  note: string,
  rest: Omit<Entry, 'method' | 'route' | 'note'>,
): Entry => ({ method, route: v1(route), note, ...rest });

/** A public GET: every caller gets 200. The path is the route's, or one made when the case runs. */
export const publicRead = (route: string, path: string | (() => Promise<string>) = route, note = 'public'): Entry =>
  entryFor('GET', route, note, {
    prepare: async () => ({ path: v1(typeof path === 'string' ? path : await path()) }),
    others: 200,
  });
