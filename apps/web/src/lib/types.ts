/** The parts of API answers the portal reads. */

export interface DayHours {
  date: string;
  weekday: number;
  ranges: { open: string; close: string }[];
  reason: string;
  note?: string;
}

export interface Offering {
  id: string;
  resourceId: string;
  title: string;
  kind: string;
  description: string;
  status: string;
  audience: 'individual' | 'group' | 'both';
  capacity: number;
  bookingOpensDaysAhead: number;
  minPartySize: number;
  maxPartySize: number;
  realName: boolean;
  minAge: number | null;
  maxAge: number | null;
  priceFen: number;
}

export interface Venue {
  id: string;
  name: string;
  nameEn?: string | null;
  type: string;
  regionCode: string;
  address: string;
  location: { lat: number; lng: number };
  description: string;
  transport?: string | null;
  website?: string | null;
  contact: { phone?: string | null; email?: string | null };
  themes: string[];
  audiences: string[];
  accessibility: string[];
  photos: { mediaId: string; caption?: string }[];
  admission: {
    free: boolean;
    note?: string;
    prices: { label: string; amountFen: number }[];
    concessions: { group: string; kind: string; note?: string }[];
  };
  accreditations: { name: string; level: string; yearGranted: number; expiresOn?: string }[];
  exhibits: { id?: string; name: string; category: string; explanation: string; photoId?: string }[];
  organisation: { name: string };
  openingHours?: {
    rules: { publicHolidays: 'open' | 'closed' | string };
    today: DayHours;
    openNow: boolean;
    closesAt: string | null;
    nextOpening: string | null;
    days: DayHours[];
    jsonLd: { openingHoursSpecification: object[]; specialOpeningHoursSpecification: object[] };
  };
  offerings: Offering[];
}

export type SlotStatus = 'open' | 'full' | 'closed' | 'not_open_yet';

export interface Slot {
  slotId: string;
  start: string;
  end: string;
  capacity: number;
  remaining: number;
  status: SlotStatus;
  bookingOpensAt: string;
  bookingClosesAt: string;
}

export type VisitorCategory = 'adult' | 'child' | 'senior';

export interface Booking {
  id: string;
  code: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled' | 'checked_in' | 'no_show' | 'expired';
  kind: 'individual' | 'group';
  start: string;
  end: string;
  visitDate: string;
  venue: { id: string; name: string };
  offering: { id: string; title: string; kind: string };
  partySize: number;
  visitors: { name: string; category: VisitorCategory; idNumber: string | null }[];
  contactPhone: string;
  /** Whether the contact phone was proven by a code (the account's own, or one sent for this booking): only such a number gets SMS. */
  contactPhoneVerified?: boolean;
  cancellableUntil: string | null;
  waitlistPosition?: number;
  /** Freed places kept for this party while it heads the waitlist. */
  waitlistPlacesHeld?: number;
  checkedInAt: string | null;
  cancelledAt: string | null;
}

/** `¥12.50` from fen. */
export const yuan = (fen: number) => `¥${(fen / 100).toFixed(fen % 100 ? 2 : 0)}`;

/** A teacher a group visit may be handed to (GET /group-visits/{id}/colleagues). */
export interface Colleague {
  accountId: string;
  displayName: string;
  /** Masked: 138****5678 or l***@school.edu.cn. */
  login: string;
  /** Whether they lead the visit now. */
  leads: boolean;
}
