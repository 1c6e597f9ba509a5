import { AppError, ageOn, ErrorDetail, parseIdNumber } from '@kepu/core';
import { BookingErrors } from '../booking-errors';
import type { VisitorCategory } from './booking.entity';

export interface PartyRules {
  realName: boolean;
  minPartySize: number;
  maxPartySize: number;
  minAge: number | null;
  maxAge: number | null;
}

export interface PartyVisitor {
  name: string;
  category: VisitorCategory;
  idNumber?: string;
}

export interface CheckedVisitor {
  name: string;
  category: VisitorCategory;
  /** Normalised; kept only in real-name mode (no one else needs it). */
  idNumber: string | null;
}

export const ADULT_AGE = 18;
const SENIOR_AGE = 60;

/** The category an age on an ID number belongs to. */
export const categoryForAge = (age: number): VisitorCategory =>
  age >= SENIOR_AGE ? 'senior' : age >= ADULT_AGE ? 'adult' : 'child';

/**
 * The offering's rules for who may come in one booking: party size, real-name ID numbers (valid,
 * not repeated, a child without one only beside an adult with one), categories that match the age
 * on the ID, and the offering's age range. Throws the first kind of problem with every field it affects.
 */
export function checkParty(
  rules: PartyRules,
  visitors: PartyVisitor[],
  visitDate: string,
  today: string,
): CheckedVisitor[] {
  if (visitors.length > rules.maxPartySize) {
    throw new AppError(BookingErrors.PARTY_TOO_LARGE, { maxPartySize: rules.maxPartySize });
  }
  if (visitors.length < rules.minPartySize) {
    throw new AppError(BookingErrors.PARTY_TOO_SMALL, { minPartySize: rules.minPartySize });
  }
  const field = (i: number) => `visitors.${i}.idNumber`;
  const parsed = visitors.map((visitor) => (visitor.idNumber ? parseIdNumber(visitor.idNumber, today) : null));
  failOn(
    BookingErrors.INVALID_ID_NUMBER,
    parsed.flatMap((p, i) => (p && 'problem' in p ? [{ field: field(i), problems: [p.problem] }] : [])),
  );
  const ids = parsed.map((p) => (p && 'number' in p ? p : null));
  const seen = new Map<string, number>();
  failOn(
    BookingErrors.DUPLICATE_VISITOR_ID,
    ids.flatMap((id, i) => {
      if (!id) return [];
      const first = seen.get(id.number);
      seen.set(id.number, first ?? i);
      return first === undefined ? [] : [{ field: field(i), problems: [`same as visitors.${first}`] }];
    }),
  );
  if (rules.realName) {
    failOn(
      BookingErrors.ID_NUMBER_REQUIRED,
      visitors.flatMap((v, i) =>
        v.category !== 'child' && !ids[i] ? [{ field: field(i), problems: ['required'] }] : [],
      ),
    );
    const hasGuardian = ids.some((id) => id && ageOn(id.birthDate, visitDate) >= ADULT_AGE);
    failOn(
      BookingErrors.GUARDIAN_REQUIRED,
      visitors.flatMap((v, i) =>
        !ids[i] && !hasGuardian ? [{ field: field(i), problems: ['no adult with an ID'] }] : [],
      ),
    );
  }
  const ages = ids.map((id) => (id ? ageOn(id.birthDate, visitDate) : null));
  failOn(
    BookingErrors.VISITOR_CATEGORY_MISMATCH,
    visitors.flatMap((v, i) => {
      const age = ages[i];
      const wrong =
        age !== null && ((v.category === 'child' && age >= ADULT_AGE) || (v.category === 'senior' && age < SENIOR_AGE));
      return wrong ? [{ field: `visitors.${i}.category`, problems: [`age ${age}`] }] : [];
    }),
  );
  failOn(
    BookingErrors.AGE_NOT_ALLOWED,
    ages.flatMap((age, i) =>
      age !== null && ((rules.minAge !== null && age < rules.minAge) || (rules.maxAge !== null && age > rules.maxAge))
        ? [{ field: `visitors.${i}`, problems: [`age ${age} outside ${rules.minAge ?? 0}–${rules.maxAge ?? '∞'}`] }]
        : [],
    ),
  );
  return visitors.map((v, i) => ({
    name: v.name,
    category: v.category,
    idNumber: rules.realName ? (ids[i]?.number ?? null) : null,
  }));
}

function failOn(definition: (typeof BookingErrors)[keyof typeof BookingErrors], details: ErrorDetail[]): void {
  if (details.length) throw new AppError(definition, details);
}
