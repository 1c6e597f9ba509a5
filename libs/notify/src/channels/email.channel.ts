import { createTransport, Transporter } from 'nodemailer';
import { maskPersonalText } from '@kepu/core';
import { Delivery, NotificationChannel } from '../notification';

/** E-mail over SMTP (SMTP_URL), to accounts and logins that have an address. */
export class EmailChannel implements NotificationChannel {
  readonly name = 'email';
  private readonly transport: Transporter;
  /** Message-IDs are in the sender's domain, as RFC 5322 recommends. */
  private readonly domain: string;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = createTransport(smtpUrl);
    this.domain = /@([^\s@>]+)>?\s*$/.exec(from)?.[1] ?? 'kepu.local';
  }

  accepts(delivery: Delivery): boolean {
    return Boolean(delivery.email);
  }

  recipient(delivery: Delivery): string {
    return maskPersonalText(delivery.email as string);
  }

  async send(delivery: Delivery): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: delivery.email as string,
      subject: delivery.subject,
      text: delivery.text,
      messageId: `<${delivery.key}@${this.domain}>`,
    });
  }
}
