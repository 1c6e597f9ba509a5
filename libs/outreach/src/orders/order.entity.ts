import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Account } from '@kepu/identity';
import { Organisation } from '@kepu/register';
import { MenuItem } from '../menu/menu-item.entity';

export const ORDER_STATUSES = [
  'submitted',
  'open',
  'taken',
  'scheduled',
  'confirmed',
  'completed',
  'cancelled',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
/** Waiting for someone to take it: the district (submitted) or a provider's claim (open). */
export const ORDER_UNTAKEN: OrderStatus[] = ['submitted', 'open'];
/** Held by a provider and not yet over. */
export const ORDER_HELD: OrderStatus[] = ['taken', 'scheduled', 'confirmed'];

/**
 * An order (点单) for a science activity at a school or a community: of a menu item, or a free
 * request. Its life is in docs/outreach.md, "Orders".
 */
@Entity('outreach_orders')
@Check(
  'outreach_orders_status',
  `"status" IN ('submitted', 'open', 'taken', 'scheduled', 'confirmed', 'completed', 'cancelled')`,
)
@Check('outreach_orders_headcount', `"headcount" BETWEEN 1 AND 5000`)
@Check('outreach_orders_window', `"window_to" >= "window_from" AND "window_to" <= "window_from" + 366`)
@Check('outreach_orders_point', `"latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180`)
@Check(
  'outreach_orders_provider',
  `("status" IN ('taken', 'scheduled', 'confirmed', 'completed')) <= ("provider_id" IS NOT NULL)`,
)
@Check('outreach_orders_rating', `"rating" IS NULL OR "rating" BETWEEN 1 AND 5`)
@Check('outreach_orders_rated', `("rating" IS NOT NULL) <= ("status" = 'completed')`)
@Check('outreach_orders_escalation', `"escalation_level" BETWEEN 0 AND 2`)
@Index('outreach_orders_orderer_idx', ['ordererId', 'createdAt'])
@Index('outreach_orders_provider_idx', ['providerId', 'status'])
@Index('outreach_orders_region_idx', ['regionCode', 'status', 'createdAt'])
@Index('outreach_orders_untaken_idx', ['createdAt'], { where: `"status" IN ('submitted', 'open')` })
export class OutreachOrder {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'outreach_orders_pkey' })
  id!: string;

  /** The menu item ordered; null for a free request. */
  @Column({ name: 'menu_item_id', type: 'uuid', nullable: true })
  menuItemId!: string | null;

  @ManyToOne(() => MenuItem, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'menu_item_id', foreignKeyConstraintName: 'outreach_orders_menu_item_fkey' })
  menuItem?: Relation<MenuItem>;

  /** The school or community that ordered. */
  @Column({ name: 'orderer_id', type: 'uuid' })
  ordererId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'orderer_id', foreignKeyConstraintName: 'outreach_orders_orderer_fkey' })
  orderer?: Relation<Organisation>;

  /** The teacher or community worker who ordered, and whom its news reaches. */
  @Column({ name: 'ordered_by', type: 'uuid' })
  orderedBy!: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ordered_by', foreignKeyConstraintName: 'outreach_orders_ordered_by_fkey' })
  orderedByAccount?: Relation<Account>;

  @Column({ type: 'varchar', length: 100 })
  topic!: string;

  /** An audience code of the register's vocabulary. */
  @Column({ type: 'varchar', length: 32 })
  audience!: string;

  @Column({ type: 'integer' })
  headcount!: number;

  @Column({ type: 'varchar', length: 200 })
  address!: string;

  @Column({ type: 'double precision' })
  latitude!: number;

  @Column({ type: 'double precision' })
  longitude!: number;

  /** The district the activity takes place in: its administrators dispatch the order. */
  @Column({ name: 'region_code', type: 'varchar', length: 16 })
  regionCode!: string;

  @Column({ name: 'window_from', type: 'date' })
  windowFrom!: string;

  @Column({ name: 'window_to', type: 'date' })
  windowTo!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  notes!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: OrderStatus;

  /** The provider holding the order (assigned or claimed). */
  @Column({ name: 'provider_id', type: 'uuid', nullable: true })
  providerId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'outreach_orders_provider_fkey' })
  provider?: Relation<Organisation>;

  /** When the district assigned it or opened it for claims. */
  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;

  @Column({ name: 'dispatched_by', type: 'uuid', nullable: true })
  dispatchedBy!: string | null;

  /** When a provider took it (assigned or claimed): the time to claim is measured to here. */
  @Column({ name: 'taken_at', type: 'timestamptz', nullable: true })
  takenAt!: Date | null;

  /** 0 none; 1 the district's administrators were alerted; 2 the city's too (docs/outreach.md, "Escalation"). */
  @Column({ name: 'escalation_level', type: 'smallint', default: 0 })
  escalationLevel!: number;

  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;

  @Column({ type: 'smallint', nullable: true })
  rating!: number | null;

  @Column({ name: 'rating_comment', type: 'varchar', length: 500, nullable: true })
  ratingComment!: string | null;

  @Column({ name: 'rated_at', type: 'timestamptz', nullable: true })
  ratedAt!: Date | null;

  @Column({ name: 'cancel_reason', type: 'varchar', length: 500, nullable: true })
  cancelReason!: string | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A provider that declined an order: it may not claim that order again. */
@Entity('outreach_order_declines')
export class OrderDecline {
  @PrimaryColumn({ name: 'order_id', type: 'uuid', primaryKeyConstraintName: 'outreach_order_declines_pkey' })
  orderId!: string;

  @ManyToOne(() => OutreachOrder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'outreach_order_declines_order_fkey' })
  order?: Relation<OutreachOrder>;

  @PrimaryColumn({ name: 'provider_id', type: 'uuid', primaryKeyConstraintName: 'outreach_order_declines_pkey' })
  providerId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'outreach_order_declines_provider_fkey' })
  provider?: Relation<Organisation>;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ name: 'declined_by', type: 'uuid' })
  declinedBy!: string;

  @CreateDateColumn({ name: 'declined_at', type: 'timestamptz' })
  declinedAt!: Date;
}
