import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { byId, documentFromText, maskDocumentNumber, maskPhone, PersonalDataCipher } from '@kepu/core';
import { Resource } from '@kepu/register';
import { Offering, shanghaiIso, Slot } from '@kepu/schedule';
import { Booking, BookingStatus, BookingVisitor } from './booking.entity';
import { BookingView } from './booking.views';
import { BookingsStore } from './bookings.store';
import { MAX_RESCHEDULES, rescheduleBlock, rescheduleDeadline } from './reschedule-rules';

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
  constructor(
    private readonly store: BookingsStore,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async load(tx: EntityManager, bookings: Booking[]): Promise<LoadedBooking[]> {
    if (!bookings.length) return [];
    const { slots, offerings, resources, visitors } = await this.store.partsOf(tx, bookings);
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
    const row = await this.store.queuePlace(tx, booking.id, now);
    const holding = row.claimsAhead === 0 && !row.lapsed && booking.partySize <= row.capacity;
    return {
      waitlistPosition: row.ahead + 1,
      ...(holding ? { waitlistPlacesHeld: Math.min(row.free, booking.partySize) } : {}),
    };
  }
}
