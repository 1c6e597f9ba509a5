import fc from 'fast-check';
import type { SlotAvailability } from '../src/lib/api/models';
import { peopleIn, planSplit, splitClass } from '../src/lib/group-visits';

/** A time with `groupRemaining` places left for groups, at 09:00 plus `n` hours. */
const slot = (n: number, groupRemaining: number) =>
  ({
    slotId: `slot-${n}`,
    start: `2026-12-09T${String(9 + n).padStart(2, '0')}:00:00+08:00`,
    end: `2026-12-09T${String(10 + n).padStart(2, '0')}:00:00+08:00`,
    groupCapacity: 40,
    groupRemaining,
  }) as SlotAvailability;

describe('splitting a class across times', () => {
  it('splits 48 students and 3 teachers at one teacher per 20 into 28 + 2 and 20 + 1', () => {
    expect(splitClass({ students: 48, teachers: 3 }, 20, 2)).toEqual([
      { students: 28, teachers: 2 },
      { students: 20, teachers: 1 },
    ]);
    expect(splitClass({ students: 48, teachers: 1 }, 20, 2)).toBeUndefined();
  });

  it('plans the fewest parts the day’s times can take, the largest in the roomiest, in time order', () => {
    expect(planSplit({ students: 48, teachers: 3 }, 20, [slot(0, 40), slot(5, 40)], 6)).toEqual([
      { part: { students: 28, teachers: 2 }, slot: slot(0, 40) },
      { part: { students: 20, teachers: 1 }, slot: slot(5, 40) },
    ]);
    // The 21 places at 14:00 take the smaller part; the morning's 35 the larger.
    expect(planSplit({ students: 48, teachers: 3 }, 20, [slot(0, 35), slot(5, 21), slot(7, 10)], 6)).toEqual([
      { part: { students: 28, teachers: 2 }, slot: slot(0, 35) },
      { part: { students: 20, teachers: 1 }, slot: slot(5, 21) },
    ]);
    expect(planSplit({ students: 48, teachers: 3 }, 20, [slot(0, 25), slot(5, 25)], 6)).toBeUndefined();
  });

  it('keeps every student and teacher, the ratio in every part and the parts even, whenever the class keeps it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 10 }),
        (perTeacher, n, students, extraTeachers) => {
          const teachers = Math.max(n, Math.ceil(students / perTeacher)) + extraTeachers;
          const parts = splitClass({ students, teachers }, perTeacher, n);
          if (students < n) return expect(parts).toBeUndefined();
          expect(parts).toHaveLength(n);
          const all = parts ?? [];
          expect(all.reduce((sum, p) => sum + p.students, 0)).toBe(students);
          expect(all.reduce((sum, p) => sum + p.teachers, 0)).toBe(teachers);
          for (const part of all) {
            expect(part.students).toBeGreaterThanOrEqual(1);
            expect(part.students).toBeLessThanOrEqual(part.teachers * perTeacher);
          }
          const sizes = all.map(peopleIn);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(
            // Balanced, unless a part's teachers cannot take more students.
            all.some((p) => p.students === p.teachers * perTeacher) ? Infinity : 1,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
