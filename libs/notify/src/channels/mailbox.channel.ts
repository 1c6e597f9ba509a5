import { Delivery, NotificationChannel } from '../notification';

/** Demo mode: every notification lands in the dev mailbox (`GET /dev/mailbox`) instead of leaving the machine. */
export class MailboxChannel implements NotificationChannel {
  readonly name = 'mailbox';

  accepts(): boolean {
    return true;
  }

  async send(delivery: Delivery): Promise<string> {
    return delivery.email ?? 'account';
  }
}
