/**
 * What the order endpoints answer. Times (`createdAt`, `dispatchedAt`, …) are ISO 8601 in Shanghai
 * time (`2026-05-01T09:30:00+08:00`); days (`windowFrom`, `windowTo`) are `YYYY-MM-DD`.
 */
import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { PageOf } from '@kepu/core';
import { ACTIVITY_FORMATS, ActivityFormat } from '../menu/menu-item.entity';
import type { OrderStatus } from './order.entity';

/**
 * A nested model or null. Written so the CLI plugin adds no `nullable` beside the explicit `anyOf`
 * (a `nullable` without `type` is no valid schema, and `nullable` beside `allOf` does not admit null).
 */
type OrNull<T> = T | null;

/** The schema of an `OrNull` property. */
const nullable = (model: new () => unknown) => ({
  anyOf: [{ $ref: getSchemaPath(model) }, { type: 'object', nullable: true, enum: [null] }],
});

/** A school, a community or a provider, by name. */
export class OrderPartyView {
  id!: string;
  name!: string;
}

export class OrderMenuItemView {
  id!: string;
  title!: string;
  @ApiProperty({ enum: ACTIVITY_FORMATS })
  format!: ActivityFormat;
}

/** A provider that declined the order: it may not take it again. */
export class OrderDeclineView {
  provider!: OrderPartyView;
  reason!: string;
  at!: string;
}

export class OrderRatingView {
  /** 1 to 5. */
  score!: number;
  comment!: string | null;
  at!: string;
}

/** The activity delivering an order (`GET /outreach/activities/{id}` has the rest). */
export class OrderActivityView {
  id!: string;
  startsAt!: string;
  endsAt!: string;
  /** The provider's operator or volunteer who leads it. */
  leadName!: string;
  /** Recorded by the provider at completion. */
  peopleReached!: number | null;
  completedAt!: string | null;
}

@ApiExtraModels(OrderActivityView, OrderMenuItemView, OrderPartyView, OrderRatingView)
export class OrderView {
  id!: string;
  status!: OrderStatus;
  /** The menu item ordered; null for a free request. */
  @ApiProperty(nullable(OrderMenuItemView))
  menuItem!: OrNull<OrderMenuItemView>;
  /** The school or community that ordered. */
  orderer!: OrderPartyView;
  /** The provider holding the order (assigned or claimed); null while nobody does. */
  @ApiProperty(nullable(OrderPartyView))
  provider!: OrNull<OrderPartyView>;
  topic!: string;
  /** An audience code of the register's vocabulary. */
  audience!: string;
  headcount!: number;
  address!: string;
  latitude!: number;
  longitude!: number;
  /** The district of the place: its administrators dispatch the order. */
  regionCode!: string;
  regionName!: string;
  windowFrom!: string;
  windowTo!: string;
  notes!: string | null;
  /** When the district assigned the order or opened it for claims. */
  dispatchedAt!: string | null;
  /** When a provider took it. */
  takenAt!: string | null;
  /** 0; 1 once the district's administrators were alerted that nobody took it; 2 once the city's were. */
  escalationLevel!: number;
  /** The providers that declined it: all of them for the orderer and the district, a provider's own for a provider. */
  declines!: OrderDeclineView[];
  /** When and by whom it is delivered: always sent, null until the provider schedules it (and again after a decline). */
  @ApiProperty({ ...nullable(OrderActivityView), required: false })
  activity?: OrNull<OrderActivityView>;
  /** The orderer's rating once the activity is over. */
  @ApiProperty(nullable(OrderRatingView))
  rating!: OrNull<OrderRatingView>;
  cancelReason!: string | null;
  cancelledAt!: string | null;
  createdAt!: string;
}

export class OrderPage extends PageOf(OrderView) {}
