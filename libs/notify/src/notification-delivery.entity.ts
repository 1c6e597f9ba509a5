import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One notification sent through one channel: the record that stops a retry from sending it twice, and the dev mailbox. */
@Entity('notification_deliveries')
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

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  /** Masked: an e-mail address or `138****8000`. */
  @Column({ type: 'varchar', length: 254 })
  recipient!: string;

  @Column({ type: 'varchar', length: 200 })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
