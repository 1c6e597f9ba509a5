import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { instanceToPlain } from 'class-transformer';
import { AppError, CoreErrors, Page, pageWindow, RegionTree, requireValid, InjectConfig } from '@kepu/core';
import { AccountsService, Actor, PolicyService, Role } from '@kepu/identity';
import { DataSource, EntityManager } from 'typeorm';
import { lastVerifiedName, Organisation, publicName } from '../organisations/organisation.entity';
import { administeredRegions, soleOrganisation } from '../register.policies';
import { RegisterErrors } from '../register-errors';
import { reconfirmation } from '../upkeep/venue-standings';
import { isCurrent, renewalsWithoutEvidence, shanghaiDate } from './accreditation-currency';
import { DuplicateLookup } from '../duplicates/duplicate-lookup';
import { DuplicatesStore } from '../duplicates/duplicates.store';
import { diffContent } from './diff';
import { contentAsInput, normalizeContent, requireComplete, ResourceContent } from './resource-content';
import { ResourceContentDto, ResourcePatchDto } from './resource-content.dto';
import { ResourceRevision } from './resource-revision.entity';
import { EVER_PUBLISHED, ResourceListFilter, ResourceStore } from './resource.store';
import { ResourceViewExtensions } from './resource-view-extensions';
import { Resource } from './resource.entity';
import { ListResourcesDto } from './resources.dto';
import { HistoryEntry, ResourceSummary, ResourceView, WorkingCopy } from './resources.views';
import { registerConfig, UpkeepSettings } from '../register.config';

/** Who did what, as history shows it: each actor's id and display name, looked up at once. */
export async function actorsNamed(
  accounts: AccountsService,
  rows: { actorId: string | null }[],
): Promise<(actorId: string | null) => HistoryEntry['actor']> {
  const names = await accounts.displayNames([...new Set(rows.flatMap((row) => row.actorId ?? []))]);
  return (actorId) => (actorId ? { id: actorId, displayName: names.get(actorId) ?? '' } : null);
}

/** Operators create, edit and submit resources; everyone reads what they may see. */
@Injectable()
export class ResourcesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly store: ResourceStore,
    private readonly duplicates: DuplicatesStore,
    private readonly accounts: AccountsService,
    private readonly extensions: ResourceViewExtensions,
    @InjectConfig(registerConfig) private readonly upkeep: UpkeepSettings,
    private readonly regions: RegionTree,
  ) {}

  async create(
    actor: Actor,
    dto: ResourceContentDto,
    organisationId?: string,
    correlationId?: string,
  ): Promise<ResourceView> {
    const orgId = soleOrganisation(actor, organisationId);
    await this.policy.authorize(actor, 'resource.create', { organisationId: orgId });
    const content = normalizeContent(dto);
    const id = await this.dataSource.transaction(async (tx) => {
      await this.store.validate(tx, content, orgId);
      const resource = this.store.newResource(tx, {
        organisationId: orgId,
        status: 'draft',
        createdBy: actor.accountId,
      });
      this.store.project(resource, content);
      await this.store.save(tx, resource);
      const revision = await this.store.addDraftRevision(tx, resource, content, actor.accountId);
      resource.workingRevisionId = revision.id;
      await this.store.save(tx, resource);
      await this.store.record(tx, resource.id, {
        actorId: actor.accountId,
        action: 'resource.create',
        details: { revision: 1, name: content.name },
        correlationId,
      });
      return resource.id;
    });
    return this.get(actor, id);
  }

  /**
   * Edits the working copy, creating one from the published version if there is none: the public
   * keeps seeing the approved version until the edit is approved. Under review → 409.
   */
  async update(actor: Actor, id: string, patch: ResourcePatchDto, correlationId?: string): Promise<ResourceView> {
    await this.dataSource.transaction(async (tx) => {
      const resource = await this.store.lock(tx, id);
      await this.policy.authorize(actor, 'resource.edit', resource);
      // A merged entry lives on in the kept one: edits go there.
      if (resource.status === 'merged') throw new AppError(RegisterErrors.INVALID_TRANSITION, { status: 'merged' });
      let working = await this.store.revision(tx, resource.workingRevisionId);
      if (working && ['submitted', 'city_review'].includes(working.state))
        throw new AppError(RegisterErrors.RESOURCE_UNDER_REVIEW);
      const base = working ?? (await this.latestRevision(tx, resource));
      const content = normalizeContent(await this.merge(base.content, patch));
      const published = await this.store.revision(tx, resource.publishedRevisionId);
      const unevidenced = published
        ? renewalsWithoutEvidence(published.content.accreditations, content.accreditations)
        : [];
      if (unevidenced.length) throw new AppError(CoreErrors.VALIDATION_FAILED, unevidenced);
      await this.store.validate(tx, content, resource.organisationId);
      const changes = diffContent(base.content, content);
      if (!changes.length) return;
      if (working) {
        working.content = content;
        working.regionCode = content.regionCode;
        await this.store.saveRevision(tx, working);
      } else {
        working = await this.store.addDraftRevision(tx, resource, content, actor.accountId);
        resource.workingRevisionId = working.id;
      }
      if (!EVER_PUBLISHED.includes(resource.status)) {
        resource.status = 'draft';
        this.store.project(resource, content);
      }
      await this.store.save(tx, resource);
      await this.store.record(tx, id, {
        actorId: actor.accountId,
        action: 'resource.update',
        details: { revision: working.number, changes },
        correlationId,
      });
    });
    return this.get(actor, id);
  }

  async submit(actor: Actor, id: string, correlationId?: string): Promise<ResourceView> {
    await this.dataSource.transaction(async (tx) => {
      const resource = await this.store.lock(tx, id);
      await this.policy.authorize(actor, 'resource.edit', resource);
      const working = await this.store.revision(tx, resource.workingRevisionId);
      if (!working || !['draft', 'changes_requested'].includes(working.state))
        throw new AppError(RegisterErrors.NOTHING_TO_SUBMIT);
      requireComplete(working.content);
      working.state = 'submitted';
      working.submittedAt = new Date();
      working.flags = {
        possibleDuplicates: await new DuplicateLookup(tx, this.regions, this.duplicates).candidates({
          id: resource.id,
          ...working.content,
        }),
      };
      await this.store.saveRevision(tx, working);
      if (!EVER_PUBLISHED.includes(resource.status)) {
        resource.status = 'submitted';
        await this.store.save(tx, resource);
      }
      await this.store.record(tx, id, {
        actorId: actor.accountId,
        action: 'resource.submit',
        details: { revision: working.number, flags: working.flags },
        correlationId,
      });
    });
    return this.get(actor, id);
  }

  /**
   * The published version for everyone; members and reviewers also see unpublished resources
   * (their working copy) and whether an edit is pending.
   */
  async get(actor: Actor | undefined, id: string): Promise<ResourceView> {
    const resource = await this.store.findWithOrganisation(id);
    if (!resource) throw new AppError(CoreErrors.NOT_FOUND);
    // A merged entry answers with the one it was merged into, marked (docs/register.md).
    if (resource.mergedIntoId) return { ...(await this.get(actor, resource.mergedIntoId)), mergedFrom: id };
    const insider = actor && (await this.policy.decide(actor, 'resource.read_private', resource)) === 'allow';
    if (!insider && resource.status !== 'published') throw new AppError(CoreErrors.NOT_FOUND);
    const shown = await this.store.revisionOrFail(
      (resource.publishedRevisionId ?? resource.workingRevisionId) as string,
    );
    const pending =
      insider && resource.workingRevisionId
        ? await this.store.revision(this.dataSource.manager, resource.workingRevisionId)
        : null;
    return this.extensions.apply(this.view(resource, resource.organisation, shown, insider ? { pending } : undefined));
  }

  async workingCopy(actor: Actor, id: string): Promise<WorkingCopy> {
    const resource = await this.privateRead(actor, id);
    if (!resource.workingRevisionId) throw new AppError(CoreErrors.NOT_FOUND);
    const working = await this.store.revisionOrFail(resource.workingRevisionId);
    const published = resource.publishedRevisionId
      ? await this.store.revisionOrFail(resource.publishedRevisionId)
      : null;
    return {
      resourceId: id,
      revision: {
        id: working.id,
        number: working.number,
        state: working.state,
        submittedAt: working.submittedAt,
        flags: working.flags,
      },
      content: working.content,
      changes: diffContent(published?.content ?? {}, working.content),
    };
  }

  async history(actor: Actor, id: string): Promise<HistoryEntry[]> {
    await this.privateRead(actor, id);
    // The history of the entries merged into this one is part of its own.
    const rows = await this.store.history(id);
    const actorOf = await actorsNamed(this.accounts, rows);
    return rows.map(({ actorId, ...row }) => ({ ...row, actor: actorOf(actorId) }));
  }

  /**
   * Published resources as the public sees them, in id order: the given ones (those not public are
   * left out), or a page after `afterId`. For the search index, which reads in bulk: resources out of
   * search for want of re-confirmation are left out too (docs/register.md).
   */
  async published(query: { ids?: string[]; afterId?: string; limit?: number }): Promise<ResourceView[]> {
    const resources = await this.store.publishedInSearch(query);
    const revisions = await this.store.revisionsByIds(resources.map((r) => r.publishedRevisionId as string));
    const byId = new Map(revisions.map((revision) => [revision.id, revision]));
    return resources.map((r) =>
      this.view(r, r.organisation, byId.get(r.publishedRevisionId as string) as ResourceRevision),
    );
  }

  /** Published resources for everyone; `mine` and `status` widen it for members and administrators. */
  async list(actor: Actor | undefined, query: ListResourcesDto): Promise<Page<ResourceSummary>> {
    const filter: ResourceListFilter = {};
    if (query.mine) {
      if (!actor) throw new AppError(CoreErrors.UNAUTHORIZED);
      filter.organisationIds = actor.organisationsAs(Role.Operator);
      if (query.status) filter.status = query.status;
    } else if (query.status && query.status !== 'published') {
      await this.policy.authorize(actor, 'resource.list_all_statuses');
      const regions = administeredRegions(actor as Actor);
      filter.status = query.status;
      if (regions) filter.within = regions;
    } else {
      filter.publicOnly = true;
    }
    const { q, region, type, theme, audience, free } = query;
    const rows = await this.store.summaries({ ...filter, q, region, type, theme, audience, free }, pageWindow(query));
    return {
      items: rows.map(({ lat, lng, total: _total, ...row }) => ({ ...row, location: { lat, lng } })),
      total: rows[0]?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  view(
    resource: Resource,
    organisation: Organisation,
    revision: ResourceRevision,
    insider?: { pending: ResourceRevision | null },
  ): ResourceView {
    const { content } = revision;
    const today = shanghaiDate();
    const accreditations = content.accreditations.map((a) => ({ ...a, current: isCurrent(a, today) }));
    return {
      id: resource.id,
      status: resource.status,
      organisation: {
        id: organisation.id,
        name: insider ? organisation.name : publicName(organisation),
        verified: Boolean(organisation.verifiedAt),
        ...(insider && { verifiedName: lastVerifiedName(organisation) }),
      },
      ...content,
      // Evidence files are for members and reviewers only.
      accreditations: insider ? accreditations : accreditations.map(({ evidenceId: _e, ...rest }) => rest),
      revision: revision.number,
      publishedAt: resource.publishedAt,
      lastReviewedAt: resource.lastReviewedAt,
      updatedAt: resource.updatedAt,
      confirmedAt: resource.confirmedAt,
      stale: resource.staleSince !== null,
      ...(insider && {
        pendingRevision: insider.pending && {
          id: insider.pending.id,
          number: insider.pending.number,
          state: insider.pending.state,
          submittedAt: insider.pending.submittedAt,
        },
        outOfSearch: resource.hiddenFromSearchAt !== null,
        confirmationDue: this.confirmationDue(resource),
      }),
    };
  }

  /** Whether the yearly re-confirmation is due: from a month before REGISTER_RECONFIRM_MONTHS (docs/register.md). */
  private confirmationDue(resource: Resource): boolean {
    if (resource.status !== 'published' || !resource.confirmedAt) return false;
    return reconfirmation(resource.confirmedAt, this.upkeep.reconfirmMonths).remindFrom <= new Date();
  }

  /** A resource its organisation's members and reviewers may look behind (404 to anyone else). */
  private async privateRead(actor: Actor, id: string): Promise<Resource> {
    const resource = await this.store.findById(id);
    if (!resource) throw new AppError(CoreErrors.NOT_FOUND);
    await this.policy.authorize(actor, 'resource.read_private', resource);
    return resource;
  }

  /** The starting point for a new working copy: the published version, else the last (rejected) one. */
  private async latestRevision(tx: EntityManager, resource: Resource): Promise<ResourceRevision> {
    if (resource.publishedRevisionId) return this.store.revisionOrFail(resource.publishedRevisionId, tx);
    return this.store.latestRevision(tx, resource.id);
  }

  /** Merges a partial edit over stored content and validates the result as a whole. */
  private merge(content: ResourceContent, patch: ResourcePatchDto): Promise<ResourceContentDto> {
    const given = Object.entries(instanceToPlain(patch)).filter(([, value]) => value !== undefined);
    return requireValid(ResourceContentDto, { ...contentAsInput(content), ...Object.fromEntries(given) });
  }
}
