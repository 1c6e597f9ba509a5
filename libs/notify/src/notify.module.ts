import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KEPU_CONFIG, KepuConfig } from '@kepu/core';
import { DeliveryPurgeJob } from './delivery-purge.job';
import { EmailChannel } from './channels/email.channel';
import { MailboxChannel } from './channels/mailbox.channel';
import { LoggingSmsSender, SmsChannel } from './channels/sms.channel';
import { MailboxController } from './mailbox.controller';
import { NOTIFICATION_CHANNELS, NotificationChannel } from './notification';
import { NotificationDelivery } from './notification-delivery.entity';
import { NotificationDispatcher } from './notification.dispatcher';
import { Notifier } from './notifier.service';

/** The channels this deployment has: the dev mailbox in demo mode, SMTP when configured, SMS always. */
const channels = {
  provide: NOTIFICATION_CHANNELS,
  inject: [KEPU_CONFIG],
  useFactory: (config: KepuConfig): NotificationChannel[] => [
    ...(config.demo ? [new MailboxChannel()] : []),
    ...(config.notify.smtpUrl ? [new EmailChannel(config.notify.smtpUrl, config.notify.mailFrom)] : []),
    new SmsChannel(new LoggingSmsSender()),
  ],
};

/** Notifications: queued through the outbox by other libs, sent by the worker. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationDelivery])],
  controllers: [MailboxController],
  providers: [Notifier, NotificationDispatcher, DeliveryPurgeJob, channels],
  exports: [Notifier],
})
export class NotifyModule {}
