import { Logger } from '@nestjs/common';
import { maskPhone } from '@kepu/core';
import { Delivery, NotificationChannel } from '../notification';

/** What an SMS gateway (Aliyun, Tencent Cloud…) must offer; only the logging sender exists so far. */
export interface SmsSender {
  send(phone: string, text: string): Promise<void>;
}

/** Writes the text message to the log, with the number masked: a stand-in until a gateway is contracted. */
export class LoggingSmsSender implements SmsSender {
  private readonly logger = new Logger('Sms');

  async send(phone: string, text: string): Promise<void> {
    this.logger.log(`SMS to ${maskPhone(phone)}: ${text}`);
  }
}

/** Text messages: the subject line only (SMS is short), to the booking's contact phone or the account's. */
export class SmsChannel implements NotificationChannel {
  readonly name = 'sms';

  constructor(private readonly sender: SmsSender) {}

  accepts(delivery: Delivery): boolean {
    return Boolean(delivery.phone);
  }

  async send(delivery: Delivery): Promise<string> {
    const phone = delivery.phone as string;
    await this.sender.send(phone, `【科普】${delivery.subject}`);
    return maskPhone(phone);
  }
}
