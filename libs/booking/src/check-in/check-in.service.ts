import { Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, AuditService, CoreErrors, PersonalDataCipher, queriesOn, InjectConfig } from '@kepu/core';
import { Actor, PolicyService } from '@kepu/identity';
import { ResourceStore } from '@kepu/register';
import { addDays, shanghaiIso, shanghaiToday, SlotsStore } from '@kepu/schedule';
import { BookingErrors } from '../booking-errors';
import { Booking } from '../bookings/booking.entity';
import { BookingsStore } from '../bookings/bookings.store';
import { normaliseBookingCode } from '../bookings/booking-code';
import { BookingViews } from '../bookings/booking-views.service';
import { WalkIns } from '../desk/walk-ins.service';
import { BookingView, SlotArrivalsView } from '../bookings/booking.views';
import { CheckInDto } from '../bookings/bookings.dto';
import { BookingDesk } from '../desk/booking-desk.service';
import { CheckInPackQueryDto, GateLookupQueryDto } from './check-in.dto';
import { checkInOpensAt } from './check-in-opens';
import { CheckInStore } from './check-in.store';
import { CheckInPackView, PackBookingView } from './check-in.views';
import { gateParty } from './gate-party';
import { CheckedInView, GateLookupView } from './gate.views';
import { bookingConfig, BookingSettings } from '../booking.config';

/** How far ahead of the server's clock a device's may be: a check-in "in the future" by less is taken as now. */
const CLOCK_SKEW_MS = 2 * 60_000;
/** How long after its slot a check-in made without a network may still arrive. */
const LATE_SYNC_MS = 24 * 3_600_000;
/** Clashes kept per booking: enough to see a code passed round, bounded whatever a device sends. */
const MAX_CLASHES = 20;
/** The most bookings a day pack carries: far beyond any venue's day, it bounds the answer. */
const MAX_PACK_BOOKINGS = 10_000;
/** Bookings a lookup at the gate lists: a screenful to pick from; more means the number was too short. */
const MAX_LOOKUP = 10;

/** A check-in's answer, or a booking another device checked in first: that refusal is recorded after the transaction. */
type CheckInOutcome = { view: BookingView } | { clash: { booking: Booking; resourceId: string; first: string } };

/** The entrance: checking a code in, and each slot's list of who is expected and who has arrived. */
@Injectable()
export class CheckInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: CheckInStore,
    private readonly slots: SlotsStore,
    private readonly bookings: BookingsStore,
    private readonly resources: ResourceStore,
    private readonly policy: PolicyService,
    private readonly views: BookingViews,
    private readonly audit: AuditService,
    private readonly cipher: PersonalDataCipher,
    private readonly walkIns: WalkIns,
    private readonly desk: BookingDesk,
    @InjectConfig(bookingConfig) private readonly settings: BookingSettings,
  ) {}

  /**
   * Admits a confirmed booking, today, from `checkInEarlyMinutes` before its slot until the slot
   * ends. The row lock makes a double scan at two gates one check-in and one 409. A school group's
   * code admits the whole group, with the headcount that actually came.
   *
   * A check-in made without a network arrives later with `checkedInAt` (docs/booking-rules.md,
   * "Offline check-in"): it is judged at that moment (so it also turns a no-show marked meanwhile
   * into a check-in) and accepted until a day after the slot. Sent again by the device that made
   * it, it is a repeat and changes nothing; a booking another device checked in first is refused
   * with CHECKED_IN_ON_ANOTHER_DEVICE, and the clash is kept on the booking for the venue to see.
   */
  async checkIn(
    actor: Actor,
    { code, headcount, deviceId, checkedInAt }: CheckInDto,
    correlationId?: string,
    now = new Date(),
  ): Promise<CheckedInView> {
    const offline = checkedInAt !== undefined;
    const outcome = await this.dataSource.transaction(async (tx): Promise<CheckInOutcome> => {
      const booking = await this.store.lockByCode(tx, normaliseBookingCode(code));
      if (!booking) throw new AppError(BookingErrors.BOOKING_CODE_UNKNOWN);
      const loaded = await this.views.one(tx, booking);
      const { slot, resource } = loaded;
      // Another venue's booking gets this very answer: a code tells nobody it is real.
      if ((await this.policy.decide(actor, 'booking.check_in', resource)) !== 'allow') {
        throw new AppError(BookingErrors.BOOKING_CODE_UNKNOWN);
      }
      if (booking.status === 'checked_in') {
        const first = shanghaiIso(booking.checkedInAt as Date);
        if (!offline) {
          const onThisDevice = deviceId && booking.checkedInDevice ? deviceId === booking.checkedInDevice : null;
          throw new AppError(BookingErrors.ALREADY_CHECKED_IN, { checkedInAt: first, onThisDevice });
        }
        // The device sending its own check-in again (its first answer was lost): nothing to do.
        if (deviceId && booking.checkedInDevice === deviceId) return { view: await this.views.render(tx, loaded, now) };
        return { clash: { booking, resourceId: resource.id, first } };
      }
      const opensAt = checkInOpensAt(slot.startsAt, this.settings);
      let at = now;
      if (offline) {
        if (booking.status !== 'confirmed' && booking.status !== 'no_show') {
          throw new AppError(BookingErrors.BOOKING_NOT_CONFIRMED, { status: booking.status });
        }
        at = new Date(checkedInAt);
        const closesAt = new Date(Math.min(slot.endsAt.getTime(), now.getTime() + CLOCK_SKEW_MS));
        if (at < opensAt || at >= closesAt) {
          throw new AppError(BookingErrors.CHECK_IN_TIME_INVALID, {
            opensAt: shanghaiIso(opensAt),
            closesAt: shanghaiIso(new Date(Math.min(slot.endsAt.getTime(), now.getTime()))),
          });
        }
        if (now.getTime() >= slot.endsAt.getTime() + LATE_SYNC_MS) throw new AppError(BookingErrors.CHECK_IN_CLOSED);
        // A device clock a little ahead of the server's: the check-in happened no later than now.
        if (at > now) at = now;
      } else {
        if (booking.status === 'no_show') throw new AppError(BookingErrors.CHECK_IN_CLOSED);
        if (booking.status !== 'confirmed') {
          throw new AppError(BookingErrors.BOOKING_NOT_CONFIRMED, { status: booking.status });
        }
        if (booking.visitDate !== shanghaiToday(now)) {
          throw new AppError(BookingErrors.NOT_TODAY, { visitDate: booking.visitDate });
        }
        if (now < opensAt) throw new AppError(BookingErrors.CHECK_IN_NOT_OPEN, { opensAt: shanghaiIso(opensAt) });
        if (now >= slot.endsAt) throw new AppError(BookingErrors.CHECK_IN_CLOSED);
      }
      if (headcount !== undefined && headcount > booking.partySize) {
        throw new AppError(BookingErrors.HEADCOUNT_TOO_LARGE, { partySize: booking.partySize });
      }
      if (booking.kind === 'group' && loaded.offering.realName && !loaded.visitors.length) {
        throw new AppError(BookingErrors.NAME_LIST_MISSING);
      }
      await this.store.markCheckedIn(tx, booking.id, {
        at,
        by: actor.accountId,
        headcount: headcount ?? booking.partySize,
        deviceId: deviceId ?? null,
      });
      await this.audit.record(
        {
          actorId: actor.accountId,
          action: 'booking.checked_in',
          subjectType: 'booking',
          subjectId: booking.id,
          details: {
            resourceId: resource.id,
            slotId: slot.id,
            partySize: booking.partySize,
            ...(offline && { offline: true, wasNoShow: booking.status === 'no_show' }),
          },
          correlationId,
        },
        tx,
      );
      const checkedIn = await this.bookings.reload(tx, booking.id);
      return { view: await this.views.render(tx, { ...loaded, booking: checkedIn }, now) };
    });
    if ('view' in outcome) return { ...outcome.view, ...gateParty(outcome.view.kind, outcome.view.visitors) };
    // Kept after the refusal's transaction, which a thrown error would undo.
    await this.recordClash(actor, outcome.clash, deviceId ?? null, checkedInAt as string, now, correlationId);
    throw new AppError(BookingErrors.CHECKED_IN_ON_ANOTHER_DEVICE, { checkedInAt: outcome.clash.first });
  }

  /**
   * Today's bookings at a venue for the number a visitor at the gate gives instead of the code:
   * the contact phone (its last four or more digits) or a visitor's document. The booking desk's
   * search, for the same operators, masked for the gate's screen.
   */
  async lookup(actor: Actor, resourceId: string, { q }: GateLookupQueryDto, now = new Date()): Promise<GateLookupView> {
    const today = shanghaiToday(now);
    const found = await this.desk.list(actor, resourceId, { from: today, to: today, q, page: 1, pageSize: MAX_LOOKUP });
    return {
      items: found.items.map((booking) => ({
        code: booking.code,
        status: booking.status,
        kind: booking.kind,
        offeringTitle: booking.offering.title,
        start: booking.start,
        end: booking.end,
        partySize: booking.partySize,
        ...gateParty(booking.kind, booking.visitors),
        contactPhone: booking.contactPhone,
        checkedInAt: booking.checkedInAt,
      })),
      more: found.total > found.items.length,
    };
  }

  /** A booking admitted on two devices: the later check-in, kept on the booking (once per device and moment) and audited. */
  private async recordClash(
    actor: Actor,
    { booking, resourceId }: { booking: Booking; resourceId: string },
    deviceId: string | null,
    checkedInAt: string,
    now: Date,
    correlationId?: string,
  ): Promise<void> {
    const clash = { deviceId, checkedInAt: shanghaiIso(new Date(checkedInAt)), reportedAt: shanghaiIso(now) };
    await this.dataSource.transaction(async (tx) => {
      if (!(await this.store.addClash(tx, booking.id, clash, MAX_CLASHES))) return;
      await this.audit.record(
        {
          actorId: actor.accountId,
          action: 'booking.checked_in_elsewhere',
          subjectType: 'booking',
          subjectId: booking.id,
          details: { resourceId, slotId: booking.slotId, deviceId, checkedInAt: clash.checkedInAt },
          correlationId,
        },
        tx,
      );
    });
  }

  /** Everyone holding a place in a slot, arrived or not, with totals, for the venue's staff. */
  async arrivals(actor: Actor, slotId: string): Promise<SlotArrivalsView> {
    const manager = this.dataSource.manager;
    const slot = await this.slots.findById(slotId);
    if (!slot) throw new AppError(CoreErrors.NOT_FOUND);
    const resource = await this.resources.getById(slot.resourceId);
    await this.policy.authorize(actor, 'booking.arrivals', resource);
    const bookings = await this.store.arrivalsOf(slotId);
    const views = await queriesOn(
      manager,
      (await this.views.load(manager, bookings)).map((b) => () => this.views.render(manager, b)),
    );
    const people = (status: string) =>
      views.filter((v) => v.status === status).reduce((sum, v) => sum + v.partySize, 0);
    return {
      slotId,
      start: shanghaiIso(slot.startsAt),
      end: shanghaiIso(slot.endsAt),
      capacity: slot.capacity,
      booked: slot.booked,
      groupCapacity: slot.groupCapacity,
      groupBooked: slot.groupBooked,
      totals: {
        expected: people('confirmed') + people('checked_in') + people('no_show'),
        arrived: views.reduce((sum, v) => sum + (v.headcount ?? 0), 0),
        waiting: people('confirmed'),
        noShow: people('no_show'),
        waitlisted: people('waitlisted'),
        walkIns: await this.walkIns.total(slotId),
      },
      bookings: views,
      checkInClashes: bookings
        .filter((b) => b.checkInClashes?.length && b.checkedInAt)
        .map((b) => ({
          bookingId: b.id,
          code: b.code,
          checkedInAt: shanghaiIso(b.checkedInAt as Date),
          clashes: b.checkInClashes ?? [],
        })),
    };
  }

  /**
   * A venue's day at the gate for a device to keep (docs/booking-rules.md, "Offline check-in"):
   * every slot with its bookings, each under a hash of its code keyed to this venue and day, the
   * names masked. For the venue's operators, as the arrivals.
   */
  async pack(
    actor: Actor,
    resourceId: string,
    { date }: CheckInPackQueryDto,
    now = new Date(),
  ): Promise<CheckInPackView> {
    const resource = await this.resources.findById(resourceId);
    if (!resource) throw new AppError(CoreErrors.NOT_FOUND);
    await this.policy.authorize(actor, 'booking.arrivals', resource);
    const today = shanghaiToday(now);
    const day = date ?? today;
    if (day !== today && day !== addDays(today, 1)) throw new AppError(BookingErrors.CHECK_IN_PACK_DATE);
    const { slots, offerings, bookings } = await this.store.day(resourceId, day, MAX_PACK_BOOKINGS + 1);
    if (bookings.length > MAX_PACK_BOOKINGS) throw new AppError(BookingErrors.CHECK_IN_PACK_TOO_LARGE);
    const visitors = bookings.length ? await this.store.visitorsOf(bookings.map((b) => b.id)) : [];
    const key = this.cipher.hash(`kepu check-in pack v1\u0000${resourceId}\u0000${day}`);
    const titles = new Map(offerings.map((o) => [o.id, o.title]));
    const parties = groupBy(visitors, (v) => v.bookingId);
    const bySlot = groupBy(bookings, (b) => b.slotId);
    const packed = (booking: Booking): PackBookingView => ({
      codeHash: packCodeHash(key, booking.code),
      kind: booking.kind,
      status: booking.status as PackBookingView['status'],
      partySize: booking.partySize,
      ...gateParty(booking.kind, parties.get(booking.id) ?? []),
      checkedInAt: booking.checkedInAt && shanghaiIso(booking.checkedInAt),
      headcount: booking.checkedInCount ?? null,
    });
    return {
      resourceId,
      venueName: resource.name,
      date: day,
      generatedAt: shanghaiIso(now),
      codeHash: { algorithm: 'HMAC-SHA-256-128', key: key.toString('base64url') },
      slots: slots.map((slot) => ({
        slotId: slot.id,
        offeringTitle: titles.get(slot.offeringId) ?? '',
        start: shanghaiIso(slot.startsAt),
        end: shanghaiIso(slot.endsAt),
        checkInOpensAt: shanghaiIso(checkInOpensAt(slot.startsAt, this.settings)),
        capacity: slot.capacity,
        booked: slot.booked,
        bookings: (bySlot.get(slot.id) ?? []).map(packed),
      })),
    };
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** A booking code's hash in a day pack: HMAC-SHA-256 under the pack's key of the normalised code, its first 16 bytes. */
export function packCodeHash(key: Buffer, code: string): string {
  return createHmac('sha256', key)
    .update(normaliseBookingCode(code), 'utf8')
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}
