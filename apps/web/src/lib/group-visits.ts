/** School group visits (馆校合作) as the school and operator consoles read them. */
import { api } from './api';
import { todayInBeijing } from './time';
import type { Colleague, Offering, Slot } from './types';

export type GroupVisitStatus =
  'requested' | 'proposed' | 'approved' | 'rejected' | 'declined' | 'expired' | 'cancelled';

export const GROUP_VISIT_STATUSES: GroupVisitStatus[] = [
  'requested',
  'proposed',
  'approved',
  'rejected',
  'declined',
  'expired',
  'cancelled',
];

export const GRADE_BANDS = [
  'preschool',
  'primary_lower',
  'primary_upper',
  'junior_high',
  'senior_high',
  'vocational',
] as const;
export type GradeBand = (typeof GRADE_BANDS)[number];

export interface SlotTimes {
  slotId: string;
  start: string;
  end: string;
}

export interface GroupVisit {
  id: string;
  status: GroupVisitStatus;
  school: { id: string; name: string };
  venue: { id: string; name: string };
  offering: { id: string; title: string; realName: boolean };
  preferredSlots: SlotTimes[];
  /** The slot approved, or proposed by the venue. */
  slot: SlotTimes | null;
  visitDate: string | null;
  students: number;
  teachers: number;
  teachersNeeded: number;
  gradeBand: GradeBand;
  className: string | null;
  topic: string;
  needs: string | null;
  leaderName: string;
  leaderPhone: string | null;
  underAgreement: string | null;
  expiresAt: string | null;
  reason: string | null;
  decidedAt: string | null;
  cancelledBy: 'school' | 'venue' | null;
  booking: {
    id: string;
    code: string;
    status: 'confirmed' | 'cancelled' | 'checked_in' | 'no_show' | string;
    partySize: number;
    checkedInAt: string | null;
    headcount: number | null;
  } | null;
  nameList: { students: number; teachers: number; editableUntil: string | null };
  feedback: { rating: number; comment: string | null; at: string } | null;
  createdAt: string;
}

export interface NameListProblem {
  row: number | null;
  column: string;
  code: string;
  message: string;
}

/** What an upload (or its dry run) found: sent as the answer when good, as the 422's details when not. */
export interface NameListReport {
  dryRun?: boolean;
  rows?: number;
  students?: number;
  teachers?: number;
  errors: NameListProblem[];
}

export interface NameListEntry {
  position: number;
  name: string;
  role: 'student' | 'teacher' | null;
  category: 'adult' | 'child' | 'senior';
  idNumber: string | null;
}

export interface Agreement {
  id: string;
  status: 'proposed' | 'active' | 'ended';
  venue: { id: string; name: string };
  school: { id: string; name: string };
  startsOn: string;
  endsOn: string;
  visitQuota: number;
  note: string | null;
  signedAt: string | null;
  usage: {
    used: number;
    pending: number;
    remaining: number;
    terms: { key: string; label: string; from: string; to: string; used: number }[];
  };
  createdAt: string;
}

/** An offering with the rules that apply to school groups. */
export interface GroupOffering extends Offering {
  groupCapacity: number;
  groupMinStudents: number;
  groupMaxStudents: number;
  studentsPerTeacher: number;
  preschoolStudentsPerTeacher: number;
  groupLeadDays: number;
  groupOpensDaysAhead: number;
}

export interface GroupSlot extends Slot {
  groupCapacity: number;
  groupRemaining: number;
}

/** Offerings a school class can ask for: for groups, with a group quota. */
export const takesGroups = (offering: GroupOffering) =>
  offering.status === 'active' && offering.audience !== 'individual' && offering.groupCapacity > 0;

/** The availability API answers at most 62 days at a time. */
const MAX_DAYS = 62;

/**
 * The offering's slots on the days a group may ask for (from its lead time to how far ahead groups
 * book), not cancelled, with room in the group quota for `party` people.
 */
export async function groupSlots(offering: GroupOffering, party: number, fromDays?: number): Promise<GroupSlot[]> {
  const first = fromDays ?? offering.groupLeadDays;
  const last = Math.min(offering.groupOpensDaysAhead, first + MAX_DAYS - 1);
  if (last < first) return [];
  const slots = await api<GroupSlot[]>(
    `/offerings/${offering.id}/availability?from=${todayInBeijing(first)}&to=${todayInBeijing(last)}`,
  );
  return slots.filter((s) => s.groupRemaining >= Math.max(party, 1) && s.groupCapacity > 0 && s.status !== 'closed');
}

/** The days that have at least one of these slots, in order. */
export const slotDays = (slots: { start: string }[]) => [...new Set(slots.map((s) => s.start.slice(0, 10)))].sort();

/** Pending: someone still has to answer. */
export const isPending = (visit: GroupVisit) => visit.status === 'requested' || visit.status === 'proposed';

/** The school may call it off: pending, or approved with the booking still standing and not started. */
export const schoolMayCancel = (visit: GroupVisit) =>
  isPending(visit) ||
  (visit.status === 'approved' &&
    visit.booking?.status === 'confirmed' &&
    !!visit.slot &&
    new Date(visit.slot.start).getTime() > Date.now());

/**
 * Open, so the school may hand it to another teacher: waiting for an answer (and not lapsed), or
 * approved and not yet over.
 */
export const schoolMayHandOver = (visit: GroupVisit, now = Date.now()) =>
  (isPending(visit) && (!visit.expiresAt || new Date(visit.expiresAt).getTime() > now)) ||
  (visit.status === 'approved' && !!visit.slot && new Date(visit.slot.end).getTime() > now);

/** Who leads the visit from now on; name and phone default to the new leader's own. */
export interface HandOver {
  accountId: string;
  leaderName?: string;
  leaderPhone?: string;
}

/** Hands the visit to a teacher of the same school (or to oneself); answers with the visit as it now stands. */
export const handOverGroupVisit = (id: string, body: HandOver) =>
  api<GroupVisit>(`/group-visits/${id}/hand-over`, { method: 'POST', body });

/** The school's teachers who could lead the visit (verified, active), by name, each with a masked login. */
export const colleaguesFor = (visitId: string) => api<Colleague[]>(`/group-visits/${visitId}/colleagues`);
