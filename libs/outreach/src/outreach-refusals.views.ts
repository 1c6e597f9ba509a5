/**
 * The facts some outreach refusals carry in `details` (ErrorDefinition.details), so a client can
 * say when or why without parsing the message. Times are ISO 8601 in Shanghai time; days `YYYY-MM-DD`.
 */
import { ApiProperty } from '@nestjs/swagger';
import { ORDER_STATUSES, OrderStatus } from './orders/order.entity';

export class EarliestDay {
  /** The first day the provider's lead time allows: the window of dates must reach it. */
  earliest!: string;
}

export class HeadcountRange {
  /** The fewest people the activity takes. */
  min!: number;
  /** The most people the activity takes. */
  max!: number;
}

export class OrderState {
  /** The order's status now. */
  @ApiProperty({ enum: ORDER_STATUSES })
  status!: OrderStatus;
}

export class OrderWindow {
  /** The first day the order allows. */
  windowFrom!: string;
  /** The last day the order allows. */
  windowTo!: string;
}

export class ActivityEnd {
  /** When the activity is scheduled to end: completing it is possible from then on. */
  endsAt!: string;
}

export class SignInHours {
  /** 60 minutes before the activity starts. */
  opensAt!: string;
  /** 120 minutes after the activity ends. */
  closesAt!: string;
}
