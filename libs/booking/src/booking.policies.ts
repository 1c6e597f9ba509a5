import { Injectable, OnModuleInit } from '@nestjs/common';
import { PolicyRule, PolicyService } from '@kepu/identity';

/** A booking as the policy sees it: whose it is and the venue it is for. */
export interface BookingSubject {
  accountId: string;
  venue: object;
}

const ownerOrVenue: PolicyRule<BookingSubject> = async (actor, booking, context) =>
  actor.accountId === booking.accountId || (await context.decide(actor, 'schedule.manage', booking.venue)) === 'allow'
    ? 'allow'
    : 'hide';

/**
 * Bookings are their visitor's; the venue's operators (whoever manages its schedule) see and may
 * cancel them and check visitors in. Anyone else is told a booking does not exist (404), at
 * check-in too: another venue's code answers exactly as an unknown one, so the entrance is no
 * oracle for which codes are real.
 */
@Injectable()
export class BookingPolicies implements OnModuleInit {
  constructor(private readonly policy: PolicyService) {}

  onModuleInit(): void {
    this.policy.define('booking.read', ownerOrVenue);
    this.policy.define('booking.cancel', ownerOrVenue);
    this.policy.define<object>('booking.check_in', async (actor, venue, context) =>
      (await context.decide(actor, 'schedule.manage', venue)) === 'allow' ? 'allow' : 'hide',
    );
    this.policy.define<object>('booking.arrivals', (actor, venue, context) =>
      context.decide(actor, 'schedule.manage', venue),
    );
  }
}
