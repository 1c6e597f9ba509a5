/**
 * The Kepu API as the web app calls it: typed from the OpenAPI document (schema.ts), JSON, bearer
 * tokens refreshed once when they expire, and one error type with both languages.
 *
 *   const { data } = await client.GET('/api/v1/bookings/{id}', { params: { path: { id } } });
 *
 * A call answers with its success body (undefined for 204) or throws an ApiError: callers keep
 * their try/catch. Binary answers (images, files) take `parseAs: 'blob'`; uploads send a FormData
 * as the body through `formBody`.
 */
import createClient, { type FetchResponse, type MaybeOptionalInit, type Middleware } from 'openapi-fetch';
import type { HttpMethod, PathsWithMethod, RequiredKeysOf } from 'openapi-typescript-helpers';
import type { ErrorBody, ErrorDetail, LocalizedText, TokenPair } from './models';
import type { paths } from './schema';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: { 'zh-CN': string; en: string },
    readonly details?: unknown,
  ) {
    super(messages['zh-CN']);
  }

  /** The message in the reader's language. */
  text(locale: string): string {
    return inLocale(this.messages, locale);
  }

  /** The field problems a refusal lists (VALIDATION_FAILED and other refusals about one input). */
  get fieldProblems(): ErrorDetail[] {
    return Array.isArray(this.details)
      ? (this.details as ErrorDetail[]).filter((d) => typeof d?.field === 'string' && Array.isArray(d.messages))
      : [];
  }

  /**
   * What the refusal says about one field (`visitors.1.documentNumber`) or about anything inside it
   * (`visitors.1`), in the reader's language: shown next to that field; without a field, about every
   * field. Undefined when it says nothing.
   */
  fieldText(field: string | undefined, locale: string): string | undefined {
    const texts = this.fieldProblems
      .filter((d) => field === undefined || d.field === field || d.field.startsWith(`${field}.`))
      .flatMap((d) => d.messages.map((message) => inLocale(message, locale)));
    return texts.length ? [...new Set(texts)].join(locale === 'en' ? '; ' : '；') : undefined;
  }
}

const inLocale = (text: LocalizedText, locale: string) => (locale === 'en' ? text.en : text['zh-CN']);

const OFFLINE = new ApiError(0, 'NETWORK', {
  'zh-CN': '无法连接服务器，请检查网络后重试',
  en: 'Cannot reach the server; check your connection and try again',
});

const TOKENS_KEY = 'kepu.tokens';

/** The tokens kept on this device between visits. */
type Tokens = Pick<TokenPair, 'accessToken' | 'refreshToken'>;

export const tokens = {
  get(): Tokens | undefined {
    try {
      return JSON.parse(localStorage.getItem(TOKENS_KEY) ?? 'null') ?? undefined;
    } catch {
      return undefined;
    }
  },
  set(value: Tokens | undefined) {
    if (value) localStorage.setItem(TOKENS_KEY, JSON.stringify(value));
    else localStorage.removeItem(TOKENS_KEY);
  },
};

/** JSON in and out; a FormData body (an upload) goes to fetch as is, so the browser sets its boundary. */
const bodySerializer = (body: unknown) => (body instanceof FormData ? body : JSON.stringify(body));

/** Lists in a query as the API reads them: `status=requested,proposed`. */
const querySerializer = { array: { style: 'form', explode: false } } as const;

/** The client for the refresh itself: no tokens, no retry. */
const bare = createClient<paths>({ bodySerializer, querySerializer });

let refreshing: Promise<boolean> | undefined;

/** Trades the refresh token for new tokens once, however many requests found the access token expired. */
function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    const current = tokens.get();
    if (!current) return false;
    const answer = await bare
      .POST('/api/v1/auth/refresh', { body: { refreshToken: current.refreshToken } })
      .catch(() => undefined);
    if (!answer?.response.ok || !answer.data) {
      if (answer) tokens.set(undefined);
      return false;
    }
    tokens.set({ accessToken: answer.data.accessToken, refreshToken: answer.data.refreshToken });
    return true;
  })().finally(() => (refreshing = undefined));
  return refreshing;
}

async function failure(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => undefined)) as ErrorBody | undefined;
  const fallback = { 'zh-CN': '请求失败，请稍后再试', en: 'The request failed; please try again later' };
  return new ApiError(
    response.status,
    body?.code ?? 'HTTP_' + response.status,
    body?.messages ?? fallback,
    body?.details,
  );
}

/** Requests sent with an access token, kept (unsent copies) so one may go again after a refresh. */
const resendable = new Map<string, Request>();

const session: Middleware = {
  onRequest({ request, id }) {
    if (!request.headers.has('Accept')) request.headers.set('Accept', 'application/json');
    const access = tokens.get()?.accessToken;
    if (access) {
      request.headers.set('Authorization', `Bearer ${access}`);
      resendable.set(id, request.clone());
    }
    return request;
  },
  onError({ id }) {
    resendable.delete(id);
    return OFFLINE;
  },
  async onResponse({ response, id }) {
    const again = resendable.get(id);
    resendable.delete(id);
    let answer = response;
    if (answer.status === 401 && again && (await refresh())) {
      again.headers.set('Authorization', `Bearer ${tokens.get()?.accessToken}`);
      try {
        answer = await fetch(again);
      } catch {
        throw OFFLINE;
      }
    }
    if (!answer.ok) throw await failure(answer);
    return answer;
  },
};

const raw = createClient<paths, `${string}/json`>({ bodySerializer, querySerializer });
raw.use(session);

type InitParam<Init> =
  RequiredKeysOf<Init> extends never ? [(Init & { [key: string]: unknown })?] : [Init & { [key: string]: unknown }];

/** The success branch of an answer: the error branch never reaches the caller, it is thrown. */
type Answered<Operation, Init> =
  Operation extends Record<string | number, unknown>
    ? FetchResponse<Operation, Init, `${string}/json`> extends infer R
      ? R extends { data: infer D; error?: never }
        ? { data: D; response: Response }
        : never
      : never
    : never;

type Call<M extends HttpMethod> = <
  Path extends PathsWithMethod<paths, M>,
  Init extends MaybeOptionalInit<paths[Path], M>,
>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<Answered<paths[Path][M], Init>>;

/** The typed calls the pages make: each answers with `{ data, response }` or throws an ApiError. */
export const client = {
  GET: raw.GET as Call<'get'>,
  POST: raw.POST as Call<'post'>,
  PUT: raw.PUT as Call<'put'>,
  PATCH: raw.PATCH as Call<'patch'>,
  DELETE: raw.DELETE as Call<'delete'>,
};

/** A multipart body (a file upload): the FormData is sent as is, whatever fields the operation declares. */
export const formBody = <T>(form: FormData) => form as unknown as NonNullable<T>;

/** A key for one booking attempt: the same key on a retry or a double tap, so the server books once. */
export function attemptKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
