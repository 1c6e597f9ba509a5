/**
 * The people of a booking as the forms edit them: the public booking form and the operator's booking
 * desk ask the same things, check them by the same rules as they are typed (lib/documents.ts), and
 * put the API's refusal of one visitor under that visitor's fields.
 */
import { useI18n } from 'vue-i18n';
import type { ApiError } from './api/client';
import type { components } from './api/schema';
import type { ErrorDetail, SavedVisitorView, VisitorCategory } from './api/models';
import { ageOn } from '../../../../libs/core/src/privacy/id-number';
import { documentProblem, type DocumentType } from './documents';

export interface VisitorForm {
  name: string;
  category: VisitorCategory;
  documentType: DocumentType;
  documentNumber: string;
  /** ISO 3166-1 alpha-3, for passports. */
  documentCountry: string;
  /** One of the account's saved people: the server fills in the document, shown here masked. */
  saved?: Pick<SavedVisitorView, 'id' | 'documentType' | 'documentNumber'>;
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
    saved: { id: saved.id, documentType: saved.documentType, documentNumber: saved.documentNumber },
  };
}

/** The category a birth date gives on a day: 60 and over senior, under 18 child, as the server's party rules. */
function categoryOn(birthDate: string, day: string): VisitorCategory {
  const age = ageOn(birthDate, day);
  return age >= 60 ? 'senior' : age >= 18 ? 'adult' : 'child';
}

/** What is wrong with one visitor's fields, in the reader's words (nothing: all is well). */
export interface VisitorProblems {
  name?: string;
  documentNumber?: string;
}

/** Problem names from the shared rules → message keys. */
const PROBLEM_KEYS = {
  format: 'format',
  region: 'region',
  'birth date': 'birthDate',
  'check digit': 'checkDigit',
  country: 'country',
} as const;

/** Checks a visitor as the server will: a name, and a valid document where the offering is real-name. */
export function useVisitorProblems(realName: () => boolean | undefined) {
  const { t } = useI18n();
  return (v: VisitorForm): VisitorProblems => {
    const number = v.documentNumber.trim();
    // A saved person's document is on file, checked when it was saved.
    const needsDocument = realName() && v.category !== 'child' && !v.saved?.documentNumber;
    // A passport without its country is the rules' own 'country' problem.
    const problem = number ? documentProblem(v.documentType, number, v.documentCountry) : undefined;
    return {
      name: v.name.trim() ? undefined : t('booking.nameRequired'),
      documentNumber:
        problem === 'format'
          ? t(`booking.documentFormats.${v.documentType}`)
          : problem
            ? t(`booking.idProblems.${PROBLEM_KEYS[problem]}`)
            : number || !needsDocument
              ? undefined
              : t('booking.idRequired'),
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

/**
 * The refusal of a booking when its details name the index-th visitor (`visitors.1.documentNumber`,
 * `visitors.0.category`), or, without an index, of a body that is one visitor (`documentNumber`,
 * `category`): which of its fields to show it under.
 */
export function visitorRefusal(
  error: ApiError | undefined,
  index?: number,
): { field: 'category' | 'documentNumber'; error: ApiError } | undefined {
  if (!error || !Array.isArray(error.details)) return undefined;
  const visitor = index === undefined ? undefined : `visitors.${index}`;
  const prefix = visitor === undefined ? '' : `${visitor}.`;
  for (const detail of error.details as ErrorDetail[]) {
    const field = typeof detail?.field === 'string' ? detail.field : undefined;
    if (field === undefined) continue;
    if (field === visitor || field === `${prefix}category`) return { field: 'category', error };
    if (field.startsWith(prefix)) return { field: 'documentNumber', error };
  }
  return undefined;
}
