import { AppError, fieldProblem } from '@kepu/core';
import { EntityManager } from 'typeorm';
import { OutreachErrors } from './outreach-errors';
import { OutreachProblems } from './outreach-problems';

/** Codes given for a field, each named as the body names it (`districtCodes.1`). */
export interface NamedCode {
  field: string;
  code: string;
}

export const eachOf = (field: string, codes: string[]): NamedCode[] =>
  codes.map((code, i) => ({ field: `${field}.${i}`, code }));

/** The given codes that are no district (or functional area) the region tree knows. */
export async function notDistricts(tx: EntityManager, codes: NamedCode[]): Promise<NamedCode[]> {
  const rows: { code: string }[] = await tx.query(
    `SELECT code FROM regions WHERE code = ANY($1) AND level IN ('district', 'functional_area')`,
    [codes.map((c) => c.code)],
  );
  const districts = new Set(rows.map((row) => row.code));
  return codes.filter((c) => !districts.has(c.code));
}

/** NOT_A_DISTRICT, naming each code of the list that is no district. */
export async function requireDistricts(tx: EntityManager, field: string, codes: string[]): Promise<void> {
  const wrong = await notDistricts(tx, eachOf(field, codes));
  if (wrong.length) {
    throw new AppError(
      OutreachErrors.NOT_A_DISTRICT,
      wrong.map(({ field: path, code }) => fieldProblem(path, OutreachProblems.NOT_A_DISTRICT, { code })),
    );
  }
}
