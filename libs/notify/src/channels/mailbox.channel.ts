import { Delivery, NotificationChannel } from '../notification';

/** The channels whose records are the dev mailbox: what would reach an e-mail address, and a phone. */
export const MAILBOX_CHANNELS = { email: 'mailbox', phone: 'mailbox_sms' } as const;

/**
 * Demo mode: every message to an e-mail address or a phone also lands in the dev mailbox
 * (`GET /dev/mailbox`), so a demo user reads a code without a real inbox. Demo logins are not
 * real people's: the recipient is kept in clear so the mailbox can find it.
 */
export class MailboxChannel implements NotificationChannel {
  readonly name: string;

  constructor(private readonly medium: keyof typeof MAILBOX_CHANNELS) {
    this.name = MAILBOX_CHANNELS[medium];
  }

  accepts(delivery: Delivery): boolean {
    return Boolean(delivery[this.medium]);
  }

  recipient(delivery: Delivery): string {
    return delivery[this.medium] as string;
  }

  /** The record the dispatcher keeps is the message. */
  async send(): Promise<void> {}
}
