import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppError, CoreErrors, RegionTree } from '@kepu/core';
import { Actor, Decision, GrantRequest, MANAGE_MEMBERS, PolicyService, Role } from '@kepu/identity';
import { Organisation, roleFits } from './organisations/organisation.entity';
import { OrganisationsStore } from './organisations/organisations.store';
import { RegisterErrors } from './register-errors';

/**
 * The organisation an operator acts for: the one named, else their only one. Members of several
 * must name it; someone with no organisation gets 403 from the policy on the named (absent) one.
 */
export function soleOrganisation(actor: Actor, requested?: string): string {
  if (requested) return requested;
  const mine = actor.organisationsAs(Role.Operator);
  if (mine.length === 1) return mine[0];
  if (mine.length > 1) throw new AppError(RegisterErrors.ORGANISATION_REQUIRED);
  throw new AppError(CoreErrors.FORBIDDEN);
}

/** What the register's rules look at: where a thing lies and who owns it. */
export interface Owned {
  organisationId: string;
  regionCode: string;
}

/** A resource at a review stage: `submitted` waits for the district, `city_review` for the city. */
export interface ReviewSubject extends Owned {
  stage: string;
}

const ADMIN_ROLES = [Role.DistrictAdmin, Role.CityAdmin];

export const isAdministrator = (actor: Actor): boolean =>
  actor.isSystemAdmin || actor.regionsAs(...ADMIN_ROLES).length > 0;

/** Whether the actor administers the region (or one above it) through one of these roles. */
export async function administersAs(
  actor: Actor,
  regionCode: string,
  regions: RegionTree,
  roles: Role[] = ADMIN_ROLES,
): Promise<boolean> {
  if (actor.isSystemAdmin) return true;
  for (const region of actor.regionsAs(...roles)) {
    if (await regions.contains(region, regionCode)) return true;
  }
  return false;
}

/** The regions whose register an actor administers; undefined means everywhere (system administrator). */
export function administeredRegions(actor: Actor): string[] | undefined {
  return actor.isSystemAdmin ? undefined : actor.regionsAs(...ADMIN_ROLES);
}

/** The register's actions and who may do them. Object-level checks receive the object's owner and region. */
@Injectable()
export class RegisterPolicies implements OnModuleInit {
  constructor(
    private readonly policy: PolicyService,
    private readonly regions: RegionTree,
    private readonly organisations: OrganisationsStore,
  ) {}

  private administers = (actor: Actor, regionCode: string) =>
    administersAs(actor, regionCode, this.regions, ADMIN_ROLES);

  private cityAdministers = (actor: Actor, regionCode: string) =>
    administersAs(actor, regionCode, this.regions, [Role.CityAdmin]);

  private isMember = (actor: Actor, organisationId: string) =>
    actor.organisationsAs(Role.Operator).includes(organisationId);

  /** Members and the admins above it may see a non-public thing; to anyone else it does not exist. */
  private async insider(actor: Actor, { organisationId, regionCode }: Owned): Promise<boolean> {
    return this.isMember(actor, organisationId) || (await this.administers(actor, regionCode));
  }

  /** Allowed to `who`; refused (403) to other insiders; hidden (404) from everyone else. */
  private async onlyFor(actor: Actor, subject: Owned, who: boolean | Promise<boolean>): Promise<Decision> {
    if (await who) return 'allow';
    return (await this.insider(actor, subject)) ? 'deny' : 'hide';
  }

  onModuleInit(): void {
    const p = this.policy;
    // Regions: the system administrator adds provinces and cities; a city administrator its districts.
    p.define<{ parentCode: string | null; level: string }>(
      'region.create',
      async (actor, region) =>
        actor.isSystemAdmin ||
        (['district', 'functional_area'].includes(region.level) &&
          region.parentCode !== null &&
          (await this.cityAdministers(actor, region.parentCode))),
    );
    p.define<{ code: string }>('region.update', (actor, { code }) => this.cityAdministers(actor, code));

    // Organisations: anyone signed in may apply (and becomes its operator); admins of its region verify it.
    p.define('organisation.create', () => true);
    p.define('organisation.list', (actor) => isAdministrator(actor) || actor.organisationsAs(Role.Operator).length > 0);
    p.define<Organisation>('organisation.read', async (actor, org) =>
      (await this.insider(actor, { organisationId: org.id, regionCode: org.regionCode })) ? 'allow' : 'hide',
    );
    p.define<Organisation>('organisation.update', (actor, org) =>
      this.onlyFor(
        actor,
        { organisationId: org.id, regionCode: org.regionCode },
        this.isMember(actor, org.id) || this.administers(actor, org.regionCode),
      ),
    );
    p.define<Organisation>('organisation.verify', (actor, org) =>
      this.onlyFor(
        actor,
        { organisationId: org.id, regionCode: org.regionCode },
        this.administers(actor, org.regionCode),
      ),
    );
    p.define<GrantRequest>(MANAGE_MEMBERS, async (actor, grant) => {
      const org = await this.organisations.findById(grant.organisationId as string);
      if (!org) return 'hide';
      // A teacher's role vouches for a verified school, a community worker's for a verified community.
      if (!roleFits(grant.role, org)) return 'deny';
      return this.onlyFor(
        actor,
        { organisationId: org.id, regionCode: org.regionCode },
        this.administers(actor, org.regionCode),
      );
    });

    // Resources: operators of the owning organisation edit; admins of its region review and moderate.
    p.define<{ organisationId: string }>('resource.create', (actor, { organisationId }) =>
      this.isMember(actor, organisationId),
    );
    p.define<Owned>('resource.read_private', async (actor, subject) =>
      (await this.insider(actor, subject)) ? 'allow' : 'hide',
    );
    p.define<Owned>('resource.edit', (actor, subject) =>
      this.onlyFor(actor, subject, this.isMember(actor, subject.organisationId)),
    );
    p.define<ReviewSubject>('resource.review', (actor, subject) =>
      this.onlyFor(
        actor,
        subject,
        subject.stage === 'city_review'
          ? this.cityAdministers(actor, subject.regionCode)
          : this.administers(actor, subject.regionCode),
      ),
    );
    p.define<Owned>('resource.confirm', (actor, subject) =>
      this.onlyFor(actor, subject, this.isMember(actor, subject.organisationId)),
    );
    p.define<Owned>('resource.moderate', (actor, subject) =>
      this.onlyFor(actor, subject, this.administers(actor, subject.regionCode)),
    );
    // Aliases are public search words, the administrators' call rather than the operator's (docs/search.md).
    p.define<Owned>('resource.edit_aliases', (actor, subject) =>
      this.onlyFor(actor, subject, this.administers(actor, subject.regionCode)),
    );
    // Lists scoped to the administrator's own regions.
    p.define('resource.review_queue', isAdministrator);
    p.define('resource.list_all_statuses', isAdministrator);
    p.define('accreditation.expiring', isAdministrator);
    p.define('resource.stale_queue', isAdministrator);
    p.define('census.import', isAdministrator);
    p.define<{ regionCode: string }>('census.manage', (actor, { regionCode }) => this.administers(actor, regionCode));

    // Media: operators upload for their organisation, admins for organisations in their region.
    p.define<Owned>('media.upload', (actor, subject) =>
      this.onlyFor(
        actor,
        subject,
        this.isMember(actor, subject.organisationId) || this.administers(actor, subject.regionCode),
      ),
    );
    p.define<Owned>('media.read_evidence', async (actor, subject) =>
      (await this.insider(actor, subject)) ? 'allow' : 'hide',
    );
  }
}
