import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { InjectConfig, KEPU_CONFIG, KepuConfig } from '@kepu/core';
import type { Grant } from './policy/actor';
import { identityConfig, AuthSettings } from './identity.config';

/** The channel the session_changes triggers notify with an account's id (migration 1795510000400). */
export const SESSION_CHANGES_CHANNEL = 'kepu_session_changes';

/** Sessions kept per process; past it the oldest go first. */
const MAX_SESSIONS = 20_000;
/** Between tries to listen again after the connection dropped. */
const RELISTEN_MS = 1_000;

export interface SessionFacts {
  accountId: string;
  grants: Grant[];
  verified: boolean;
  /** When the session itself ends, whatever the cache's own limit. */
  expiresAt: Date;
}

interface Entry extends SessionFacts {
  cachedUntil: number;
}

/**
 * What the last read said about a session, kept for a few seconds so a request needs no round trip
 * to learn who sent it. Correct across processes: triggers on sessions, role_grants and accounts
 * NOTIFY every change (logout, revocation, a role granted or taken, suspension, deletion,
 * verification) after it commits, and every process drops that account's sessions when told. The
 * cache only answers while this process is listening: from the moment the connection drops until
 * it listens again it is empty and every request reads. docs/identity.md, "Sessions".
 */
@Injectable()
export class SessionCache implements OnApplicationShutdown {
  private readonly logger = new Logger(SessionCache.name);
  private readonly sessions = new Map<string, Entry>();
  private listener?: Client;
  private listening = false;
  private stopped = false;
  /** Bumped by every change heard: a read that began before one may not be kept. */
  private generation = 0;

  constructor(
    @InjectConfig(identityConfig) private readonly settings: AuthSettings,
    @Inject(KEPU_CONFIG) private readonly config: KepuConfig,
  ) {}

  private get seconds(): number {
    return this.settings.sessionCacheSeconds;
  }

  get(sessionId: string, now = Date.now()): SessionFacts | undefined {
    if (!this.listening) {
      this.listen();
      return undefined;
    }
    const entry = this.sessions.get(sessionId);
    if (!entry) return undefined;
    if (entry.cachedUntil > now && entry.expiresAt.getTime() > now) return entry;
    this.sessions.delete(sessionId);
    return undefined;
  }

  /** A mark to hand back to `keep`: taken before the read whose answer is to be kept. */
  mark(): number {
    return this.generation;
  }

  keep(sessionId: string, facts: SessionFacts, mark: number, now = Date.now()): void {
    if (!this.listening || mark !== this.generation || this.seconds === 0) return;
    if (this.sessions.size >= MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value as string);
    this.sessions.set(sessionId, { ...facts, cachedUntil: now + this.seconds * 1000 });
  }

  /** Drops an account's sessions (also what every other process does when the change is heard). */
  forget(accountId: string): void {
    this.generation++;
    for (const [sessionId, entry] of this.sessions) {
      if (entry.accountId === accountId) this.sessions.delete(sessionId);
    }
  }

  /** Starts listening on a connection of its own, once; until it listens, nothing is kept. */
  private listen(): void {
    if (this.listener || this.stopped || this.seconds === 0) return;
    const client = new Client({ connectionString: this.config.database.url, application_name: 'kepu-sessions' });
    this.listener = client;
    const lost = (error?: Error) => {
      if (this.listener !== client) return;
      if (error && !this.stopped) this.logger.warn(`Session changes no longer heard: ${error.message}`);
      this.listening = false;
      this.listener = undefined;
      this.generation++;
      this.sessions.clear();
      void client.end().catch(() => undefined);
      if (!this.stopped) setTimeout(() => this.listen(), RELISTEN_MS).unref();
    };
    client.on('notification', (message) => {
      if (message.channel === SESSION_CHANGES_CHANNEL && message.payload) this.forget(message.payload);
    });
    client.on('error', lost);
    client.on('end', () => lost(new Error('connection ended')));
    client
      .connect()
      .then(() => client.query(`LISTEN ${SESSION_CHANGES_CHANNEL}`))
      .then(() => {
        if (this.listener === client) this.listening = true;
      })
      .catch((error: Error) => lost(error));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    const client = this.listener;
    this.listener = undefined;
    this.sessions.clear();
    await client?.end().catch(() => undefined);
  }
}
