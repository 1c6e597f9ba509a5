/** What a lib asks to tell an account; notify decides the channels. */
export interface Notification {
  accountId: string;
  /** Dotted kind, e.g. `booking.confirmed`: the outbox topic. */
  kind: string;
  subject: string;
  /** Plain text, Chinese first; the same text goes to e-mail, the mailbox and (shortened) SMS. */
  text: string;
  /** A mobile number to text as well, sealed with the PersonalDataCipher (never in clear in the outbox). */
  sealedPhone?: Buffer | null;
}

/** A notification as a channel receives it, with the account's contact details resolved. */
export interface Delivery {
  /**
   * The same for every attempt at one notification, and unique to it: a channel passes it on (an
   * e-mail's Message-ID) so the receiving side drops a repeat sent after a crash.
   */
  key: string;
  subject: string;
  text: string;
  email: string | null;
  phone: string | null;
}

export interface NotificationChannel {
  readonly name: string;
  /** Whether this delivery is for this channel (e.g. SMS needs a phone). */
  accepts(delivery: Delivery): boolean;
  /** Sends it; returns the recipient as it may be shown (masked). Throws to be retried later. */
  send(delivery: Delivery): Promise<string>;
}

export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');
