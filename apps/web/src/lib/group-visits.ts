/** School group visits (馆校合作) as the school and operator consoles read them. */
import { client } from './api/client';
import type {
  GradeBand,
  GroupVisitHandOverDto,
  GroupVisitStatus,
  GroupVisitView,
  OfferingView,
  SlotAvailability,
} from './api/models';
import { todayInBeijing } from './time';

export const GROUP_VISIT_STATUSES: GroupVisitStatus[] = [
  'requested',
  'proposed',
  'approved',
  'rejected',
  'declined',
  'expired',
  'cancelled',
];

export const GRADE_BANDS: GradeBand[] = [
  'preschool',
  'primary_lower',
  'primary_upper',
  'junior_high',
  'senior_high',
  'vocational',
];

/** Offerings a school class can ask for: for groups, with a group quota. */
export const takesGroups = (offering: OfferingView) =>
  offering.status === 'active' && offering.audience !== 'individual' && offering.groupCapacity > 0;

/** The availability API answers at most 62 days at a time. */
const MAX_DAYS = 62;

/**
 * The offering's slots on the days a group may ask for (from its lead time to how far ahead groups
 * book), not cancelled, with room in the group quota for `party` people.
 */
export async function groupSlots(
  offering: OfferingView,
  party: number,
  fromDays?: number,
): Promise<SlotAvailability[]> {
  const first = fromDays ?? offering.groupLeadDays;
  const last = Math.min(offering.groupOpensDaysAhead, first + MAX_DAYS - 1);
  if (last < first) return [];
  const { data: slots } = await client.GET('/api/v1/offerings/{id}/availability', {
    params: { path: { id: offering.id }, query: { from: todayInBeijing(first), to: todayInBeijing(last) } },
  });
  return slots.filter((s) => s.groupRemaining >= Math.max(party, 1) && s.groupCapacity > 0 && s.status !== 'closed');
}

/** The days that have at least one of these slots, in order. */
export const slotDays = (slots: { start: string }[]) => [...new Set(slots.map((s) => s.start.slice(0, 10)))].sort();

/** Pending: someone still has to answer. */
export const isPending = (visit: GroupVisitView) => visit.status === 'requested' || visit.status === 'proposed';

/** The school may call it off: pending, or approved with the booking still standing and not started. */
export const schoolMayCancel = (visit: GroupVisitView) =>
  isPending(visit) ||
  (visit.status === 'approved' &&
    visit.booking?.status === 'confirmed' &&
    !!visit.slot &&
    new Date(visit.slot.start).getTime() > Date.now());

/**
 * Open, so the school may hand it to another teacher: waiting for an answer (and not lapsed), or
 * approved and not yet over.
 */
export const schoolMayHandOver = (visit: GroupVisitView, now = Date.now()) =>
  (isPending(visit) && (!visit.expiresAt || new Date(visit.expiresAt).getTime() > now)) ||
  (visit.status === 'approved' && !!visit.slot && new Date(visit.slot.end).getTime() > now);

/** Hands the visit to a teacher of the same school (or to oneself); answers with the visit as it now stands. */
export const handOverGroupVisit = async (id: string, body: GroupVisitHandOverDto) =>
  (await client.POST('/api/v1/group-visits/{id}/hand-over', { params: { path: { id } }, body })).data;

/** The school's teachers who could lead the visit (verified, active), by name, each with a masked login. */
export const colleaguesFor = async (visitId: string) =>
  (await client.GET('/api/v1/group-visits/{id}/colleagues', { params: { path: { id: visitId } } })).data;
