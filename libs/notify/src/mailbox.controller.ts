import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, Matches } from 'class-validator';
import { AppError, CoreErrors, KEPU_CONFIG, KepuConfig, maskPhone, Public, RULE_TEXT } from '@kepu/core';
import { MAILBOX_CHANNELS } from './channels/mailbox.channel';
import { NotificationDeliveriesStore } from './notification-deliveries.store';

/** As logins are compared: an address lower-cased, a number without spaces, dashes or +86. */
const asLogin = (text: string) =>
  text.includes('@') ? text.trim().toLowerCase() : text.replace(/[\s-]/g, '').replace(/^\+?86(?=1\d{10}$)/, '');

class MailboxQueryDto {
  /** Only the messages to this e-mail address or mainland mobile number. */
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? asLogin(value) : value))
  @Matches(/^(?:1[3-9]\d{9}|[^\s@]+@[^\s@]+\.[^\s@]+)$/, {
    message: 'must be an e-mail address or a mainland mobile number',
    context: RULE_TEXT.login,
  })
  to?: string;
}

/**
 * Demo mode's stand-in for e-mail and SMS: what would have been sent, newest first. It does not
 * exist in production (404), where messages leave through SMTP and the SMS gateway.
 */
// A developer's page of demo mode, not part of the API's contract.
@ApiExcludeController()
@Controller('dev/mailbox')
export class MailboxController {
  constructor(
    private readonly deliveries: NotificationDeliveriesStore,
    @Inject(KEPU_CONFIG) private readonly config: KepuConfig,
  ) {}

  @Public()
  @Get()
  async list(@Query() query: MailboxQueryDto) {
    if (!this.config.demo) throw new AppError(CoreErrors.ROUTE_NOT_FOUND);
    const messages = await this.deliveries.latestThrough(Object.values(MAILBOX_CHANNELS), query.to);
    return messages.map((m) => ({
      id: m.id,
      kind: m.kind,
      // Whoever asks by number knows it; a list of everyone's must not show them.
      to: maskPhone(m.recipient),
      subject: m.subject,
      text: m.text,
      sentAt: m.createdAt,
    }));
  }
}
