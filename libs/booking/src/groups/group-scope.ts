import { insideRegions, regionPath } from '@kepu/core';
import { Actor, Role } from '@kepu/identity';
import { administeredRegions } from '@kepu/register';

/** What an actor may list of schools' dealings with venues: its schools', its venues', its regions'. */
export interface Parties {
  schools: string[];
  venueOrganisations: string[];
  regions: string[];
}

/** The parties an actor sees: as a teacher, an operator and an administrator; null for a system admin. */
export function partiesOf(actor: Actor): Parties | null {
  const regions = administeredRegions(actor);
  if (!regions) return null;
  return {
    schools: actor.organisationsAs(Role.School),
    venueOrganisations: actor.organisationsAs(Role.Operator),
    regions,
  };
}

/**
 * The SQL condition for the parties' rows: their schools' as a teacher, their venues' as an
 * operator, their regions' as an administrator. Expects the school column and the venue as `r` (venue_facts).
 */
export function partiesScope(parties: Parties, schoolColumn: string, param: (value: unknown) => string): string {
  return `(${schoolColumn} = ANY(${param(parties.schools)}::uuid[])
    OR r.organisation_id = ANY(${param(parties.venueOrganisations)}::uuid[])
    OR ${insideRegions(regionPath('r.region_code'), param(parties.regions))})`;
}
