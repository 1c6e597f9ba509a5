import {
  AppError,
  ageOn,
  DOCUMENT_PROBLEMS,
  DocumentType,
  ErrorDetail,
  fieldProblem,
  parseDocument,
  ParsedDocument,
} from '@kepu/core';
import { BookingErrors } from '../booking-errors';
import { BookingProblems } from '../booking-problems';
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
  /** An ID card's number: the same as `documentNumber` with the default `documentType`. */
  idNumber?: string;
  documentType?: DocumentType;
  documentNumber?: string;
  documentCountry?: string;
}

export interface CheckedVisitor {
  name: string;
  category: VisitorCategory;
  /** Normalised; kept only in real-name mode (no one else needs it). */
  document: ParsedDocument | null;
}

/** Where the i-th visitor's fields are in the request body: `visitors.2.` in a booking's. */
export type VisitorPlace = (i: number) => string;
const inParty: VisitorPlace = (i) => `visitors.${i}.`;

/** Where a visitor's document number was given: the problems name that field. */
export const numberField = (visitor: PartyVisitor, i: number, place: VisitorPlace = inParty) =>
  `${place(i)}${visitor.documentNumber === undefined ? 'idNumber' : 'documentNumber'}`;

/** A visitor's document, parsed; the problem at its field; or null when none was given. */
export function visitorDocument(
  visitor: PartyVisitor,
  i: number,
  today: string,
  place: VisitorPlace,
): ParsedDocument | ErrorDetail | null {
  if (visitor.idNumber !== undefined && visitor.documentNumber !== undefined) {
    return fieldProblem(`${place(i)}idNumber`, BookingProblems.TWO_NUMBERS);
  }
  const number = visitor.documentNumber ?? visitor.idNumber;
  if (number === undefined) return null;
  const type = visitor.documentNumber === undefined ? 'id_card' : (visitor.documentType ?? 'id_card');
  const parsed = parseDocument({ type, number, country: visitor.documentCountry }, today);
  if (!('problem' in parsed)) return parsed;
  return parsed.problem === 'country' && type === 'passport'
    ? fieldProblem(`${place(i)}documentCountry`, DOCUMENT_PROBLEMS.country)
    : fieldProblem(numberField(visitor, i, place), DOCUMENT_PROBLEMS[parsed.problem]);
}

export const ADULT_AGE = 18;
const SENIOR_AGE = 60;
/** The ages a category covers: all an offering's age range can go by when no document gives an age. */
const CATEGORY_AGES: Record<VisitorCategory, [number, number]> = {
  child: [0, ADULT_AGE - 1],
  adult: [ADULT_AGE, SENIOR_AGE - 1],
  senior: [SENIOR_AGE, Infinity],
};

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
  place: VisitorPlace = inParty,
): CheckedVisitor[] {
  if (visitors.length > rules.maxPartySize) {
    throw new AppError(BookingErrors.PARTY_TOO_LARGE, { maxPartySize: rules.maxPartySize });
  }
  if (visitors.length < rules.minPartySize) {
    throw new AppError(BookingErrors.PARTY_TOO_SMALL, { minPartySize: rules.minPartySize });
  }
  const found = visitors.map((visitor, i) => visitorDocument(visitor, i, today, place));
  failOn(
    BookingErrors.INVALID_ID_NUMBER,
    found.flatMap((d) => (d && 'problems' in d ? [d] : [])),
  );
  const ids = found.map((d) => (d && 'key' in d ? d : null));
  const seen = new Map<string, number>();
  failOn(
    BookingErrors.DUPLICATE_VISITOR_ID,
    ids.flatMap((id, i) => {
      if (!id) return [];
      const first = seen.get(id.key);
      seen.set(id.key, first ?? i);
      return first === undefined
        ? []
        : [fieldProblem(numberField(visitors[i], i, place), BookingProblems.SAME_DOCUMENT, { first, n: first + 1 })];
    }),
  );
  if (rules.realName) {
    failOn(
      BookingErrors.ID_NUMBER_REQUIRED,
      visitors.flatMap((v, i) =>
        v.category !== 'child' && !ids[i]
          ? [fieldProblem(numberField(v, i, place), BookingProblems.DOCUMENT_REQUIRED)]
          : [],
      ),
    );
    // A document without a birth date (a passport, a permit) vouches for the adult category given with it.
    const hasGuardian = ids.some(
      (id, i) => id && (id.birthDate ? ageOn(id.birthDate, visitDate) >= ADULT_AGE : visitors[i].category !== 'child'),
    );
    failOn(
      BookingErrors.GUARDIAN_REQUIRED,
      visitors.flatMap((v, i) =>
        !ids[i] && !hasGuardian ? [fieldProblem(numberField(v, i, place), BookingProblems.NO_GUARDIAN)] : [],
      ),
    );
  }
  const ages = ids.map((id) => (id?.birthDate ? ageOn(id.birthDate, visitDate) : null));
  failOn(
    BookingErrors.VISITOR_CATEGORY_MISMATCH,
    visitors.flatMap((v, i) => {
      const age = ages[i];
      const wrong =
        age !== null && ((v.category === 'child' && age >= ADULT_AGE) || (v.category === 'senior' && age < SENIOR_AGE));
      return wrong ? [fieldProblem(`${place(i)}category`, BookingProblems.CATEGORY_BY_AGE, { age })] : [];
    }),
  );
  failOn(
    BookingErrors.AGE_NOT_ALLOWED,
    ages.flatMap((age, i) => {
      if (age === null) return categoryOutside(rules, visitors[i].category, `${place(i)}category`);
      const range = { age, min: rules.minAge ?? 0, max: rules.maxAge ?? '∞' };
      const field = place(i).replace(/\.$/, '');
      if (rules.minAge !== null && age < rules.minAge) return [fieldProblem(field, BookingProblems.TOO_YOUNG, range)];
      if (rules.maxAge !== null && age > rules.maxAge) return [fieldProblem(field, BookingProblems.TOO_OLD, range)];
      return [];
    }),
  );
  return visitors.map((v, i) => ({
    name: v.name,
    category: v.category,
    document: rules.realName ? ids[i] : null,
  }));
}

/** A visitor without an age on a document, in a category wholly outside the offering's ages (a child at an adults' talk). */
function categoryOutside(rules: PartyRules, category: VisitorCategory, field: string): ErrorDetail[] {
  const [from, to] = CATEGORY_AGES[category];
  if (rules.minAge !== null && to < rules.minAge)
    return [fieldProblem(field, BookingProblems.CATEGORY_TOO_YOUNG, { category, min: rules.minAge })];
  if (rules.maxAge !== null && from > rules.maxAge)
    return [fieldProblem(field, BookingProblems.CATEGORY_TOO_OLD, { category, max: rules.maxAge })];
  return [];
}

function failOn(definition: (typeof BookingErrors)[keyof typeof BookingErrors], details: ErrorDetail[]): void {
  if (details.length) throw new AppError(definition, details);
}
