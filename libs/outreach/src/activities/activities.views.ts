/**
 * What the delivery endpoints answer. Times are ISO 8601 in Shanghai time
 * (`2026-05-01T09:30:00+08:00`).
 */
import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@kepu/core';
import { ORDER_STATUSES, OrderStatus } from '../orders/order.entity';

/** A volunteer on an activity, as its provider's operators and its lead see them. */
export class ActivityVolunteerView {
  accountId!: string;
  /** The name on their volunteer profile, else their display name. */
  name!: string;
  joinedAt!: string;
  signedInAt!: string | null;
  signedOutAt!: string | null;
  /** Set at sign-out: 0 when they stayed under 60 % of the scheduled duration. */
  creditedMinutes!: number | null;
}

/**
 * An activity (the delivery of an order). Everyone who may see it gets the same fields; the sign-in
 * code and the volunteers are filled only for the provider's operators and the lead, and the
 * caller's own participation only for a volunteer who joined.
 */
export class ActivityView {
  id!: string;
  orderId!: string;
  @ApiProperty({ enum: ORDER_STATUSES })
  orderStatus!: OrderStatus;
  /** The menu item's title, or the order's topic for a free request. */
  title!: string;
  topic!: string;
  providerId!: string;
  providerName!: string;
  ordererName!: string;
  address!: string;
  /** The district it takes place in. */
  regionCode!: string;
  startsAt!: string;
  endsAt!: string;
  /** Volunteers sign in and out from 60 minutes before the start… */
  signInOpensAt!: string;
  /** …to 120 minutes after the end. */
  signInClosesAt!: string;
  leadId!: string;
  leadName!: string;
  /** How many volunteers joined. */
  volunteerCount!: number;
  /** Six digits volunteers type to sign in and out (also shown as a QR code); null unless the caller is the provider's operator or the lead. */
  signCode!: string | null;
  /** Null unless the caller is the provider's operator or the lead. */
  volunteers!: ActivityVolunteerView[] | null;
  /** Whether the caller joined it. */
  joined!: boolean;
  /** The caller's own sign-in, sign-out and credit, when they joined. */
  signedInAt!: string | null;
  signedOutAt!: string | null;
  creditedMinutes!: number | null;
  /** Recorded by the provider at completion. */
  peopleReached!: number | null;
  completedAt!: string | null;
  /** The orderer's score, 1 to 5, once rated. */
  rating!: number | null;
  ratingComment!: string | null;
  ratedAt!: string | null;
}

export class ActivityPage extends PageOf(ActivityView) {}

/** A volunteer's sign-in or sign-out, and what it was credited. */
export class AttendanceView {
  activityId!: string;
  signedInAt!: string;
  signedOutAt!: string | null;
  /** Whole minutes from sign-in to sign-out; null until signed out. */
  attendedMinutes!: number | null;
  /** 60 % of the scheduled duration: the least that counts. */
  requiredMinutes!: number;
  /** Null until signed out; 0 when the time attended fell short of `requiredMinutes`. */
  creditedMinutes!: number | null;
  /** Why nothing was credited, Chinese then English; null otherwise. */
  note!: string | null;
}
