export { NotifyModule } from './notify.module';
export { Notifier } from './notifier.service';
export type { Notification } from './notification';
export { NotificationDelivery } from './notification-delivery.entity';
export { DeliveryPurgeJob } from './delivery-purge.job';
