import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxConsumer, OutboxConsumerHandler, OutboxFailures, OutboxRow, PersonalDataCipher } from '@kepu/core';
import { AccountAddresses } from './account-addresses';
import { NotificationDeliveriesStore } from './notification-deliveries.store';
import { DeliveryStatus } from './notification-delivery.entity';
import { Delivery, NOTIFICATION_CHANNELS, NotificationChannel, Undeliverable } from './notification';
import { NOTIFICATION_AGGREGATE, NotificationPayload } from './notifier.service';

/**
 * Sends queued notifications through every channel that accepts them, each (notification, channel)
 * once. A send is recorded the moment the channel accepted it, in its own transaction rather than
 * the batch's: a message that has left cannot be taken back, so a worker that dies later in the
 * batch must not have its record rolled back and the message sent again by the next worker. Only
 * a crash between a channel's acceptance and that record can repeat a send, and the repeat carries
 * the same key (an e-mail's Message-ID), which receivers use to drop duplicates. A message a
 * channel can never send is recorded too, as failed with its reason, so it is not tried again.
 */
@Injectable()
@OutboxConsumer({ aggregateType: NOTIFICATION_AGGREGATE, batchSize: 20 })
export class NotificationDispatcher implements OutboxConsumerHandler {
  constructor(
    @Inject(NOTIFICATION_CHANNELS) private readonly channels: NotificationChannel[],
    private readonly cipher: PersonalDataCipher,
    private readonly addresses: AccountAddresses,
    private readonly deliveries: NotificationDeliveriesStore,
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
    const payload = row.payload as NotificationPayload;
    const recipient = payload.toAddress ? this.address(payload) : await this.account(row.aggregateId, payload, tx);
    if (!recipient) return; // deleted or suspended since: nothing to tell
    const delivery: Delivery = {
      // The outbox id with a random id (the account's, or the notification's): stable across attempts, unique across deployments.
      key: `notification.${row.id}.${row.aggregateId}`,
      kind: row.topic,
      subject: payload.subject,
      text: payload.text,
      smsParams: payload.smsParams ?? [],
      ...recipient,
    };
    const done = await this.deliveries.channelsDone(tx, row.id);
    const failures: string[] = [];
    for (const channel of this.channels) {
      if (done.has(channel.name) || !channel.accepts(delivery)) continue;
      try {
        await channel.send(delivery);
        await this.record(row, channel, delivery, 'sent');
      } catch (error) {
        if (error instanceof Undeliverable) await this.record(row, channel, delivery, 'failed', error.message);
        else failures.push(`${channel.name}: ${(error as Error).message}`);
      }
    }
    // Every channel was tried; the row is retried for the ones that failed for now only.
    if (failures.length) throw new Error(failures.join('; '));
  }

  /** A login's address, unsealed. */
  private address(payload: NotificationPayload): Pick<Delivery, 'email' | 'phone'> {
    return { email: this.unseal(payload.sealedEmail), phone: this.unseal(payload.sealedPhone) };
  }

  /**
   * An active account's e-mail, and the phone to text: the one the notification names (a
   * booking's proven contact phone), else the account's own once its holder has proven it.
   */
  private async account(
    accountId: string,
    payload: NotificationPayload,
    tx: EntityManager,
  ): Promise<Pick<Delivery, 'email' | 'phone'> | null> {
    const account = await this.addresses.addressOf(accountId, tx);
    if (!account) return null;
    const phone =
      this.unseal(payload.sealedPhone) ?? (account.provenPhoneSealed && this.cipher.decrypt(account.provenPhoneSealed));
    return { email: account.email, phone };
  }

  private unseal(sealed: string | undefined): string | null {
    return sealed ? this.cipher.decrypt(Buffer.from(sealed, 'base64')) : null;
  }

  private async record(
    row: OutboxRow,
    channel: NotificationChannel,
    delivery: Delivery,
    status: DeliveryStatus,
    reason?: string,
  ): Promise<void> {
    await this.deliveries.record({
      outboxId: row.id,
      channel: channel.name,
      kind: row.topic,
      accountId: (row.payload as NotificationPayload).toAddress ? null : row.aggregateId,
      recipient: channel.recipient(delivery),
      subject: delivery.subject.slice(0, 200),
      text: delivery.text,
      status,
      reason: reason?.slice(0, 300) ?? null,
    });
  }
}
