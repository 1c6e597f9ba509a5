import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditEntry } from './audit.service';

/** What an account's own trail shows of each entry (`AuditService.entriesBy`). */
export interface ActorEntry {
  at: Date;
  action: string;
  subjectType: string | null;
}

/**
 * SQL: the audit log's entries, as a subquery another lib joins with its own subjects (register's
 * resource history and public text changes, which filter by their resources). Postgres pulls the
 * subquery up, so the join plans as it would on the table.
 */
export const AUDIT_ENTRIES_SQL = `(SELECT id, occurred_at, actor_account_id, action, subject_type, subject_id, details
   FROM audit_log)`;

/** The `audit_log` table: append only (a trigger refuses UPDATE and DELETE). */
@Injectable()
export class AuditStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor_account_id, action, subject_type, subject_id, details, correlation_id)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        entry.actorId,
        entry.action,
        entry.subjectType ?? null,
        entry.subjectId ?? null,
        JSON.stringify(entry.details ?? {}),
        entry.correlationId ?? null,
      ],
    );
  }

  /** The entries an account made, newest first, at most 1000. */
  byActor(accountId: string): Promise<ActorEntry[]> {
    return this.dataSource.query(
      `SELECT occurred_at AS "at", action, subject_type AS "subjectType"
         FROM audit_log WHERE actor_account_id = $1 ORDER BY occurred_at DESC LIMIT 1000`,
      [accountId],
    );
  }
}
