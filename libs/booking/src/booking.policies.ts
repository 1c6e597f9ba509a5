import { Injectable, OnModuleInit } from '@nestjs/common';
import { PolicyRule, PolicyService, Role } from '@kepu/identity';

/** A booking as the policy sees it: whose it is and the venue it is for. */
export interface BookingSubject {
  /** None for a desk booking of someone without an account. */
  accountId: string | null;
  venue: object;
}

const ownerOrVenue: PolicyRule<BookingSubject> = async (actor, booking, context) =>
  actor.accountId === booking.accountId || (await context.decide(actor, 'schedule.manage', booking.venue)) === 'allow'
    ? 'allow'
    : 'hide';

/**
 * Bookings are their visitor's; the venue's operators (whoever manages its schedule) see and may
 * cancel them, check visitors in, and book for people at the counter or on the phone. Anyone else is told a booking does not exist (404), at
 * check-in too: another venue's code answers exactly as an unknown one, so the entrance is no
 * oracle for which codes are real.
 */
@Injectable()
export class BookingPolicies implements OnModuleInit {
  constructor(private readonly policy: PolicyService) {}

  onModuleInit(): void {
    this.policy.define('booking.read', ownerOrVenue);
    this.policy.define('booking.cancel', ownerOrVenue);
    // A family moves its own booking; the venue moves those it made at the counter or on the phone,
    // and may see but not move a family's online booking (403), which is the family's to change.
    this.policy.define<BookingSubject & { channel: string }>('booking.reschedule', async (actor, booking, context) => {
      if (actor.accountId === booking.accountId) return 'allow';
      if ((await context.decide(actor, 'schedule.manage', booking.venue)) !== 'allow') return 'hide';
      return booking.channel === 'online' ? 'deny' : 'allow';
    });
    this.policy.define<object>('booking.check_in', async (actor, venue, context) =>
      (await context.decide(actor, 'schedule.manage', venue)) === 'allow' ? 'allow' : 'hide',
    );
    this.policy.define<object>('booking.arrivals', (actor, venue, context) =>
      context.decide(actor, 'schedule.manage', venue),
    );
    // The operator's day (工作台): a venue's own operators, or any operator for their own venues; anyone else is refused.
    this.policy.define<object | undefined>('booking.day', async (actor, venue, context) =>
      venue ? (await context.decide(actor, 'schedule.manage', venue)) === 'allow' : actor.hasRole(Role.Operator),
    );
    // Booking at the counter or on the phone, and the walk-in tally: the venue's own staff.
    this.policy.define<object>('booking.desk', (actor, venue, context) =>
      context.decide(actor, 'schedule.manage', venue),
    );
  }
}
