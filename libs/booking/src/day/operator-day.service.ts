import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, CoreErrors, InjectConfig } from '@kepu/core';
import { Actor, PolicyService, Role } from '@kepu/identity';
import { Resource, VenueStandings } from '@kepu/register';
import { OpeningHoursService, shanghaiIso, shanghaiToday } from '@kepu/schedule';
import { checkInOpensAt } from '../check-in/check-in-opens';
import { OperatorDayQueryDto } from './operator-day.dto';
import { VenueHoursView, DaySlotView, HolidayHoursView, OperatorDayView, VenueDayView } from './operator-day.views';
import { bookingConfig, BookingSettings } from '../booking.config';

/** How far ahead the day looks for public holidays whose hours to check. */
const HOLIDAY_DAYS = 30;

/** A slot of the day with its bookings and walk-ins added up, as one query gives them. */
interface SlotRow {
  id: string;
  resourceId: string;
  offeringTitle: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  booked: number;
  groupCapacity: number;
  groupBooked: number;
  expected: number;
  arrived: number;
  waiting: number;
  noShow: number;
  walkIns: number;
}

/**
 * An operator's day at a glance (工作台), for the console's first screen: for each of their
 * venues, today's slots in people, the group requests to answer, the edit under review or
 * returned, and the hours and re-confirmation to look at. A few queries, whatever the day holds.
 */
@Injectable()
export class OperatorDay {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly standings: VenueStandings,
    private readonly hours: OpeningHoursService,
    @InjectConfig(bookingConfig) private readonly settings: BookingSettings,
  ) {}

  /** The caller's venues' day, or the chosen venue's: for its own operators alone (403 to anyone else). */
  async today(actor: Actor, { resourceId }: OperatorDayQueryDto, now = new Date()): Promise<OperatorDayView> {
    if (resourceId) {
      const resource = await this.dataSource.manager.findOneBy(Resource, { id: resourceId });
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
      this.slots(ids, date),
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

  /** The venues' slots on this Shanghai day, each with its bookings (in people) and walk-ins. */
  private slots(resourceIds: string[], date: string): Promise<SlotRow[]> {
    return this.dataSource.query(
      `SELECT s.id, s.resource_id AS "resourceId", s.title AS "offeringTitle", s.starts_at AS "startsAt",
              s.ends_at AS "endsAt", s.capacity, s.booked, s.group_capacity AS "groupCapacity",
              s.group_booked AS "groupBooked", b.expected, b.arrived, b.waiting, b.no_show AS "noShow",
              w.walk_ins AS "walkIns"
         FROM slot_facts s
         CROSS JOIN LATERAL (
           SELECT coalesce(sum(party_size) FILTER (WHERE status IN ('confirmed', 'checked_in', 'no_show')), 0)::int AS expected,
                  coalesce(sum(checked_in_count) FILTER (WHERE status = 'checked_in'), 0)::int AS arrived,
                  coalesce(sum(party_size) FILTER (WHERE status = 'confirmed'), 0)::int AS waiting,
                  coalesce(sum(party_size) FILTER (WHERE status = 'no_show'), 0)::int AS no_show
             FROM bookings WHERE slot_id = s.id) b
         CROSS JOIN LATERAL (SELECT coalesce(sum(count), 0)::int AS walk_ins FROM slot_walk_ins WHERE slot_id = s.id) w
        WHERE s.resource_id = ANY($1::uuid[]) AND s.status <> 'cancelled'
          AND s.starts_at >= ($2::date::timestamp AT TIME ZONE 'Asia/Shanghai')
          AND s.starts_at < (($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
        ORDER BY s.starts_at, s.title, s.id`,
      [resourceIds, date],
    );
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
    const rows: { resourceId: string; n: number }[] = await this.dataSource.query(
      `SELECT resource_id AS "resourceId", count(*)::int AS n FROM group_visits
        WHERE resource_id = ANY($1::uuid[]) AND status = 'requested' AND (expires_at IS NULL OR expires_at > $2)
        GROUP BY resource_id`,
      [resourceIds, now],
    );
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
