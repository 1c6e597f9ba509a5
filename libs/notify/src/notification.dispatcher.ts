import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxConsumer, OutboxConsumerHandler, OutboxFailures, OutboxRow, PersonalDataCipher } from '@kepu/core';
import { NotificationDelivery } from './notification-delivery.entity';
import { Delivery, NOTIFICATION_CHANNELS, NotificationChannel } from './notification';
import { NOTIFICATION_AGGREGATE } from './notifier.service';

interface Payload {
  subject: string;
  text: string;
  sealedPhone?: string;
}

/**
 * Sends queued notifications through every channel that accepts them, each (notification, channel)
 * once. A send is recorded the moment the channel accepted it, in its own transaction rather than
 * the batch's: a message that has left cannot be taken back, so a worker that dies later in the
 * batch must not have its record rolled back and the message sent again by the next worker. Only
 * a crash between a channel's acceptance and that record can repeat a send, and the repeat carries
 * the same key (an e-mail's Message-ID), which receivers use to drop duplicates.
 */
@Injectable()
@OutboxConsumer({ aggregateType: NOTIFICATION_AGGREGATE, batchSize: 20 })
export class NotificationDispatcher implements OutboxConsumerHandler {
  constructor(
    @Inject(NOTIFICATION_CHANNELS) private readonly channels: NotificationChannel[],
    private readonly cipher: PersonalDataCipher,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async handle(rows: OutboxRow[], tx: EntityManager): Promise<OutboxFailures> {
    const failures: OutboxFailures = new Map();
    for (const row of rows) {
      try {
        await this.deliver(row, tx);
      } catch (error) {
        failures.set(row.id, (error as Error).message);
      }
    }
    return failures;
  }

  private async deliver(row: OutboxRow, tx: EntityManager): Promise<void> {
    const payload = row.payload as unknown as Payload;
    const [account]: { email: string | null; phone: string | null }[] = await tx.query(
      `SELECT email, phone FROM accounts WHERE id = $1 AND status = 'active'`,
      [row.aggregateId],
    );
    if (!account) return; // deleted or disabled since: nothing to tell
    const delivery: Delivery = {
      // The outbox id with the account's random id: stable across attempts, unique across deployments.
      key: `notification.${row.id}.${row.aggregateId}`,
      subject: payload.subject,
      text: payload.text,
      email: account.email,
      phone: payload.sealedPhone ? this.cipher.decrypt(Buffer.from(payload.sealedPhone, 'base64')) : account.phone,
    };
    const done = new Set<string>(
      (await tx.query(`SELECT channel FROM notification_deliveries WHERE outbox_id = $1`, [row.id])).map(
        (r: { channel: string }) => r.channel,
      ),
    );
    const failures: string[] = [];
    for (const channel of this.channels) {
      if (done.has(channel.name) || !channel.accepts(delivery)) continue;
      try {
        const recipient = await channel.send(delivery);
        await this.dataSource
          .createQueryBuilder()
          .insert()
          .into(NotificationDelivery)
          .values({
            outboxId: row.id,
            channel: channel.name,
            kind: row.topic,
            accountId: row.aggregateId,
            recipient,
            subject: payload.subject.slice(0, 200),
            text: payload.text,
          })
          .orIgnore() // recorded already by a worker whose batch outlived its claim
          .execute();
      } catch (error) {
        failures.push(`${channel.name}: ${(error as Error).message}`);
      }
    }
    // Every channel was tried; the row is retried for the ones that failed only.
    if (failures.length) throw new Error(failures.join('; '));
  }
}
