import { insideRegions, regionPath } from '@kepu/core';
import { Actor, Role } from '@kepu/identity';
import { administeredRegions } from '@kepu/register';

/**
 * The SQL condition for what an actor may list of schools' dealings with venues: its schools' as a
 * teacher, its venues' as an operator, its regions' as an administrator; null for a system admin.
 * Expects the school column and the venue as `r` (venue_facts).
 */
export function partiesScope(actor: Actor, schoolColumn: string, param: (value: unknown) => string): string | null {
  const regions = administeredRegions(actor);
  if (!regions) return null;
  return `(${schoolColumn} = ANY(${param(actor.organisationsAs(Role.School))}::uuid[])
    OR r.organisation_id = ANY(${param(actor.organisationsAs(Role.Operator))}::uuid[])
    OR ${insideRegions(regionPath('r.region_code'), param(regions))})`;
}
