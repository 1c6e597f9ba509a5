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
 * book), not cancelled, with room in the group quota for `party` people (0: every one, full or not).
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
  return slots.filter((s) => s.groupRemaining >= party && s.groupCapacity > 0 && s.status !== 'closed');
}

/** Students and teachers: both take a slot's group places. */
export interface ClassSize {
  students: number;
  teachers: number;
}

export const peopleIn = (size: ClassSize) => size.students + size.teachers;

/** Students one teacher may accompany in this grade band. */
export const studentsPerTeacher = (offering: OfferingView, gradeBand: GradeBand) =>
  gradeBand === 'preschool' ? offering.preschoolStudentsPerTeacher : offering.studentsPerTeacher;

/**
 * A class shared out into `n` parts that each keep the teacher ratio when the class does: teachers
 * as evenly as they go, then each student to the smallest part whose teachers can still take one.
 * Undefined when there are fewer teachers (or students) than parts.
 */
export function splitClass(size: ClassSize, perTeacher: number, n: number): ClassSize[] | undefined {
  if (n > size.teachers || n > size.students) return undefined;
  const parts = Array.from({ length: n }, (_, i) => ({
    students: 0,
    teachers: Math.floor(size.teachers / n) + (i < size.teachers % n ? 1 : 0),
  }));
  for (let placed = 0; placed < size.students; placed++) {
    const open = parts.filter((p) => p.students < p.teachers * perTeacher);
    if (!open.length) return undefined;
    open.reduce((smallest, p) => (peopleIn(p) < peopleIn(smallest) ? p : smallest)).students++;
  }
  return parts;
}

/**
 * The fewest parts (two or more, up to `maxParts`) the class can be split into so that each part
 * has a slot of its own among `slots` with group places left for it; each part with that slot, the
 * largest part in the roomiest slot. Undefined when no split fits.
 */
export function planSplit(
  size: ClassSize,
  perTeacher: number,
  slots: SlotAvailability[],
  maxParts: number,
): { part: ClassSize; slot: SlotAvailability }[] | undefined {
  const roomiest = [...slots].sort((a, b) => b.groupRemaining - a.groupRemaining);
  for (let n = 2; n <= Math.min(maxParts, roomiest.length); n++) {
    const parts = splitClass(size, perTeacher, n);
    if (!parts) return undefined;
    const largest = parts.map((part, i) => ({ part, i })).sort((a, b) => peopleIn(b.part) - peopleIn(a.part));
    if (largest.every(({ part }, k) => roomiest[k].groupRemaining >= peopleIn(part))) {
      return largest
        .map(({ part }, k) => ({ part, slot: roomiest[k] }))
        .sort((a, b) => a.slot.start.localeCompare(b.slot.start));
    }
  }
  return undefined;
}

/** The most slots one class may be split across (the API's MAX_SPLIT_PARTS). */
export const MAX_SPLIT_PARTS = 6;

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
