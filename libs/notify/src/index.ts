export { NotifyModule } from './notify.module';
export { Notifier } from './notifier.service';
export { AccountAddresses } from './account-addresses';
export type { AccountAddress, AccountAddressBook } from './account-addresses';
export type { Address, Notification, NotificationContent } from './notification';
export { NotificationDelivery } from './notification-delivery.entity';
export { DeliveryPurgeJob } from './delivery-purge.job';
export { notifyConfig } from './notify.config';
export type { NotifySettings, SmsSettings } from './notify.config';
