/**
 * A Lighthouse trace with the page's own work only: on the renderer's main thread, each top-level
 * task is shrunk to its thread (CPU) time, and what is nested in it is scaled with it; task start
 * times stay as observed. Lighthouse's mobile score multiplies the observed task times by four, so
 * on a shared 2-core machine another process's load counts as the page's own blocking time: one
 * task of 120 ms observed had 30 ms of CPU under a load of 7 (docs/benchmarks.md, "Web"). Scored
 * again from this trace (`lighthouse -A`), a run shows what the page costs beside what the machine
 * allowed. Time the main thread spends waiting (a synchronous font lookup in another process) is
 * not CPU time, so this score is an upper bound, never the figure to report alone.
 */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** The renderer main thread that ran the most tasks: the page's, not about:blank's. */
function pageMainThread(events: TraceEvent[]): { pid: number; tid: number } {
  const busy = new Map<string, number>();
  for (const event of events)
    if (event.name === 'RunTask' && event.ph === 'X') {
      const key = `${event.pid}:${event.tid}`;
      busy.set(key, (busy.get(key) ?? 0) + (event.dur ?? 0));
    }
  const renderers = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const thread = renderers.sort(
    (a, b) => (busy.get(`${b.pid}:${b.tid}`) ?? 0) - (busy.get(`${a.pid}:${a.tid}`) ?? 0),
  )[0];
  if (!thread) throw new Error('the trace has no renderer main thread');
  return thread;
}

/** Rewrites the trace's events in place; answers the main thread's task time before and after, in ms. */
export function toCpuTime(events: TraceEvent[]): { observedMs: number; cpuMs: number } {
  const { pid, tid } = pageMainThread(events);
  const onThread = events.filter((e) => e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts);
  let observed = 0;
  let cpu = 0;
  let end = -Infinity;
  for (const task of onThread) {
    if (task.ph !== 'X' || !task.dur || task.ts < end) continue;
    const start = task.ts;
    end = start + task.dur;
    if (!task.tdur || task.tdur >= task.dur) continue;
    const ratio = task.tdur / task.dur;
    observed += task.dur;
    cpu += task.tdur;
    for (const inner of onThread) {
      if (inner === task || inner.ts < start || inner.ts > end) continue;
      if (inner.ph === 'X' && inner.ts + (inner.dur ?? 0) > end) continue; // not nested in this task
      inner.ts = start + (inner.ts - start) * ratio;
      if (inner.dur) inner.dur *= ratio;
    }
    task.dur = task.tdur;
  }
  return { observedMs: observed / 1000, cpuMs: cpu / 1000 };
}
