/**
 * The identity documents a visitor may book with (docs/booking-rules.md, "Identity documents"), each
 * checked by its own rules (identity-document.ts), stored sealed and shown masked like ID numbers.
 * A file of its own so that a page which only names them (the venue page) loads none of the checks.
 */
export const DOCUMENT_TYPES = [
  'id_card',
  'passport',
  'hk_macao_permit',
  'taiwan_permit',
  'residence_permit',
  'foreign_permanent_resident',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
