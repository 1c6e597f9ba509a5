import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KEPU_CONFIG, KepuConfig } from '@kepu/core';
import { notifyConfig, NotifySettings } from './notify.config';
import { AccountAddresses } from './account-addresses';
import { AliyunSmsSender } from './channels/aliyun-sms.sender';
import { DeliveredMessages } from './delivered-messages';
import { DeliveryPurgeJob } from './delivery-purge.job';
import { EmailChannel } from './channels/email.channel';
import { MailboxChannel } from './channels/mailbox.channel';
import { LoggingSmsSender, SmsChannel, SmsSender } from './channels/sms.channel';
import { TencentSmsSender } from './channels/tencent-sms.sender';
import { MailboxController } from './mailbox.controller';
import { NOTIFICATION_CHANNELS, NotificationChannel } from './notification';
import { NotificationDeliveriesStore } from './notification-deliveries.store';
import { NotificationDelivery } from './notification-delivery.entity';
import { NotificationDispatcher } from './notification.consumer';
import { Notifier } from './notifier.service';

function smsSender({ sms }: NotifySettings): SmsSender {
  switch (sms.sender) {
    case 'aliyun':
      return new AliyunSmsSender(sms);
    case 'tencent':
      return new TencentSmsSender(sms);
    case 'log':
      return new LoggingSmsSender();
  }
}

/** The channels this deployment has: the dev mailbox in demo mode, SMTP when configured, SMS always. */
const channels = {
  provide: NOTIFICATION_CHANNELS,
  inject: [KEPU_CONFIG, notifyConfig.token],
  useFactory: ({ demo }: KepuConfig, notify: NotifySettings): NotificationChannel[] => [
    ...(demo ? [new MailboxChannel('email'), new MailboxChannel('phone')] : []),
    ...(notify.smtpUrl ? [new EmailChannel(notify.smtpUrl, notify.mailFrom)] : []),
    new SmsChannel(smsSender(notify)),
  ],
};

/** Notifications: queued through the outbox by other libs, sent by the worker. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationDelivery])],
  controllers: [MailboxController],
  providers: [
    NotificationDeliveriesStore,
    AccountAddresses,
    Notifier,
    NotificationDispatcher,
    DeliveryPurgeJob,
    DeliveredMessages,
    channels,
  ],
  exports: [Notifier, AccountAddresses],
})
export class NotifyModule {}
