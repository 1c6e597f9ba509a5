import { AppError, fieldProblem, RegionTree } from '@kepu/core';
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
export async function notDistricts(regions: RegionTree, codes: NamedCode[]): Promise<NamedCode[]> {
  const levels = await Promise.all(codes.map((c) => regions.levelOf(c.code)));
  return codes.filter((_, i) => !isDistrict(levels[i]));
}

/** A district or a functional area: where venues, orders and volunteers lie. */
export const isDistrict = (level: string | undefined): boolean => level === 'district' || level === 'functional_area';

/** NOT_A_DISTRICT, naming each code of the list that is no district. */
export async function requireDistricts(regions: RegionTree, field: string, codes: string[]): Promise<void> {
  const wrong = await notDistricts(regions, eachOf(field, codes));
  if (wrong.length) {
    throw new AppError(
      OutreachErrors.NOT_A_DISTRICT,
      wrong.map(({ field: path, code }) => fieldProblem(path, OutreachProblems.NOT_A_DISTRICT, { code })),
    );
  }
}
