import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditEntry } from './audit.service';

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
}
