import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxService } from '@kepu/core';
import { Notification } from './notification';

export const NOTIFICATION_AGGREGATE = 'notification';

/** Queues a notification in the caller's transaction: it is sent after commit, and never for a rollback. */
@Injectable()
export class Notifier {
  constructor(private readonly outbox: OutboxService) {}

  async send(notification: Notification, tx: EntityManager): Promise<void> {
    await this.outbox.publish(
      {
        topic: notification.kind,
        aggregateType: NOTIFICATION_AGGREGATE,
        aggregateId: notification.accountId,
        payload: {
          subject: notification.subject,
          text: notification.text,
          ...(notification.sealedPhone ? { sealedPhone: notification.sealedPhone.toString('base64') } : {}),
        },
      },
      tx,
    );
  }
}
