import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsEmail, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { AppError, CoreErrors, KEPU_CONFIG, KepuConfig } from '@kepu/core';
import { Public } from '@kepu/identity';
import { NotificationDelivery } from './notification-delivery.entity';

class MailboxQueryDto {
  /** Only the messages to this address. */
  @IsOptional()
  @IsEmail()
  to?: string;
}

/**
 * Demo mode's stand-in for e-mail: what would have been sent, newest first. It does not exist in
 * production (404), where messages leave through SMTP and SMS.
 */
@ApiTags('notify')
@Controller('dev/mailbox')
export class MailboxController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(KEPU_CONFIG) private readonly config: KepuConfig,
  ) {}

  @Public()
  @Get()
  async list(@Query() query: MailboxQueryDto) {
    if (!this.config.demo) throw new AppError(CoreErrors.ROUTE_NOT_FOUND);
    const messages = await this.dataSource.getRepository(NotificationDelivery).find({
      where: { channel: 'mailbox', ...(query.to ? { recipient: query.to.toLowerCase() } : {}) },
      order: { createdAt: 'DESC' },
      take: 100,
    });
    return messages.map((m) => ({
      id: m.id,
      kind: m.kind,
      to: m.recipient,
      subject: m.subject,
      text: m.text,
      sentAt: m.createdAt,
    }));
  }
}
