import { Logger } from '@nestjs/common';
import { maskPhone } from '@kepu/core';
import { Delivery, NotificationChannel } from '../notification';

/** One text message: a gateway sends the kind's approved template with `params`. */
export interface SmsMessage {
  phone: string;
  kind: string;
  params: [string, string][];
}

/** An SMS gateway (SMS_SENDER). Throws Undeliverable when the message can never go, anything else to be retried. */
export interface SmsSender {
  send(message: SmsMessage): Promise<void>;
}

/**
 * Development, and sites without a gateway: notes in the log that a message would have gone, with
 * the number masked and without its text, which may hold a sign-in code that nobody reading logs
 * may have. Demo mode shows the whole message in the dev mailbox.
 */
export class LoggingSmsSender implements SmsSender {
  private readonly logger = new Logger('Sms');

  async send({ phone, kind }: SmsMessage): Promise<void> {
    this.logger.log(`SMS ${kind} to ${maskPhone(phone)} not sent: SMS_SENDER=log`);
  }
}

/** Text messages, to a login's phone, a booking's proven contact phone, or an account's proven phone. */
export class SmsChannel implements NotificationChannel {
  readonly name = 'sms';

  constructor(private readonly sender: SmsSender) {}

  accepts(delivery: Delivery): boolean {
    return Boolean(delivery.phone);
  }

  recipient(delivery: Delivery): string {
    return maskPhone(delivery.phone as string);
  }

  async send(delivery: Delivery): Promise<void> {
    await this.sender.send({
      phone: delivery.phone as string,
      kind: delivery.kind,
      params: delivery.smsParams,
    });
  }
}
