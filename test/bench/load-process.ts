/**
 * A benchmark's load generator as a process of its own: the orchestrator forks it and sends it
 * commands over IPC; it sends the requests, times them and answers with its figures, so no request
 * is sent or timed on the event loop of the API or of the orchestrator (docs/search.md, "The benchmark").
 */
import { ChildProcess, fork } from 'node:child_process';

export interface LoadProcess<C> {
  pid: number;
  /** Runs one command; several may run at once (each answer carries its command's id). */
  ask<T>(command: C): Promise<T>;
  stop(): Promise<void>;
}

interface Answer {
  ready?: boolean;
  id: number;
  result?: unknown;
  error?: string;
}

/** Forks `file` (TypeScript, run by ts-node) and resolves once it has said it is ready. */
export async function forkLoadProcess<C>(file: string): Promise<LoadProcess<C>> {
  const child: ChildProcess = fork(file, [], {
    execArgv: ['-r', 'ts-node/register/transpile-only'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 0;
  let ready: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (ready = resolve));
  child.on('message', (message: Answer) => {
    if (message.ready) return ready();
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) waiting?.reject(new Error(`load generator: ${message.error}`));
    else waiting?.resolve(message.result);
  });
  child.on('exit', (code, signal) => {
    for (const { reject } of pending.values()) reject(new Error(`the load generator exited (${code ?? signal})`));
    pending.clear();
  });
  await new Promise<void>((resolve, reject) => {
    void started.then(resolve);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the load generator exited (${code}) before it was ready`)));
  });
  return {
    pid: child.pid as number,
    ask<T>(command: C): Promise<T> {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        child.send({ id, command });
      });
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await gone;
    },
  };
}

/** The forked side: runs each command it is sent and answers with its result or its error. */
export function serveLoadCommands<C>(run: (command: C) => Promise<unknown>, name: string): void {
  if (!process.send) throw new Error(`${name} is forked by its benchmark (it needs an IPC channel)`);
  process.on('message', (message: { id: number; command: C }) => {
    run(message.command).then(
      (result) => process.send?.({ id: message.id, result }),
      (error: unknown) =>
        process.send?.({
          id: message.id,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        }),
    );
  });
  // The orchestrator gone (finished, crashed or killed): nothing left to do here.
  process.on('disconnect', () => process.exit(0));
  process.send({ ready: true });
}
