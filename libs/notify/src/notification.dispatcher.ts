import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
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
 * Sends queued notifications through every channel that accepts them. Each (notification, channel)
 * is recorded once, so a retry after a failed channel never repeats the channels that worked.
 */
@Injectable()
@OutboxConsumer({ aggregateType: NOTIFICATION_AGGREGATE, batchSize: 20 })
export class NotificationDispatcher implements OutboxConsumerHandler {
  constructor(
    @Inject(NOTIFICATION_CHANNELS) private readonly channels: NotificationChannel[],
    private readonly cipher: PersonalDataCipher,
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
        await tx.insert(NotificationDelivery, {
          outboxId: row.id,
          channel: channel.name,
          kind: row.topic,
          accountId: row.aggregateId,
          recipient,
          subject: payload.subject.slice(0, 200),
          text: payload.text,
        });
      } catch (error) {
        failures.push(`${channel.name}: ${(error as Error).message}`);
      }
    }
    // Every channel was tried; the row is retried for the ones that failed only.
    if (failures.length) throw new Error(failures.join('; '));
  }
}
