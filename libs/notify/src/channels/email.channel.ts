import { createTransport, Transporter } from 'nodemailer';
import { maskPersonalText } from '@kepu/core';
import { Delivery, NotificationChannel } from '../notification';

/** E-mail over SMTP (SMTP_URL), to accounts that have an address. */
export class EmailChannel implements NotificationChannel {
  readonly name = 'email';
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = createTransport(smtpUrl);
  }

  accepts(delivery: Delivery): boolean {
    return Boolean(delivery.email);
  }

  async send(delivery: Delivery): Promise<string> {
    const email = delivery.email as string;
    await this.transport.sendMail({ from: this.from, to: email, subject: delivery.subject, text: delivery.text });
    return maskPersonalText(email);
  }
}
