import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { byId, maskIdNumber, maskPhone, PersonalDataCipher, queriesOn } from '@kepu/core';
import { Organisation, Resource } from '@kepu/register';
import { Offering, shanghaiInstant, shanghaiIso, Slot } from '@kepu/schedule';
import { Booking, BookingVisitor } from '../bookings/booking.entity';
import { GroupBookingsStore } from './group-bookings.store';
import { GroupFacts } from './group-messages';
import { GroupReferences } from './group-references';
import { teachersNeeded } from './group-rules';
import { GroupVisit } from './group-visit.entity';
import { GroupVisitsStore } from './group-visits.store';
import { GroupSlotView, GroupVisitView, NameListEntry } from './group.views';

/** A group visit with everything its view and its messages show. */
export interface LoadedGroupVisit {
  visit: GroupVisit;
  school: Organisation;
  resource: Resource;
  offering: Offering;
  slots: Map<string, Slot>;
  booking: Booking | null;
  listed: { students: number; teachers: number };
  /** Every part of a split class in order, this visit included; empty for a class in one slot. */
  parts: GroupVisit[];
}

/** The end of the day before the visit (Shanghai): the name list's deadline. */
export const nameListDeadline = (visitDate: string) => shanghaiInstant(visitDate, 0);

@Injectable()
export class GroupVisitViews {
  constructor(
    private readonly cipher: PersonalDataCipher,
    private readonly visits: GroupVisitsStore,
    private readonly references: GroupReferences,
    private readonly bookings: GroupBookingsStore,
  ) {}

  async load(tx: EntityManager, visits: GroupVisit[]): Promise<LoadedGroupVisit[]> {
    if (!visits.length) return [];
    const ids = (items: (string | null)[]) => [...new Set(items.filter((i): i is string => i !== null))];
    const splits = visits.flatMap((v) => (v.splitId ? [v.splitId] : []));
    const parts = splits.length ? await this.visits.partsOf(ids(splits), tx) : [];
    const [schools, resources, offerings, slots, bookings, listed] = await queriesOn(tx, [
      () => this.references.schools(ids(visits.map((v) => v.schoolId)), tx),
      () => this.references.venues(ids(visits.map((v) => v.resourceId)), tx),
      () => this.references.offerings(ids(visits.map((v) => v.offeringId)), tx),
      () => this.references.slots(ids([...visits, ...parts].flatMap((v) => [...v.preferredSlotIds, v.slotId])), tx),
      () => this.bookings.findByIds(ids(visits.map((v) => v.bookingId)), tx),
      () =>
        this.bookings.listedOn(
          visits.flatMap((v) => (v.bookingId ? [v.bookingId] : [])),
          tx,
        ),
    ]);
    const [school, resource, offering, slot, booking] = [
      byId(schools),
      byId(resources),
      byId(offerings),
      byId(slots),
      byId(bookings),
    ];
    return visits.map((visit) => ({
      visit,
      school: school.get(visit.schoolId) as Organisation,
      resource: resource.get(visit.resourceId) as Resource,
      offering: offering.get(visit.offeringId) as Offering,
      slots: slot,
      booking: (visit.bookingId && booking.get(visit.bookingId)) || null,
      listed: listed.find((l) => l.bookingId === visit.bookingId) ?? { students: 0, teachers: 0 },
      // The visit as the caller holds it (perhaps just changed), its sibling parts as stored.
      parts: visit.splitId
        ? parts.filter((p) => p.splitId === visit.splitId).map((p) => (p.id === visit.id ? visit : p))
        : [],
    }));
  }

  async one(tx: EntityManager, visit: GroupVisit): Promise<LoadedGroupVisit> {
    return (await this.load(tx, [visit]))[0];
  }

  render(loaded: LoadedGroupVisit): GroupVisitView {
    const { visit, school, resource, offering, slots, booking, listed, parts } = loaded;
    const times = (slotId: string): GroupSlotView[] => {
      // A preferred slot the venue's new hours no longer produce may be gone.
      const slot = slots.get(slotId);
      return slot ? [{ slotId, start: shanghaiIso(slot.startsAt), end: shanghaiIso(slot.endsAt) }] : [];
    };
    const phone = visit.leaderPhone && this.cipher.decrypt(visit.leaderPhone);
    const open = booking?.status === 'confirmed' && visit.visitDate;
    return {
      id: visit.id,
      status: visit.status,
      school: { id: school.id, name: school.name },
      venue: { id: resource.id, name: resource.name, nameEn: resource.nameEn },
      offering: { id: offering.id, title: offering.title, realName: offering.realName },
      preferredSlots: visit.preferredSlotIds.flatMap(times),
      slot: visit.slotId ? times(visit.slotId)[0] : null,
      visitDate: visit.visitDate,
      students: visit.students,
      teachers: visit.teachers,
      teachersNeeded: teachersNeeded(offering, visit.students, visit.gradeBand),
      gradeBand: visit.gradeBand,
      className: visit.className,
      topic: visit.topic,
      needs: visit.needs,
      leaderName: visit.leaderName,
      leaderPhone: phone && maskPhone(phone),
      underAgreement: visit.agreementId,
      expiresAt: visit.expiresAt && shanghaiIso(visit.expiresAt),
      reason: visit.reason,
      decidedAt: visit.decidedAt,
      cancelledBy: visit.cancelledBy,
      booking: booking && {
        id: booking.id,
        code: booking.code,
        status: booking.status,
        partySize: booking.partySize,
        checkedInAt: booking.checkedInAt,
        headcount: booking.checkedInCount,
      },
      nameList: {
        students: listed.students,
        teachers: listed.teachers,
        editableUntil: open ? shanghaiIso(nameListDeadline(visit.visitDate as string)) : null,
      },
      split: parts.length
        ? parts.map((p) => ({
            id: p.id,
            part: p.splitPart as number,
            status: p.status,
            students: p.students,
            teachers: p.teachers,
            slot: times(p.slotId ?? p.preferredSlotIds[0])[0] ?? null,
          }))
        : null,
      feedback:
        visit.rating !== null ? { rating: visit.rating, comment: visit.feedback, at: visit.feedbackAt as Date } : null,
      createdAt: visit.createdAt,
    };
  }

  facts(loaded: LoadedGroupVisit): GroupFacts {
    const { visit, school, resource, offering, slots, booking } = loaded;
    const slot = [visit.slotId, ...visit.preferredSlotIds].flatMap((id) => (id && slots.get(id)) || [])[0];
    return {
      venueName: resource.name,
      offeringTitle: offering.title,
      schoolName: school.name,
      className: visit.className,
      students: visit.students,
      teachers: visit.teachers,
      startsAt: slot?.startsAt ?? null,
      code: booking?.status === 'confirmed' ? booking.code : undefined,
      reason: visit.reason,
      part: visit.splitPart ? { n: visit.splitPart, of: loaded.parts.length } : undefined,
    };
  }

  /** The name list with ID numbers masked. */
  nameList(visitors: BookingVisitor[]): NameListEntry[] {
    return visitors.map((v) => ({
      position: v.position,
      name: v.name,
      role: v.groupRole,
      category: v.category,
      idNumber: v.idNumber && maskIdNumber(this.cipher.decrypt(v.idNumber)),
      phone: v.phone && maskPhone(this.cipher.decrypt(v.phone)),
    }));
  }
}
