/**
 * The people of a booking as the forms edit them: the public booking form and the operator's booking
 * desk ask the same things, check them by the same rules as they are typed (lib/documents.ts), and
 * put the API's refusal of one visitor under that visitor's fields.
 */
import { useI18n } from './i18n';
import type { ApiError } from './api/client';
import type { components } from './api/schema';
import type { ErrorDetail, SavedVisitorView, VisitorCategory } from './api/models';
import { ageOn } from '../../../../libs/core/src/privacy/id-number';
import { parseDocument } from '../../../../libs/core/src/privacy/identity-document';
import { documentProblem, type DocumentType } from './documents';
import { useOfferingRules, type AgeRules } from './offering-rules';
import { todayInBeijing } from './time';

export interface VisitorForm {
  name: string;
  category: VisitorCategory;
  documentType: DocumentType;
  documentNumber: string;
  /** ISO 3166-1 alpha-3, for passports. */
  documentCountry: string;
  /** One of the account's saved people: the server fills in the document, shown here masked. */
  saved?: Pick<SavedVisitorView, 'id' | 'documentType' | 'documentNumber' | 'birthDate'>;
}

export const newVisitor = (name = ''): VisitorForm => ({
  name,
  category: 'adult',
  documentType: 'id_card',
  documentNumber: '',
  documentCountry: '',
});

/** A saved person as a visitor of this booking, in the category their age on `visitDate` gives. */
export function savedAsVisitor(saved: SavedVisitorView, visitDate: string): VisitorForm {
  return {
    ...newVisitor(saved.name),
    category: saved.birthDate ? categoryOn(saved.birthDate, visitDate) : saved.category,
    saved: {
      id: saved.id,
      documentType: saved.documentType,
      documentNumber: saved.documentNumber,
      birthDate: saved.birthDate,
    },
  };
}

/** The ages of each category, as the server's party rules: under 18 a child, 60 and over a senior. */
const CATEGORY_AGES: Record<VisitorCategory, [number, number]> = {
  child: [0, 17],
  adult: [18, 59],
  senior: [60, Infinity],
};

/** The category a birth date gives on a day. */
export function categoryOn(birthDate: string, day: string): VisitorCategory {
  const age = ageOn(birthDate, day);
  return (Object.keys(CATEGORY_AGES) as VisitorCategory[]).find((c) => age <= CATEGORY_AGES[c][1]) ?? 'senior';
}

/** The birth date of a saved person, or on a typed document once its number is whole and valid. */
export function birthDateOf(v: VisitorForm): string | undefined {
  if (v.saved) return v.saved.birthDate ?? undefined;
  const number = v.documentNumber.trim();
  if (!number) return undefined;
  const parsed = parseDocument({ type: v.documentType, number, country: v.documentCountry }, todayInBeijing());
  return 'problem' in parsed ? undefined : (parsed.birthDate ?? undefined);
}

/** What is wrong with one visitor's fields, in the reader's words (nothing: all is well). */
export interface VisitorProblems {
  name?: string;
  /** The category falls outside the offering's ages. */
  category?: string;
  /** The number, or the age its birth date gives (a saved person's too). */
  documentNumber?: string;
}

/** The offering's ages and the day of the visit, for the age rule at the visitor's field. */
export interface VisitRules extends AgeRules {
  visitDate: string;
}

/** Problem names from the shared rules → message keys. */
const PROBLEM_KEYS = {
  format: 'format',
  region: 'region',
  'birth date': 'birthDate',
  'check digit': 'checkDigit',
  country: 'country',
} as const;

/**
 * Checks a visitor as the server will: a name, a valid document where the offering is real-name,
 * and with `rules`, the offering's ages: by the birth date as soon as a document gives one, else
 * by the category.
 */
export function useVisitorProblems(realName: () => boolean | undefined, rules?: () => VisitRules | undefined) {
  const { t } = useI18n();
  const { ages } = useOfferingRules();

  function outsideAges(v: VisitorForm): Pick<VisitorProblems, 'category' | 'documentNumber'> {
    const visit = rules?.();
    const range = visit && ages(visit);
    if (!visit || !range) return {};
    const [min, max] = [visit.minAge ?? 0, visit.maxAge ?? Infinity];
    const birthDate = birthDateOf(v);
    if (birthDate) {
      const age = ageOn(birthDate, visit.visitDate);
      return age < min || age > max ? { documentNumber: t('rules.outsideAges', { age, ages: range }) } : {};
    }
    const [from, to] = CATEGORY_AGES[v.category];
    return to < min || from > max
      ? { category: t('rules.categoryOutside', { ages: range, category: t(`booking.categories.${v.category}`) }) }
      : {};
  }

  return (v: VisitorForm): VisitorProblems => {
    const number = v.documentNumber.trim();
    // A saved person's document is on file, checked when it was saved.
    const needsDocument = realName() && v.category !== 'child' && !v.saved?.documentNumber;
    // A passport without its country is the rules' own 'country' problem.
    const problem = number ? documentProblem(v.documentType, number, v.documentCountry) : undefined;
    const age = outsideAges(v);
    return {
      name: v.name.trim() ? undefined : t('booking.nameRequired'),
      category: age.category,
      documentNumber:
        problem === 'format'
          ? t(`booking.documentFormats.${v.documentType}`)
          : problem
            ? t(`booking.idProblems.${PROBLEM_KEYS[problem]}`)
            : (age.documentNumber ?? (number || !needsDocument ? undefined : t('booking.idRequired'))),
    };
  };
}

/**
 * A visitor as the API takes it: a saved person by id; else the document only when one was typed,
 * its country only for a passport.
 */
export const visitorBody = (v: VisitorForm): components['schemas']['VisitorDto'] => ({
  name: v.name.trim(),
  category: v.category,
  ...(v.saved
    ? { savedVisitorId: v.saved.id }
    : v.documentNumber.trim()
      ? {
          documentType: v.documentType,
          documentNumber: v.documentNumber.trim().toUpperCase(),
          ...(v.documentType === 'passport' ? { documentCountry: v.documentCountry } : {}),
        }
      : {}),
});

/** Where an API refusal of one visitor goes: under its category or its document, with its own words. */
export interface VisitorRefusal {
  at: 'category' | 'documentNumber';
  /** The visitor's place in the request (`visitors.1`), whose problems FieldError shows; none for a one-visitor body. */
  field?: string;
  error: ApiError;
}

/**
 * The refusal of a booking when its details name the index-th visitor (`visitors.1.documentNumber`,
 * `visitors.0.category`, `visitors.2` for its age), or, without an index, of a body that is one
 * visitor (`documentNumber`, `category`): which of its fields to show it under.
 */
export function visitorRefusal(error: ApiError | undefined, index?: number): VisitorRefusal | undefined {
  if (!error || !Array.isArray(error.details)) return undefined;
  const visitor = index === undefined ? undefined : `visitors.${index}`;
  const prefix = visitor === undefined ? '' : `${visitor}.`;
  for (const detail of error.details as ErrorDetail[]) {
    const field = typeof detail?.field === 'string' ? detail.field : undefined;
    if (field === undefined) continue;
    if (field === visitor || field === `${prefix}category`) return { at: 'category', field: visitor, error };
    if (field.startsWith(prefix)) return { at: 'documentNumber', field: visitor, error };
  }
  return undefined;
}
