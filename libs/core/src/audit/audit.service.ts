import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ActorEntry, AuditStore } from './audit.store';

export interface AuditEntry {
  /** Who did it; null for anonymous events such as a failed sign-in. */
  actorId: string | null;
  /** Dotted verb, e.g. `auth.sign_in`, `role.grant`. */
  action: string;
  subjectType?: string;
  subjectId?: string;
  /** Context for a reviewer. Never secrets; personal numbers only masked. */
  details?: Record<string, unknown>;
  correlationId?: string;
}

/**
 * The append-only audit trail (a trigger refuses UPDATE and DELETE). Pass the transaction's
 * manager so the entry commits or rolls back with the change it describes.
 */
@Injectable()
export class AuditService {
  constructor(private readonly store: AuditStore) {}

  record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    return this.store.insert(entry, manager);
  }

  /** An account's own trail: sign-ins, changes and decisions it made, newest first (its data export). */
  entriesBy(accountId: string): Promise<ActorEntry[]> {
    return this.store.byActor(accountId);
  }
}
