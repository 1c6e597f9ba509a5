/** A login that may not (yet) be an account's, given in clear: the Notifier seals it before it is queued. */
export type Address = { email: string } | { phone: string };

/**
 * What a lib asks to tell someone; notify decides the channels. `accountId: null` is someone
 * without an account (booked at a venue's counter): only `sealedPhone` reaches them, if given.
 */
export type Notification = NotificationContent & ({ accountId: string | null } | { address: Address });

export interface NotificationContent {
  /** Dotted kind, e.g. `booking.confirmed`: the outbox topic, and what picks a gateway's SMS template. */
  kind: string;
  subject: string;
  /** Plain text, Chinese first; the same text goes to e-mail and the mailbox, the subject line to SMS. */
  text: string;
  /**
   * The variables of the kind's approved SMS template (gateways send templates only), e.g.
   * `{ code: '123456' }`. Tencent's templates number their variables: they take these in this order.
   */
  smsParams?: Record<string, string>;
  /**
   * A mobile number to text instead of the account's own, sealed with the PersonalDataCipher (never
   * in clear in the outbox). Only ever a number its holder has proven.
   */
  sealedPhone?: Buffer | null;
}

/** A notification as a channel receives it, with its recipient's contact details resolved. */
export interface Delivery {
  /**
   * The same for every attempt at one notification, and unique to it: a channel passes it on (an
   * e-mail's Message-ID) so the receiving side drops a repeat sent after a crash.
   */
  key: string;
  kind: string;
  subject: string;
  text: string;
  /** In the caller's order, which jsonb would not have kept as an object. */
  smsParams: [string, string][];
  email: string | null;
  phone: string | null;
}

export interface NotificationChannel {
  readonly name: string;
  /** Whether this delivery is for this channel (e.g. SMS needs a phone). */
  accepts(delivery: Delivery): boolean;
  /** The recipient as it is recorded (masked, except in the demo mailbox). */
  recipient(delivery: Delivery): string;
  /** Sends it. Throws Undeliverable when it can never go, anything else to be retried later. */
  send(delivery: Delivery): Promise<void>;
}

/**
 * A message this channel can never send (no template for its kind, a number the gateway rejects,
 * no balance left): recorded as failed with the reason, once, and not retried.
 */
export class Undeliverable extends Error {
  override readonly name = 'Undeliverable';
}

export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');
