import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { byId, documentFromText, maskDocumentNumber, maskPhone, PersonalDataCipher, queriesOn } from '@kepu/core';
import { Resource } from '@kepu/register';
import { deskHoldSql, Offering, shanghaiIso, Slot } from '@kepu/schedule';
import { Booking, BookingStatus, BookingVisitor } from './booking.entity';
import { BookingView } from './booking.views';
import { MAX_RESCHEDULES, rescheduleBlock, rescheduleDeadline } from './reschedule-rules';
import { HOLD_LAPSES_AT } from './waitlist';

/** A booking with everything its view shows. */
export interface LoadedBooking {
  booking: Booking;
  slot: Slot;
  offering: Offering;
  resource: Resource;
  visitors: BookingVisitor[];
}

const ACTIVE: BookingStatus[] = ['confirmed', 'waitlisted'];

/** Loads bookings with their slot, offering, venue and visitors, and renders them with personal numbers masked. */
@Injectable()
export class BookingViews {
  constructor(private readonly cipher: PersonalDataCipher) {}

  async load(tx: EntityManager, bookings: Booking[]): Promise<LoadedBooking[]> {
    if (!bookings.length) return [];
    const ids = (items: string[]) => In([...new Set(items)]);
    const [slots, offerings, resources, visitors] = await queriesOn(tx, [
      () => tx.findBy(Slot, { id: ids(bookings.map((b) => b.slotId)) }),
      () => tx.findBy(Offering, { id: ids(bookings.map((b) => b.offeringId)) }),
      () => tx.findBy(Resource, { id: ids(bookings.map((b) => b.resourceId)) }),
      () =>
        tx.find(BookingVisitor, { where: { bookingId: ids(bookings.map((b) => b.id)) }, order: { position: 'ASC' } }),
    ]);
    const [slotById, offeringById, resourceById] = [byId(slots), byId(offerings), byId(resources)];
    return bookings.map((booking) => ({
      booking,
      slot: slotById.get(booking.slotId) as Slot,
      offering: offeringById.get(booking.offeringId) as Offering,
      resource: resourceById.get(booking.resourceId) as Resource,
      visitors: visitors.filter((v) => v.bookingId === booking.id),
    }));
  }

  async one(tx: EntityManager, booking: Booking): Promise<LoadedBooking> {
    return (await this.load(tx, [booking]))[0];
  }

  async render(tx: EntityManager, loaded: LoadedBooking, now = new Date()): Promise<BookingView> {
    const { booking, slot, offering, resource, visitors } = loaded;
    const cancelUntil = new Date(slot.startsAt.getTime() - offering.cutoffMinutes * 60_000);
    const until = booking.status === 'waitlisted' ? slot.startsAt : cancelUntil;
    const moveUntil = rescheduleDeadline(slot, offering);
    // A booking just inserted has no column value yet: none, as after a reload.
    const reschedules = booking.rescheduleCount ?? 0;
    return {
      id: booking.id,
      code: booking.code,
      status: booking.status,
      kind: booking.kind,
      channel: booking.channel,
      slotId: slot.id,
      start: shanghaiIso(slot.startsAt),
      end: shanghaiIso(slot.endsAt),
      visitDate: booking.visitDate,
      venue: { id: resource.id, name: resource.name, nameEn: resource.nameEn },
      offering: { id: offering.id, title: offering.title, kind: offering.kind },
      partySize: booking.partySize,
      visitors: visitors.map((v) => {
        const document = v.idNumber && documentFromText(this.cipher.decrypt(v.idNumber));
        return {
          name: v.name,
          category: v.category,
          idNumber: document ? maskDocumentNumber(document.number) : null,
          documentType: document ? document.type : null,
          documentCountry: document ? document.country : null,
        };
      }),
      contactPhone: booking.contactPhone ? maskPhone(this.cipher.decrypt(booking.contactPhone)) : null,
      contactPhoneVerified: booking.contactPhoneVerified,
      cancellableUntil:
        booking.kind === 'individual' && ACTIVE.includes(booking.status) && now < until ? shanghaiIso(until) : null,
      reschedulableUntil: rescheduleBlock(booking, reschedules, moveUntil, now) ? null : shanghaiIso(moveUntil),
      reschedulesLeft: Math.max(MAX_RESCHEDULES - reschedules, 0),
      ...(booking.status === 'waitlisted' ? await this.waitlistPlace(tx, booking, now) : {}),
      createdAt: booking.createdAt,
      checkedInAt: booking.checkedInAt,
      // A booking just inserted has no column value yet: null, as after a reload.
      headcount: booking.checkedInCount ?? null,
      cancelledAt: booking.cancelledAt,
      cancelledBy: booking.cancelledBy,
    };
  }

  /**
   * Where the party stands, in the order Waitlist.promote takes the queue: those ahead, and, for the
   * first in line while the hold lasts, the free places kept for it (docs/booking-rules.md).
   */
  private async waitlistPlace(
    tx: EntityManager,
    booking: Booking,
    now: Date,
  ): Promise<Pick<BookingView, 'waitlistPosition' | 'waitlistPlacesHeld'>> {
    // A party ahead that is larger than the slot's whole capacity has no claim on the places held.
    const [row]: { ahead: number; claimsAhead: number; free: number; capacity: number; lapsed: boolean }[] =
      await tx.query(
        `SELECT count(w.id)::int AS ahead, count(w.id) FILTER (WHERE w.party_size <= s.capacity)::int AS "claimsAhead",
                greatest(s.capacity - s.booked - ${deskHoldSql('s', 'o', '$2::timestamptz')}, 0) AS free, s.capacity,
                $2::timestamptz >= ${HOLD_LAPSES_AT} AS lapsed
           FROM bookings b JOIN slots s ON s.id = b.slot_id JOIN offerings o ON o.id = s.offering_id
           LEFT JOIN bookings w ON w.slot_id = b.slot_id AND w.status = 'waitlisted'
                               AND (w.created_at, w.id) < (b.created_at, b.id)
          WHERE b.id = $1
          GROUP BY s.id, o.id`,
        [booking.id, now],
      );
    const holding = row.claimsAhead === 0 && !row.lapsed && booking.partySize <= row.capacity;
    return {
      waitlistPosition: row.ahead + 1,
      ...(holding ? { waitlistPlacesHeld: Math.min(row.free, booking.partySize) } : {}),
    };
  }
}
