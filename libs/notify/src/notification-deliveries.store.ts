import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { outboxEventPending } from '@kepu/core';
import { NotificationDelivery } from './notification-delivery.entity';

/** What a delivery record says: which event went through which channel, to whom, and how it went. */
export type DeliveryRecord = Pick<
  NotificationDelivery,
  'outboxId' | 'channel' | 'kind' | 'accountId' | 'recipient' | 'subject' | 'text' | 'status' | 'reason'
>;

/** A message sent to an account, as its holder's export shows it. */
export interface SentMessage {
  sentAt: Date;
  channel: string;
  kind: string;
  recipient: string;
  subject: string;
  text: string;
  status: string;
}

/** The messages sent, one row per (outbox event, channel): `notification_deliveries`. */
@Injectable()
export class NotificationDeliveriesStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The channels that already sent (or gave up on) this outbox event. */
  async channelsDone(tx: EntityManager, outboxId: string): Promise<Set<string>> {
    return new Set<string>(
      (await tx.query(`SELECT channel FROM notification_deliveries WHERE outbox_id = $1`, [outboxId])).map(
        (r: { channel: string }) => r.channel,
      ),
    );
  }

  /**
   * Records a send at once, in a transaction of its own: a message that has left cannot be taken
   * back. A record already there (a worker whose batch outlived its claim) is kept.
   */
  async record(delivery: DeliveryRecord): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(NotificationDelivery)
      .values(delivery)
      .orIgnore() // recorded already by a worker whose batch outlived its claim
      .execute();
  }

  /** The latest 100 messages through these channels, newest first, only those to `recipient` when given. */
  latestThrough(channels: string[], recipient?: string): Promise<NotificationDelivery[]> {
    return this.dataSource.getRepository(NotificationDelivery).find({
      where: { channel: In(channels), ...(recipient ? { recipient } : {}) },
      order: { createdAt: 'DESC' },
      take: 100,
    });
  }

  /** The messages sent to an account, newest first. */
  sentTo(accountId: string): Promise<SentMessage[]> {
    return this.dataSource.query(
      `SELECT created_at AS "sentAt", channel, kind, recipient, subject, text, status
         FROM notification_deliveries WHERE account_id = $1 ORDER BY created_at DESC`,
      [accountId],
    );
  }

  /** Forgets the messages sent to an account (it is erased). */
  async deleteFor(tx: EntityManager, accountId: string): Promise<void> {
    await tx.query(`DELETE FROM notification_deliveries WHERE account_id = $1`, [accountId]);
  }

  /** Deletes the records older than `days` before `now`, but those whose outbox event still awaits a channel. */
  async purge(now: Date, days: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM notification_deliveries d
        WHERE d.created_at < $1::timestamptz - make_interval(days => $2)
          AND NOT ${outboxEventPending('d.outbox_id')}`,
      [now, days],
    );
  }
}
