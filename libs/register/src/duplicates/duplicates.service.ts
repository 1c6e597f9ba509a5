import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, CoreErrors, fieldProblem, CommonProblems, RegionTree } from '@kepu/core';
import { Actor, PolicyService } from '@kepu/identity';
import { DataSource, EntityManager } from 'typeorm';
import { ResourceAliases } from '../aliases/aliases.service';
import { publicName } from '../organisations/organisation.entity';
import { RegisterErrors } from '../register-errors';
import { ResourceRevision } from '../resources/resource-revision.entity';
import { ResourceStore } from '../resources/resource.store';
import { Resource } from '../resources/resource.entity';
import { ResourcesService } from '../resources/resources.service';
import { ResourceView } from '../resources/resources.views';
import { DuplicateLookup } from './duplicate-lookup';
import { DuplicatesStore } from './duplicates.store';
import { MergeDto } from './duplicates.dto';
import { DuplicateSide, ResourceDuplicates } from './duplicates.views';
import { ResourceMergeSteps } from './resource-merge-steps';

/** What may be merged into: an entry the public has (or had until suspended). */
const MERGE_TARGETS = ['published', 'suspended'];

/** Revisions still in the workflow: a merged entry's pending edit is closed with it. */
const PENDING_STATES = ['draft', 'submitted', 'city_review', 'changes_requested'];

/**
 * Duplicates resolved (docs/register.md, "Duplicates and merging"): administrators of a resource's
 * region compare it with its candidates, dismiss a pair as different, or merge it into another entry.
 */
@Injectable()
export class DuplicatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly store: ResourceStore,
    private readonly duplicates: DuplicatesStore,
    private readonly resources: ResourcesService,
    private readonly steps: ResourceMergeSteps,
    private readonly aliases: ResourceAliases,
    private readonly regions: RegionTree,
  ) {}

  /** The resource as submitted (its working copy) beside the candidates as the public sees them. */
  async list(actor: Actor, id: string): Promise<ResourceDuplicates> {
    const resource = await this.store.findById(id);
    if (!resource) throw new AppError(CoreErrors.NOT_FOUND);
    await this.policy.authorize(actor, 'resource.moderate', resource);
    const [subject] = await this.sides(this.dataSource.manager, [id], 'working');
    const found = await new DuplicateLookup(this.dataSource.manager, this.regions, this.duplicates).candidates({
      id,
      name: subject.name,
      regionCode: subject.regionCode,
      location: subject.location,
    });
    const sides = new Map(
      (
        await this.sides(
          this.dataSource.manager,
          found.map((c) => c.id),
          'published',
        )
      ).map((s) => [s.id, s]),
    );
    return {
      resource: subject,
      candidates: found.map(({ id: otherId, distanceMetres, matchedBy }) => ({
        ...(sides.get(otherId) as DuplicateSide),
        distanceMetres,
        matchedBy,
      })),
    };
  }

  /** "Not a duplicate": the pair, in either order, is not offered again. */
  async dismiss(actor: Actor, id: string, otherId: string, correlationId?: string): Promise<ResourceDuplicates> {
    await this.dataSource.transaction(async (tx) => {
      const resource = await this.store.lock(tx, id);
      await this.policy.authorize(actor, 'resource.moderate', resource);
      if (id === otherId) throw new AppError(RegisterErrors.SAME_RESOURCE);
      const other = await this.store.findById(otherId, tx);
      if (!other) throw new AppError(CoreErrors.NOT_FOUND);
      const [first, second] = [id, otherId].sort();
      if (await this.duplicates.dismiss(tx, first, second, actor.accountId))
        await this.store.record(tx, id, {
          actorId: actor.accountId,
          action: 'resource.duplicate_dismissed',
          details: { other: { id: other.id, name: other.name } },
          correlationId,
        });
    });
    return this.list(actor, id);
  }

  /**
   * Merges `id` into `dto.into`, all in one transaction: the merged entry gets status `merged` and
   * points at the kept one (entries merged into it before are repointed, so redirects stay one hop);
   * the libs that keep rows by resource move them (ResourceMergeSteps); the kept entry takes its
   * name and aliases as aliases; search drops it.
   */
  async merge(actor: Actor, id: string, dto: MergeDto, correlationId?: string): Promise<ResourceView> {
    const reason = dto.reason.trim();
    if (!reason)
      throw new AppError(CoreErrors.REASON_REQUIRED, [fieldProblem('reason', CommonProblems.REASON_REQUIRED)]);
    await this.dataSource.transaction(async (tx) => {
      // Locked in id order, so two merges of the same pair queue rather than deadlock.
      const locked = new Map<string, Resource>();
      for (const key of [...new Set([id, dto.into])].sort()) locked.set(key, await this.store.lock(tx, key));
      const from = locked.get(id) as Resource;
      const into = locked.get(dto.into) as Resource;
      await this.policy.authorize(actor, 'resource.moderate', from);
      await this.policy.authorize(actor, 'resource.moderate', into);
      if (from.id === into.id) throw new AppError(RegisterErrors.SAME_RESOURCE);
      if (from.status === 'merged') throw new AppError(RegisterErrors.INVALID_TRANSITION, { status: from.status });
      if (!MERGE_TARGETS.includes(into.status))
        throw new AppError(RegisterErrors.MERGE_TARGET_CLOSED, { status: into.status });

      const moved = await this.steps.run(tx, { from: from.id, into: into.id });
      await this.aliases.takeOver(tx, from, into, actor.accountId, correlationId);
      await this.store.repointMerged(tx, from.id, into.id);
      await this.closePending(tx, from);
      const wasPublic = from.status === 'published';
      from.status = 'merged';
      from.mergedIntoId = into.id;
      await this.store.save(tx, from);
      if (wasPublic) await this.store.announce(tx, from, 'resource.unpublished');
      // The kept entry's page and search document now carry what moved.
      if (into.status === 'published') await this.store.announce(tx, into, 'resource.published');
      const both = { reason, moved };
      await this.store.record(tx, from.id, {
        actorId: actor.accountId,
        action: 'resource.merge',
        details: { into: { id: into.id, name: into.name }, ...both },
        correlationId,
      });
      await this.store.record(tx, into.id, {
        actorId: actor.accountId,
        action: 'resource.merged_from',
        details: { from: { id: from.id, name: from.name }, ...both },
        correlationId,
      });
    });
    return this.resources.get(actor, dto.into);
  }

  /** An edit under way on the merged entry is closed: nobody is to review or publish it any more. */
  private async closePending(tx: EntityManager, resource: Resource): Promise<void> {
    const working = await this.store.revision(tx, resource.workingRevisionId);
    if (working && PENDING_STATES.includes(working.state)) {
      working.state = 'rejected';
      working.decidedAt = new Date();
      await this.store.saveRevision(tx, working);
    }
    resource.workingRevisionId = null;
  }

  /** Resources as compared: their working copy (the one under review) or what the public sees. */
  private async sides(tx: EntityManager, ids: string[], prefer: 'working' | 'published'): Promise<DuplicateSide[]> {
    if (!ids.length) return [];
    const resources = await this.duplicates.withOrganisations(tx, ids);
    const shownId = (r: Resource) =>
      (prefer === 'working'
        ? (r.workingRevisionId ?? r.publishedRevisionId)
        : (r.publishedRevisionId ?? r.workingRevisionId)) as string;
    const revisions = new Map((await this.store.revisionsByIds(resources.map(shownId), tx)).map((r) => [r.id, r]));
    const byId = new Map(
      resources.map((r) => {
        const { content } = revisions.get(shownId(r)) as ResourceRevision;
        const side: DuplicateSide = {
          id: r.id,
          name: content.name,
          address: content.address,
          location: content.location,
          type: content.type,
          regionCode: content.regionCode,
          status: r.status,
          organisation: {
            id: r.organisationId,
            name: prefer === 'working' ? r.organisation.name : publicName(r.organisation),
          },
        };
        return [r.id, side];
      }),
    );
    return ids.map((id) => byId.get(id) as DuplicateSide);
  }
}
