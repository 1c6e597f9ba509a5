/**
 * The consoles' service worker, /sw.js with the scope /console/ (docs/booking-rules.md, "Offline
 * check-in"): it keeps the built app's files, so the check-in page opens without a network. Pages
 * load from the network while it answers and from the kept copy when it does not; the app's files
 * (their names change with their content) come from the copy. API calls pass by untouched: the
 * check-in page keeps the day's list itself.
 *
 * Built on its own by vite.config.ts (`serviceWorker()`), which writes the list of files and its
 * version in place of SHELL below.
 */

/** The events of a service worker, which the DOM types of the app's pages do not describe. */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  readonly location: Location;
}

const worker = self as unknown as WorkerScope;

/** Filled in by the build: every file it wrote (paths from the site's root), and a hash of them all. */
const SHELL: { version: string; files: string[] } = JSON.parse('__KEPU_SHELL__');
const PREFIX = 'kepu-shell-';
const CACHE = PREFIX + SHELL.version;
const SHELL_FILES = new Set(SHELL.files);
/** How long a page waits for the network before the kept copy answers (a gate with poor signal). */
const PAGE_TIMEOUT_MS = 4000;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL.files.map((file) => new Request(file, { cache: 'reload' }))))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name)),
        ),
      )
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== worker.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (SHELL_FILES.has(url.pathname)) event.respondWith(kept(request));
});

/** A console page: the network's answer, or the kept app (it routes by itself) when there is none in time. */
async function page(request: Request): Promise<Response> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), PAGE_TIMEOUT_MS);
  try {
    return await fetch(request, { signal: abort.signal });
  } catch {
    return (await caches.match('/index.html', { cacheName: CACHE })) ?? Response.error();
  } finally {
    clearTimeout(timer);
  }
}

async function kept(request: Request): Promise<Response> {
  return (await caches.match(request, { cacheName: CACHE })) ?? fetch(request);
}
