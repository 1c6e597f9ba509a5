import { Injectable } from '@nestjs/common';
import { AppError, CoreErrors, InjectConfig } from '@kepu/core';
import { Actor, PolicyService, Role } from '@kepu/identity';
import { ResourceStore, VenueStandings } from '@kepu/register';
import { OpeningHoursService, shanghaiIso, shanghaiToday } from '@kepu/schedule';
import { checkInOpensAt } from '../check-in/check-in-opens';
import { OperatorDayQueryDto } from './operator-day.dto';
import { OperatorDayStore, SlotRow } from './operator-day.store';
import { VenueHoursView, DaySlotView, HolidayHoursView, OperatorDayView, VenueDayView } from './operator-day.views';
import { bookingConfig, BookingSettings } from '../booking.config';

/** How far ahead the day looks for public holidays whose hours to check. */
const HOLIDAY_DAYS = 30;

/**
 * An operator's day at a glance (工作台), for the console's first screen: for each of their
 * venues, today's slots in people, the group requests to answer, the edit under review or
 * returned, and the hours and re-confirmation to look at. A few queries, whatever the day holds.
 */
@Injectable()
export class OperatorDay {
  constructor(
    private readonly store: OperatorDayStore,
    private readonly resources: ResourceStore,
    private readonly policy: PolicyService,
    private readonly standings: VenueStandings,
    private readonly hours: OpeningHoursService,
    @InjectConfig(bookingConfig) private readonly settings: BookingSettings,
  ) {}

  /** The caller's venues' day, or the chosen venue's: for its own operators alone (403 to anyone else). */
  async today(actor: Actor, { resourceId }: OperatorDayQueryDto, now = new Date()): Promise<OperatorDayView> {
    if (resourceId) {
      const resource = await this.resources.findById(resourceId);
      if (!resource) throw new AppError(CoreErrors.NOT_FOUND);
      await this.policy.authorize(actor, 'booking.day', resource);
    } else await this.policy.authorize(actor, 'booking.day');
    const venues = await this.standings.of(
      resourceId ? { resourceId } : { organisationIds: actor.organisationsAs(Role.Operator) },
      now,
    );
    const ids = venues.map((venue) => venue.resourceId);
    const date = shanghaiToday(now);
    const [slots, requests, hours] = await Promise.all([
      this.store.slotsOn(ids, date),
      this.groupRequests(ids, now),
      Promise.all(ids.map((id) => this.hoursOf(id, now))),
    ]);
    return {
      date,
      generatedAt: shanghaiIso(now),
      venues: venues.map((venue, i): VenueDayView => {
        const own = slots.filter((slot) => slot.resourceId === venue.resourceId).map((row) => this.slotView(row));
        const sum = (key: keyof DaySlotView) => own.reduce((total, slot) => total + (slot[key] as number), 0);
        return {
          venue,
          slots: own,
          totals: {
            slots: own.length,
            expected: sum('expected'),
            arrived: sum('arrived'),
            waiting: sum('waiting'),
            walkIns: sum('walkIns'),
            remaining: sum('remaining'),
          },
          groupRequests: requests.get(venue.resourceId) ?? 0,
          hours: hours[i],
        };
      }),
    };
  }

  private slotView({ id, resourceId: _venue, startsAt, endsAt, ...counts }: SlotRow): DaySlotView {
    return {
      slotId: id,
      ...counts,
      start: shanghaiIso(startsAt),
      end: shanghaiIso(endsAt),
      checkInOpensAt: shanghaiIso(checkInOpensAt(startsAt, this.settings)),
      remaining: counts.capacity - counts.booked,
    };
  }

  /** Requests from schools still waiting for each venue's answer (one the expiry job has yet to close is over). */
  private async groupRequests(resourceIds: string[], now: Date): Promise<Map<string, number>> {
    const rows = await this.store.groupRequests(resourceIds, now);
    return new Map(rows.map((row) => [row.resourceId, row.n]));
  }

  /** Today's hours, and the public holidays ahead with how many of their days the venue opens. */
  private async hoursOf(resourceId: string, now: Date): Promise<VenueHoursView> {
    const view = await this.hours.view(resourceId, HOLIDAY_DAYS, now);
    if (!view) return { set: false, today: [], holidays: [] };
    const holidays: HolidayHoursView[] = [];
    for (const day of view.days) {
      if (day.reason !== 'public_holiday' || !day.holiday) continue;
      const last = holidays.at(-1);
      const open = day.ranges.length ? 1 : 0;
      if (last?.name === day.holiday)
        Object.assign(last, { to: day.date, days: last.days + 1, openDays: last.openDays + open });
      else holidays.push({ name: day.holiday, from: day.date, to: day.date, days: 1, openDays: open });
    }
    return { set: true, today: view.today.ranges, holidays };
  }
}
