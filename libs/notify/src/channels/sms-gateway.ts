import { maskPersonalText } from '@kepu/core';
import { Undeliverable } from '../notification';
import type { SmsSettings } from '../notify.config';
import { SmsMessage, SmsSender } from './sms.channel';

export type GatewaySettings<Sender extends SmsSettings['sender']> = Extract<SmsSettings, { sender: Sender }>;

/**
 * A contracted gateway: it sends only templates approved for the sign name, so a kind without a
 * configured template cannot be texted at all. Subclasses speak the provider's API and sort its
 * refusals into those worth retrying (limits, the provider's own failures, no answer) and those
 * that can never succeed.
 */
export abstract class GatewaySmsSender<Settings extends GatewaySettings<'aliyun' | 'tencent'>> implements SmsSender {
  protected abstract readonly provider: string;

  constructor(protected readonly settings: Settings) {}

  async send(message: SmsMessage): Promise<void> {
    const template = this.settings.templates[message.kind];
    if (!template) throw new Undeliverable(`no template for kind ${message.kind}`);
    await this.deliver(message, template);
  }

  protected abstract deliver(message: SmsMessage, template: string): Promise<void>;

  /** The error for a refusal: Undeliverable when repeating the request cannot help, else retried. */
  protected refusal(code: string, message: string | undefined, permanent: boolean): Error {
    const reason = maskPersonalText(`${this.provider} ${code}${message ? `: ${message}` : ''}`).slice(0, 300);
    return permanent ? new Undeliverable(reason) : new Error(reason);
  }

  /** No answer (timeout, connection refused, TLS): retried. The message may quote the request's query (number, code): dropped. */
  protected unanswered(error: Error): Error {
    return new Error(`${this.provider} did not answer: ${maskPersonalText(error.message.replace(/\?\S*/g, ''))}`);
  }
}
