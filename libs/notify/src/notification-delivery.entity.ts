import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export type DeliveryStatus = 'sent' | 'failed';

/**
 * One notification through one channel: sent, or given up for good (with why). The record stops a
 * retry from sending it twice, and is the dev mailbox.
 */
@Entity('notification_deliveries')
@Check('notification_deliveries_status', `"status" IN ('sent', 'failed')`)
@Unique('notification_deliveries_once_key', ['outboxId', 'channel'])
@Index('notification_deliveries_channel_idx', ['channel', 'createdAt'])
export class NotificationDelivery {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'notification_deliveries_pkey' })
  id!: string;

  @Column({ name: 'outbox_id', type: 'bigint' })
  outboxId!: string;

  @Column({ type: 'varchar', length: 16 })
  channel!: string;

  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  /** Null for a notification to a login that is not (yet) an account's. */
  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId!: string | null;

  /** Masked: an e-mail address or `138****8000`; in clear in the demo mailbox only. */
  @Column({ type: 'varchar', length: 254 })
  recipient!: string;

  @Column({ type: 'varchar', length: 200 })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 8, default: 'sent' })
  status!: DeliveryStatus;

  /** Why a failed one could never go, e.g. `no template for kind group.approved`. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  reason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
