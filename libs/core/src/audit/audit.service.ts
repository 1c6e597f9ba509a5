import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
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
}
