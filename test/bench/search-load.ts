/**
 * The search benchmark's load generator: a process of its own, forked by search.bench.ts
 * (load-process.ts). Commands:
 * - mix: `connections` clients against each target, request k of a target being
 *   requests[sequence[(first + k) mod n]], so the API and Meilisearch get the same drawn sequence.
 *   With several targets the run is cut into slices taken in turn (API, Meilisearch, API, …), so
 *   whatever else the machine does meanwhile weighs on both alike. Exact latency percentiles from
 *   every answer; optionally which answers were `degraded`, and a probe (health) beside the load;
 * - until: one request after another until an answer contains a text (recovery after a pause).
 */
import autocannon from 'autocannon';
import { percentile } from './booking-load';
import { serveLoadCommands } from './load-process';

export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface MixTarget {
  url: string;
  requests: BenchRequest[];
}

export interface MixCommand {
  type: 'mix';
  targets: MixTarget[];
  /** Indices into each target's `requests`, taken in turn from `first` (and round again). */
  sequence: number[];
  first?: number;
  connections: number;
  /** For each target. */
  seconds: number;
  /** How many turns each target gets (1: one after the other). */
  slices?: number;
  /** Find `"degraded":true` in the answers and report the answers sent `settleMs` after the first such one. */
  degraded?: { settleMs: number };
  /** A GET to the first target sent every `everyMs` beside the load, on a connection of its own (health under load). */
  probe?: { path: string; everyMs: number };
}

export interface UntilCommand {
  type: 'until';
  url: string;
  /** Sent in turn. */
  paths: string[];
  /** Stops at the first answer containing this. */
  contains: string;
  everyMs: number;
  maxSeconds: number;
}

export type SearchLoadCommand = MixCommand | UntilCommand;

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface MixResult {
  seconds: number;
  /** Answers received within the run. */
  requests: number;
  requestsPerSecond: number;
  latencyMs: Latency;
  /** Socket errors and timeouts, and answers other than 2xx. */
  errors: number;
  timeouts: number;
  non2xx: number;
  statuses: Record<string, number>;
  /** Requests taken from the sequence (some still in flight when the run ended). */
  drawn: number;
  degraded?: {
    answers: number;
    /** When the first degraded answer arrived, from the start of the run. */
    firstAtMs: number | null;
    /** Of every degraded answer in the run. */
    latencyMs: Latency | null;
    /** Answers to requests sent from firstAtMs + settleMs on. */
    settled: {
      fromMs: number;
      requests: number;
      requestsPerSecond: number;
      degradedShare: number;
      latencyMs: Latency;
    } | null;
  };
}

export interface ProbeAnswer {
  atMs: number;
  ms: number;
  status: number;
  /** The health answer's `details` (each check's status and message), when the probe is health. */
  details?: Record<string, unknown>;
}

export interface MixResults {
  /** One per target, in the command's order. */
  results: MixResult[];
  probes?: ProbeAnswer[];
}

export interface UntilResult {
  matched: boolean;
  seconds: number;
  attempts: number;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

const latencyOf = (times: number[]): Latency => {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: percentile(sorted, 100),
  };
};

async function timedGet(url: string): Promise<{ ms: number; status: number; text: string }> {
  const startedAt = performance.now();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    const text = await response.text();
    return { ms: performance.now() - startedAt, status: response.status, text };
  } catch (error) {
    return { ms: performance.now() - startedAt, status: 0, text: (error as Error).message };
  }
}

/** What one target's slices have gathered so far. */
class Series {
  next: number;
  drawn = 0;
  seconds = 0;
  readonly times: number[] = [];
  /** When each answer ended (from the start of the command), and whether it was degraded: kept only when asked. */
  readonly ends: number[] = [];
  readonly degradedFlags: boolean[] = [];
  errors = 0;
  timeouts = 0;
  non2xx = 0;
  readonly statuses: Record<string, number> = {};

  constructor(
    readonly target: MixTarget,
    first: number,
  ) {
    this.next = first;
  }
}

async function slice(command: MixCommand, series: Series, seconds: number, startedAt: number): Promise<void> {
  const { sequence } = command;
  let lastDegraded = false;
  const template = {
    setupRequest: (defaults: autocannon.Request): autocannon.Request => {
      const picked = series.target.requests[sequence[series.next++ % sequence.length]];
      series.drawn++;
      return { ...defaults, ...picked, headers: { ...defaults.headers, ...picked.headers } } as autocannon.Request;
    },
    // Called just before the 'response' event of the same answer, on the same tick.
    onResponse: command.degraded
      ? (_status: number, body: string) => {
          lastDegraded = body.includes('"degraded":true');
        }
      : undefined,
  };
  const sliceStartedAt = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      // One template: setupRequest picks each request from the sequence.
      {
        url: series.target.url,
        connections: command.connections,
        duration: seconds,
        timeout: 30,
        requests: [template],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, ms: number) => {
      series.times.push(ms);
      if (command.degraded) {
        series.ends.push(performance.now() - startedAt);
        series.degradedFlags.push(lastDegraded);
      }
    });
  });
  series.seconds += (performance.now() - sliceStartedAt) / 1000;
  series.errors += result.errors;
  series.timeouts += result.timeouts;
  series.non2xx += result.non2xx;
  for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {})) {
    series.statuses[status] = (series.statuses[status] ?? 0) + (count ?? 0);
  }
}

function figures(series: Series, settleMs?: number): MixResult {
  const { times, ends, degradedFlags, seconds } = series;
  const result: MixResult = {
    seconds: round(seconds, 2),
    requests: times.length,
    requestsPerSecond: Math.round(times.length / seconds),
    latencyMs: latencyOf(times),
    errors: series.errors,
    timeouts: series.timeouts,
    non2xx: series.non2xx,
    statuses: series.statuses,
    drawn: series.drawn,
  };
  if (settleMs === undefined) return result;
  const first = degradedFlags.indexOf(true);
  const firstAtMs = first < 0 ? null : ends[first];
  let settled: NonNullable<MixResult['degraded']>['settled'] = null;
  if (firstAtMs !== null) {
    const fromMs = firstAtMs + settleMs;
    const picked = times.map((ms, i) => ({ ms, i })).filter(({ ms, i }) => ends[i] - ms >= fromMs);
    settled = picked.length
      ? {
          fromMs: round(fromMs),
          requests: picked.length,
          requestsPerSecond: Math.round(picked.length / (seconds - fromMs / 1000)),
          degradedShare: round(picked.filter(({ i }) => degradedFlags[i]).length / picked.length, 3),
          latencyMs: latencyOf(picked.map(({ ms }) => ms)),
        }
      : null;
  }
  const degradedTimes = times.filter((_ms, i) => degradedFlags[i]);
  result.degraded = {
    answers: degradedTimes.length,
    firstAtMs: firstAtMs === null ? null : round(firstAtMs),
    latencyMs: degradedTimes.length ? latencyOf(degradedTimes) : null,
    settled,
  };
  return result;
}

async function mix(command: MixCommand): Promise<MixResults> {
  const slices = command.slices ?? 1;
  const all = command.targets.map((target) => new Series(target, command.first ?? 0));
  const probes: ProbeAnswer[] = [];
  const pendingProbes: Promise<void>[] = [];
  const startedAt = performance.now();
  const { probe } = command;
  const probeTimer =
    probe &&
    setInterval(() => {
      const atMs = performance.now() - startedAt;
      pendingProbes.push(
        timedGet(`${command.targets[0].url}${probe.path}`).then(({ ms, status, text }) => {
          let details: Record<string, unknown> | undefined;
          try {
            details = (JSON.parse(text) as { details?: Record<string, unknown> }).details;
          } catch {
            details = { unparsable: text.slice(0, 200) };
          }
          probes.push({ atMs: round(atMs), ms: round(ms), status, details });
        }),
      );
    }, probe.everyMs);
  try {
    for (let turn = 0; turn < slices; turn++) {
      for (const series of all) await slice(command, series, command.seconds / slices, startedAt);
    }
  } finally {
    if (probeTimer) clearInterval(probeTimer);
  }
  await Promise.all(pendingProbes);
  return {
    results: all.map((series) => figures(series, command.degraded?.settleMs)),
    ...(probe && { probes: probes.sort((a, b) => a.atMs - b.atMs) }),
  };
}

async function until(command: UntilCommand): Promise<UntilResult> {
  const startedAt = performance.now();
  for (let attempts = 1; ; attempts++) {
    const { text } = await timedGet(`${command.url}${command.paths[attempts % command.paths.length]}`);
    const seconds = round((performance.now() - startedAt) / 1000, 2);
    if (text.includes(command.contains)) return { matched: true, seconds, attempts };
    if (seconds > command.maxSeconds) return { matched: false, seconds, attempts };
    await new Promise((resolve) => setTimeout(resolve, command.everyMs));
  }
}

const run = (command: SearchLoadCommand): Promise<unknown> => (command.type === 'mix' ? mix(command) : until(command));

if (require.main === module) serveLoadCommands(run, 'search-load.ts');
