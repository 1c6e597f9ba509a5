import { AppError, fieldProblem } from '@kepu/core';
import { Offering, addDays } from '@kepu/schedule';
import { BookingErrors } from '../booking-errors';
import { GroupProblems } from './group-problems';
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

/** The offering's size and ratio rules for a class; throws the first one broken, on the field it is about. */
export function checkGroupSize(
  rules: GroupRules,
  group: { students: number; teachers: number; gradeBand: GradeBand },
): void {
  const { students } = group;
  if (students < rules.groupMinStudents) {
    throw new AppError(BookingErrors.GROUP_TOO_SMALL, [
      fieldProblem('students', GroupProblems.TOO_FEW_STUDENTS, { students, min: rules.groupMinStudents }),
    ]);
  }
  if (students > rules.groupMaxStudents) {
    throw new AppError(BookingErrors.GROUP_TOO_LARGE, [
      fieldProblem('students', GroupProblems.TOO_MANY_STUDENTS, { students, max: rules.groupMaxStudents }),
    ]);
  }
  checkTeachers(rules, group, 'teachers');
}

/** Teachers enough for the students (of a class, or of one part of it at `field`). */
export function checkTeachers(
  rules: GroupRules,
  group: { students: number; teachers: number; gradeBand: GradeBand },
  field: string,
): void {
  const needed = teachersNeeded(rules, group.students, group.gradeBand);
  if (group.teachers < needed) {
    throw new AppError(BookingErrors.TEACHER_RATIO_NOT_MET, [
      fieldProblem(field, GroupProblems.NOT_ENOUGH_TEACHERS, { students: group.students, needed }),
    ]);
  }
}

/** The days a group may ask for, counted from today in Shanghai. */
export function groupDateRange(rules: GroupRules, today: string): { earliest: string; latest: string } {
  return { earliest: addDays(today, rules.groupLeadDays), latest: addDays(today, rules.groupOpensDaysAhead) };
}

/** A day groups may ask for; a refusal names `field`, the slot on that day. */
export function checkGroupDate(rules: GroupRules, visitDate: string, today: string, field: string): void {
  const { earliest, latest } = groupDateRange(rules, today);
  if (visitDate < earliest) {
    throw new AppError(BookingErrors.GROUP_TOO_LATE, [
      fieldProblem(field, GroupProblems.TOO_LATE, { lead: rules.groupLeadDays, earliest }),
    ]);
  }
  if (visitDate > latest) {
    throw new AppError(BookingErrors.GROUP_TOO_EARLY, [
      fieldProblem(field, GroupProblems.TOO_EARLY, { ahead: rules.groupOpensDaysAhead, latest }),
    ]);
  }
}
