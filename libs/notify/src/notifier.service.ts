import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxService, PersonalDataCipher } from '@kepu/core';
import { Notification } from './notification';

export const NOTIFICATION_AGGREGATE = 'notification';

/** A queued notification; personal numbers and addresses are sealed, base64. */
export type NotificationPayload = {
  subject: string;
  text: string;
  smsParams?: [string, string][];
  /** Set when the aggregate id is not an account's but this notification's own. */
  toAddress?: true;
  sealedEmail?: string;
  sealedPhone?: string;
};

/** Queues a notification in the caller's transaction: it is sent after commit, and never for a rollback. */
@Injectable()
export class Notifier {
  constructor(
    private readonly outbox: OutboxService,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async send(notification: Notification, tx: EntityManager): Promise<void> {
    const { kind, subject, text, smsParams } = notification;
    const payload: NotificationPayload = {
      subject,
      text,
      ...(smsParams ? { smsParams: Object.entries(smsParams) } : {}),
    };
    let aggregateId: string;
    if ('address' in notification) {
      const { address } = notification;
      // A login is no id: a notification to one has an id of its own, which also keys its deliveries.
      aggregateId = randomUUID();
      payload.toAddress = true;
      if ('phone' in address) payload.sealedPhone = this.seal(address.phone);
      else payload.sealedEmail = this.seal(address.email);
    } else if (notification.accountId === null) {
      // Nobody to tell but by text: without a number, nothing goes.
      if (!notification.sealedPhone) return;
      aggregateId = randomUUID();
      payload.toAddress = true;
      payload.sealedPhone = notification.sealedPhone.toString('base64');
    } else {
      aggregateId = notification.accountId;
      if (notification.sealedPhone) payload.sealedPhone = notification.sealedPhone.toString('base64');
    }
    await this.outbox.publish({ topic: kind, aggregateType: NOTIFICATION_AGGREGATE, aggregateId, payload }, tx);
  }

  private seal(plain: string): string {
    return this.cipher.encrypt(plain).toString('base64');
  }
}
