import type { ErrorDetail } from '@kepu/core';
import type { Accreditation } from './resources.views';
import { fieldProblem } from '@kepu/core';
import { RegisterProblems } from '../register-problems';

const SHANGHAI_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });

/** The date in Shanghai at this instant, `YYYY-MM-DD` (the register cannot use the schedule lib's helpers). */
export const shanghaiDate = (at: Date = new Date()): string => SHANGHAI_DATE.format(at);

/**
 * An accreditation counts until the day it expires: from `expiresOn` on it is no longer current
 * (docs/register.md, "Accreditations and their expiry").
 */
export const isCurrent = (accreditation: Pick<Accreditation, 'expiresOn'>, today = shanghaiDate()): boolean =>
  accreditation.expiresOn === null || accreditation.expiresOn > today;

/** The same rule in SQL, for an accreditation held as jsonb in `alias`. */
export const currentAccreditationSql = (alias: string): string =>
  `(${alias}->>'expiresOn' IS NULL OR (${alias}->>'expiresOn')::date > (now() AT TIME ZONE 'Asia/Shanghai')::date)`;

/**
 * On a published resource, a renewal (a later expiry, or none) and a new accreditation need new
 * evidence: the reviewer sees the certificate before the public sees the claim.
 */
export function renewalsWithoutEvidence(published: Accreditation[], next: Accreditation[]): ErrorDetail[] {
  const before = new Map(published.map((a) => [a.id, a]));
  return next.flatMap((accreditation, index) => {
    const old = before.get(accreditation.id);
    const extended =
      old?.expiresOn != null && (accreditation.expiresOn === null || accreditation.expiresOn > old.expiresOn);
    if (old && !extended) return [];
    if (accreditation.evidenceId && accreditation.evidenceId !== old?.evidenceId) return [];
    const problem = old ? RegisterProblems.NEW_EVIDENCE_FOR_RENEWAL : RegisterProblems.EVIDENCE_FOR_NEW;
    return [fieldProblem(`accreditations.${index}.evidenceId`, problem)];
  });
}
