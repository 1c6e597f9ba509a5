/** The Kepu API as the web app calls it: JSON, bearer tokens, one error type with both languages. */

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  messages?: { 'zh-CN': string; en: string };
  details?: unknown;
}

/** A page of one of the API's lists. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

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
    return locale === 'en' ? this.messages.en : this.messages['zh-CN'];
  }
}

const OFFLINE = new ApiError(0, 'NETWORK', {
  'zh-CN': '无法连接服务器，请检查网络后重试',
  en: 'Cannot reach the server; check your connection and try again',
});

const TOKENS_KEY = 'kepu.tokens';

interface Tokens {
  accessToken: string;
  refreshToken: string;
}

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

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  /** Read the answer as a Blob (images, calendar files) rather than JSON. */
  blob?: boolean;
  /** A multipart body (file uploads), sent as is so the browser sets its boundary. */
  form?: FormData;
}

let refreshing: Promise<boolean> | undefined;

/** Trades the refresh token for new tokens once, however many requests found the access token expired. */
function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    const current = tokens.get();
    if (!current) return false;
    const res = await fetch('/api/v1/auth/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: current.refreshToken }),
    }).catch(() => undefined);
    if (!res?.ok) {
      if (res) tokens.set(undefined);
      return false;
    }
    const body = await res.json();
    tokens.set({ accessToken: body.accessToken, refreshToken: body.refreshToken });
    return true;
  })().finally(() => (refreshing = undefined));
  return refreshing;
}

export async function api<T>(path: string, options: RequestOptions = {}, retried = false): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const access = tokens.get()?.accessToken;
  if (access) headers.Authorization = `Bearer ${access}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
  } catch {
    throw OFFLINE;
  }
  if (res.status === 401 && access && !retried && (await refresh())) return api<T>(path, options, true);
  if (!res.ok) {
    const body = (await res.json().catch(() => undefined)) as ErrorBody | undefined;
    const fallback = { 'zh-CN': '请求失败，请稍后再试', en: 'The request failed; please try again later' };
    throw new ApiError(res.status, body?.code ?? 'HTTP_' + res.status, body?.messages ?? fallback, body?.details);
  }
  if (res.status === 204) return undefined as T;
  return (options.blob ? res.blob() : res.json()) as Promise<T>;
}

/** A key for one booking attempt: the same key on a retry or a double tap, so the server books once. */
export function attemptKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
