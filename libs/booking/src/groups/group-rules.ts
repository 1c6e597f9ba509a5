import { AppError } from '@kepu/core';
import { Offering, addDays } from '@kepu/schedule';
import { BookingErrors } from '../booking-errors';
import { GradeBand } from './group-visit.entity';

export type GroupRules = Pick<
  Offering,
  | 'groupMinStudents'
  | 'groupMaxStudents'
  | 'studentsPerTeacher'
  | 'preschoolStudentsPerTeacher'
  | 'groupLeadDays'
  | 'groupOpensDaysAhead'
>;

/** The most slots one class may be split across. */
export const MAX_SPLIT_PARTS = 6;

/** Teachers a class needs: one per `studentsPerTeacher` students (fewer children per adult in preschool). */
export function teachersNeeded(rules: GroupRules, students: number, gradeBand: GradeBand): number {
  const ratio = gradeBand === 'preschool' ? rules.preschoolStudentsPerTeacher : rules.studentsPerTeacher;
  return Math.ceil(students / ratio);
}

/** The offering's size and ratio rules for a class; throws the first one broken. */
export function checkGroupSize(
  rules: GroupRules,
  group: { students: number; teachers: number; gradeBand: GradeBand },
): void {
  if (group.students < rules.groupMinStudents) {
    throw new AppError(BookingErrors.GROUP_TOO_SMALL, { minStudents: rules.groupMinStudents });
  }
  if (group.students > rules.groupMaxStudents) {
    throw new AppError(BookingErrors.GROUP_TOO_LARGE, { maxStudents: rules.groupMaxStudents });
  }
  const needed = teachersNeeded(rules, group.students, group.gradeBand);
  if (group.teachers < needed) throw new AppError(BookingErrors.TEACHER_RATIO_NOT_MET, { teachersNeeded: needed });
}

/** The days a group may ask for, counted from today in Shanghai. */
export function groupDateRange(rules: GroupRules, today: string): { earliest: string; latest: string } {
  return { earliest: addDays(today, rules.groupLeadDays), latest: addDays(today, rules.groupOpensDaysAhead) };
}

export function checkGroupDate(rules: GroupRules, visitDate: string, today: string): void {
  const { earliest, latest } = groupDateRange(rules, today);
  if (visitDate < earliest) throw new AppError(BookingErrors.GROUP_TOO_LATE, { earliest });
  if (visitDate > latest) throw new AppError(BookingErrors.GROUP_TOO_EARLY, { latest });
}
