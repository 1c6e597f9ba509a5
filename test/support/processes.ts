import { readdirSync, readFileSync } from 'node:fs';

/** Processes (other than this one) whose command line mentions a path, e.g. a data directory. */
export function processesUsing(path: string): { pid: number; command: string }[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry) && Number(entry) !== process.pid)
    .map((entry) => {
      try {
        return { pid: Number(entry), command: readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ') };
      } catch {
        return { pid: Number(entry), command: '' };
      }
    })
    .filter(({ command }) => command.includes(path));
}
