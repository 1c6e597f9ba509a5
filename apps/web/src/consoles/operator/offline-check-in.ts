/**
 * The gate without a network (docs/booking-rules.md, "Offline check-in"). The check-in page keeps
 * each of the operator's venues' day on this device (codes only as hashes, names masked), checks
 * codes in against it when the network is gone, queues those check-ins and sends them when it is
 * back. The server stays the judge: it drops a check-in this device already sent and refuses one
 * another device made first, which the page then lists for the operator.
 */
import { reactive } from 'vue';
import { createStore, get, set } from 'idb-keyval';
import { ApiError, client } from '../../lib/api/client';
import type { CheckInPackView, PackBookingView, PackSlotView } from '../../lib/api/models';
import { keepAccountForOffline, session } from '../../lib/session';
import { t } from '../../lib/i18n';
import { todayInBeijing } from '../../lib/time';
import { myPublishedVenues } from './published-venues';

/** A check-in made on this device that the server has not yet accepted. */
export interface QueuedCheckIn {
  /** The code as typed or scanned, normalised: kept only until the server has it. */
  code: string;
  resourceId: string;
  codeHash: string;
  checkedInAt: string;
  deviceId: string;
  headcount?: number;
}

/** A queued check-in the server refused when it arrived, kept until the operator has read it. */
export interface SyncProblem {
  code: string;
  checkedInAt: string;
  names: string[];
  error: { status: number; code: string; messages: { 'zh-CN': string; en: string }; details?: unknown };
}

/** What a check-in found: the booking (from the server, or from this device's list) or a refusal. */
export type GateAnswer =
  | {
      ok: true;
      offline: boolean;
      code: string;
      venue: string;
      offering: string;
      start: string;
      end: string;
      kind: PackBookingView['kind'];
      partySize: number;
      /** Masked, as the server masks them (a school group's list is left out). */
      names: string[];
      categories: PackBookingView['categories'];
    }
  | { ok: false; error: ApiError };

const store = createStore('kepu-gate', 'state');
const DEVICE_KEY = 'kepu.device';
/** How often the page tries again to send what is queued, and to fetch the lists, while it is open. */
const RETRY_MS = 30_000;
const REFRESH_MS = 5 * 60_000;

export const gate = reactive({
  /** Today's list of each of the operator's venues, as this device keeps it. */
  packs: [] as CheckInPackView[],
  queue: [] as QueuedCheckIn[],
  problems: [] as SyncProblem[],
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  syncing: false,
  /** The queue could not be sent because the sign-in has lapsed. */
  signInNeeded: false,
  /** Web Crypto and IndexedDB are there (a secure page): without them the gate needs the network. */
  supported: typeof crypto !== 'undefined' && !!crypto.subtle && typeof indexedDB !== 'undefined',
  loaded: false,
});

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

async function save(key: 'packs' | 'queue' | 'problems' | 'owner', value: unknown): Promise<void> {
  try {
    await set(key, plain(value), store);
  } catch {
    // Storage refused (private browsing, full disk): the page still works while it stays open.
  }
}

const read = <T>(key: string): Promise<T | undefined> => get<T>(key, store).catch(() => undefined);

/** This device's id for the server: random, made once, kept. */
export function deviceId(): string {
  let id = localStorage.getItem(DEVICE_KEY);
  if (!id) {
    const bytes = crypto.getRandomValues(new Uint8Array(12));
    id = `dev-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    localStorage.setItem(DEVICE_KEY, id);
  }
  return id;
}

/** A booking code as the server stores it: upper case, no spaces or hyphens, I and L as 1, O as 0. */
export const normaliseCode = (input: string) =>
  input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');

const fromBase64url = (text: string) =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
const toBase64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const keys = new Map<string, Promise<CryptoKey>>();

/** The code's hash as the pack holds it (CodeHashView: HMAC-SHA-256 under the pack's key, first 16 bytes). */
export async function codeHash(pack: CheckInPackView, code: string): Promise<string> {
  let key = keys.get(pack.codeHash.key);
  if (!key) {
    key = crypto.subtle.importKey('raw', fromBase64url(pack.codeHash.key), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]);
    keys.set(pack.codeHash.key, key);
  }
  const mac = await crypto.subtle.sign('HMAC', await key, new TextEncoder().encode(normaliseCode(code)));
  return toBase64url(new Uint8Array(mac).subarray(0, 16));
}

interface Found {
  pack: CheckInPackView;
  slot: PackSlotView;
  booking: PackBookingView;
  hash: string;
}

async function find(code: string): Promise<Found | undefined> {
  for (const pack of gate.packs) {
    const hash = await codeHash(pack, code);
    for (const slot of pack.slots) {
      const booking = slot.bookings.find((b) => b.codeHash === hash);
      if (booking) return { pack, slot, booking, hash };
    }
  }
  return undefined;
}

function findByHash(resourceId: string, hash: string): PackBookingView | undefined {
  const pack = gate.packs.find((p) => p.resourceId === resourceId);
  for (const slot of pack?.slots ?? []) {
    const booking = slot.bookings.find((b) => b.codeHash === hash);
    if (booking) return booking;
  }
  return undefined;
}

/** Marks a booking checked in on this device's copy (the server's own answer, or a check-in still queued). */
function markCheckedIn(booking: PackBookingView, at: string, headcount?: number) {
  booking.status = 'checked_in';
  booking.checkedInAt = at;
  booking.headcount = headcount ?? booking.partySize;
}

/** A refusal made on this device, worded and detailed as the server's own (the page says both alike). */
const refusal = (status: number, code: string, key: string, details?: Record<string, unknown>) =>
  new ApiError(
    status,
    code,
    {
      'zh-CN': t(`operatorDay.gate.onDevice.${key}`, {}, { locale: 'zh-CN' }),
      en: t(`operatorDay.gate.onDevice.${key}`, {}, { locale: 'en' }),
    },
    details,
  );

/** Checks a code in against this device's list: the gate's answer when the server cannot be reached. */
export async function checkInOnDevice(input: string, headcount?: number, now = new Date()): Promise<GateAnswer> {
  const found = await find(input);
  if (!found) return { ok: false, error: refusal(404, 'NOT_ON_DEVICE_LIST', 'unknown') };
  const { pack, slot, booking, hash } = found;
  if (booking.status === 'checked_in') {
    // Checked in here while offline when it waits in this device's queue; the list does not say which device otherwise.
    const queued = gate.queue.some((item) => item.resourceId === pack.resourceId && item.codeHash === hash);
    const details = { checkedInAt: booking.checkedInAt, onThisDevice: queued ? true : null };
    return { ok: false, error: refusal(409, 'ALREADY_CHECKED_IN', 'alreadyCheckedIn', details) };
  }
  if (now < new Date(slot.checkInOpensAt)) {
    return { ok: false, error: refusal(409, 'CHECK_IN_NOT_OPEN', 'notOpen', { opensAt: slot.checkInOpensAt }) };
  }
  if (now >= new Date(slot.end)) return { ok: false, error: refusal(409, 'CHECK_IN_CLOSED', 'closed') };
  if (headcount !== undefined && headcount > booking.partySize) {
    return { ok: false, error: refusal(400, 'HEADCOUNT_TOO_LARGE', 'headcountTooLarge') };
  }
  const checkedInAt = now.toISOString();
  markCheckedIn(booking, checkedInAt, headcount);
  gate.queue.push({
    code: normaliseCode(input),
    resourceId: pack.resourceId,
    codeHash: hash,
    checkedInAt,
    deviceId: deviceId(),
    ...(headcount !== undefined && { headcount }),
  });
  await Promise.all([save('queue', gate.queue), save('packs', gate.packs)]);
  return {
    ok: true,
    offline: true,
    code: normaliseCode(input),
    venue: pack.venueName,
    offering: slot.offeringTitle,
    start: slot.start,
    end: slot.end,
    kind: booking.kind,
    partySize: headcount ?? booking.partySize,
    names: booking.names,
    categories: booking.categories,
  };
}

/**
 * Checks a code in: with the server while it answers (the device's list follows), on this device
 * when the network is gone.
 */
export async function checkIn(input: string, headcount?: number): Promise<GateAnswer> {
  if (!gate.online && gate.packs.length) return checkInOnDevice(input, headcount);
  try {
    const { data: booking } = await client.POST('/api/v1/check-ins', {
      body: { code: input, deviceId: deviceId(), ...(headcount ? { headcount } : {}) },
    });
    const found = await find(input).catch(() => undefined);
    if (found) {
      markCheckedIn(found.booking, new Date().toISOString(), booking.headcount ?? undefined);
      await save('packs', gate.packs);
    }
    void sync();
    return {
      ok: true,
      offline: false,
      code: booking.code,
      venue: booking.venue.name,
      offering: booking.offering.title,
      start: booking.start,
      end: booking.end,
      kind: booking.kind,
      partySize: booking.headcount ?? booking.partySize,
      names: booking.names,
      categories: booking.categories,
    };
  } catch (e) {
    const error = e as ApiError;
    // No answer at all: the network is gone, whatever the browser thinks.
    if (error.status === 0 && gate.packs.length) return checkInOnDevice(input, headcount);
    return { ok: false, error };
  }
}

let sending: Promise<void> | undefined;

/** Sends the queue, oldest first, until it is empty or the server cannot be reached. */
export function sync(): Promise<void> {
  sending ??= (async () => {
    gate.syncing = true;
    try {
      while (gate.queue.length) {
        const item = gate.queue[0];
        try {
          await client.POST('/api/v1/check-ins', {
            body: {
              code: item.code,
              checkedInAt: item.checkedInAt,
              deviceId: item.deviceId,
              ...(item.headcount ? { headcount: item.headcount } : {}),
            },
          });
          gate.signInNeeded = false;
        } catch (e) {
          const error = e as ApiError;
          // Not now: no network, the server busy or asking to slow down, the sign-in lapsed. Later.
          if (error.status === 0 || error.status >= 500 || error.status === 429) return;
          if (error.status === 401) {
            gate.signInNeeded = true;
            return;
          }
          gate.problems.push({
            code: item.code,
            checkedInAt: item.checkedInAt,
            names: findByHash(item.resourceId, item.codeHash)?.names ?? [],
            error: { status: error.status, code: error.code, messages: error.messages, details: error.details },
          });
          await save('problems', gate.problems);
        }
        gate.queue.shift();
        await save('queue', gate.queue);
      }
    } finally {
      gate.syncing = false;
      sending = undefined;
    }
  })();
  return sending;
}

/** Fetches today's list of each of the operator's published venues and keeps it on this device. */
export async function refreshPacks(): Promise<void> {
  const packs = await Promise.all(
    (await myPublishedVenues()).map(
      async (venue) =>
        (
          await client.GET('/api/v1/resources/{id}/check-in-pack', {
            params: { path: { id: venue.id }, query: { date: todayInBeijing() } },
          })
        ).data,
    ),
  );
  // What this device checked in and has not sent yet stays checked in on the new copy.
  gate.packs = packs;
  for (const item of gate.queue) {
    const booking = findByHash(item.resourceId, item.codeHash);
    if (booking && booking.status !== 'checked_in') markCheckedIn(booking, item.checkedInAt, item.headcount);
  }
  await Promise.all([save('packs', gate.packs), save('owner', session.me?.id)]);
}

export async function dismissProblems(): Promise<void> {
  gate.problems = [];
  await save('problems', gate.problems);
}

/** People on this device's lists, and how many of them are checked in. */
export function packTotals(): { bookings: number; checkedIn: number } {
  const bookings = gate.packs.flatMap((p) => p.slots.flatMap((s) => s.bookings));
  return { bookings: bookings.length, checkedIn: bookings.filter((b) => b.status === 'checked_in').length };
}

/**
 * The service worker that keeps the app's files for the console (built by vite.config.ts as
 * /sw.js), so the check-in page opens without a network. Only in the built app.
 */
function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/console/' }).catch(() => undefined);
}

let started = false;

/**
 * Opens the gate on this page: the lists and queue this device kept, the service worker, the
 * network's comings and goings; then, online, fresh lists and the queue sent.
 */
export async function openGate(): Promise<void> {
  if (!started) {
    started = true;
    registerServiceWorker();
    window.addEventListener('online', () => {
      gate.online = true;
      void sync().then(() => refreshPacks().catch(() => undefined));
    });
    window.addEventListener('offline', () => (gate.online = false));
    setInterval(() => {
      if (gate.online && gate.queue.length) void sync();
    }, RETRY_MS);
    setInterval(() => {
      if (gate.online && !gate.queue.length) void refreshPacks().catch(() => undefined);
    }, REFRESH_MS);
  }
  gate.online = navigator.onLine;
  if (!gate.supported) {
    gate.loaded = true;
    return;
  }
  const [packs, queue, problems, owner] = await Promise.all([
    read<CheckInPackView[]>('packs'),
    read<QueuedCheckIn[]>('queue'),
    read<SyncProblem[]>('problems'),
    read<string>('owner'),
  ]);
  // Another account's lists, or another day's, are dropped; a queue always goes on to the server.
  const mine = !owner || owner === session.me?.id;
  gate.packs = mine ? (packs ?? []).filter((p) => p.date === todayInBeijing()) : [];
  gate.queue = queue ?? [];
  gate.problems = problems ?? [];
  gate.loaded = true;
  if (!gate.online) return;
  keepAccountForOffline();
  await sync();
  await refreshPacks().catch(() => undefined);
}
