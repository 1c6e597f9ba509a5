import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { OutboxEvent } from './outbox.service';

/** The `outbox` table (docs/architecture.md, "Events: the outbox"). */
@Injectable()
export class OutboxStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(tx: EntityManager, event: OutboxEvent): Promise<void> {
    await tx.query(`INSERT INTO outbox (topic, aggregate_type, aggregate_id, payload) VALUES ($1, $2, $3, $4)`, [
      event.topic,
      event.aggregateType,
      event.aggregateId,
      JSON.stringify(event.payload ?? {}),
    ]);
  }

  /** The id of the last event written, '0' when there is none. */
  async lastId(): Promise<string> {
    const [{ id }] = await this.dataSource.query(`SELECT coalesce(max(id), 0) AS id FROM outbox`);
    return String(id);
  }

  /** The aggregates of this type that events after `afterId` are about, each once. */
  async aggregatesAfter(aggregateType: string, afterId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT aggregate_id AS id FROM outbox WHERE aggregate_type = $1 AND id > $2`,
      [aggregateType, afterId],
    );
    return rows.map((row) => row.id);
  }
}
