import { AppError, CoreErrors, fieldProblem } from '@kepu/core';
import { Offering, shanghaiToday, Slot } from '@kepu/schedule';
import { BookingErrors } from '../booking-errors';
import { BookingProblems } from '../booking-problems';
import { GroupProblems } from './group-problems';
import { checkGroupDate, checkTeachers } from './group-rules';
import { GroupVisitRequestDto } from './group-visits.dto';

/** One visit a request makes: the whole class, or one part of a class split across slots. */
export interface AskedPart {
  students: number;
  teachers: number;
  /** Most wanted first. */
  slots: Slot[];
}

/**
 * The visits a request asks for, checked: the class in one of its 1–3 preferred slots, or split
 * into parts of one slot each, adding up to the class, each part with teachers enough for its
 * students and in a slot of its own. Every slot must be the offering's, not cancelled, on a day
 * groups may ask for, and have group places left for the students and teachers it would take. Each
 * refusal names the field it is about, in words.
 */
export async function askedParts(
  offering: Offering,
  body: GroupVisitRequestDto,
  today: string,
  slotsOf: (ids: string[]) => Promise<Slot[]>,
): Promise<AskedPart[]> {
  const asked = body.parts
    ? body.parts.map((part, i) => ({ ...part, slotIds: [part.slotId], field: () => `parts.${i}.slotId` }))
    : [{ ...body, slotIds: body.preferredSlotIds ?? [], field: (j: number) => `preferredSlotIds.${j}` }];
  if (body.parts) checkSplit(offering, body, body.parts);
  const slots = await slotsOf(asked.flatMap((part) => part.slotIds));
  return asked.map((part) => ({
    students: part.students,
    teachers: part.teachers,
    slots: part.slotIds.map((id, j) => {
      const slot = slots.find((s) => s.id === id);
      const field = part.field(j);
      if (!slot || slot.offeringId !== offering.id) {
        throw new AppError(BookingErrors.SLOT_NOT_IN_OFFERING, [
          fieldProblem(field, BookingProblems.SLOT_NOT_OFFERED, { slotId: id }),
        ]);
      }
      if (slot.status === 'cancelled') {
        throw new AppError(BookingErrors.SLOT_CANCELLED, [
          fieldProblem(field, BookingProblems.SLOT_CANCELLED, { slotId: id }),
        ]);
      }
      const people = part.students + part.teachers;
      const remaining = slot.groupCapacity - slot.groupBooked;
      if (people > remaining) {
        throw new AppError(BookingErrors.NO_GROUP_QUOTA, [
          fieldProblem(field, GroupProblems.SLOT_TOO_SMALL, { remaining, people }),
        ]);
      }
      checkGroupDate(offering, shanghaiToday(slot.startsAt), today, field);
      return slot;
    }),
  }));
}

/** The parts of a split class add up to it, each has teachers enough for its students, no two share a slot. */
function checkSplit(
  offering: Offering,
  body: GroupVisitRequestDto,
  parts: NonNullable<GroupVisitRequestDto['parts']>,
): void {
  const invalid = (...details: ReturnType<typeof fieldProblem>[]) =>
    new AppError(CoreErrors.VALIDATION_FAILED, details);
  if (body.preferredSlotIds) throw invalid(fieldProblem('preferredSlotIds', GroupProblems.NOT_WITH_PARTS));
  const students = parts.reduce((sum, p) => sum + p.students, 0);
  const teachers = parts.reduce((sum, p) => sum + p.teachers, 0);
  if (students !== body.students || teachers !== body.teachers) {
    throw invalid(
      fieldProblem('parts', GroupProblems.PARTS_DO_NOT_ADD_UP, {
        students,
        teachers,
        classStudents: body.students,
        classTeachers: body.teachers,
      }),
    );
  }
  parts.forEach((part, i) => {
    checkTeachers(offering, { ...part, gradeBand: body.gradeBand }, `parts.${i}.teachers`);
    const other = parts.findIndex((p) => p.slotId === part.slotId);
    if (other < i) {
      throw invalid(fieldProblem(`parts.${i}.slotId`, GroupProblems.SAME_SLOT_TWICE, { other, n: other + 1 }));
    }
  });
}
