import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, CoreErrors, Page, PageQueryDto, pageWindow, fieldProblem, CommonProblems } from '@kepu/core';
import { AccountsService, Actor, PolicyService } from '@kepu/identity';
import { DataSource, EntityManager } from 'typeorm';
import { administeredRegions } from '../register.policies';
import { RegisterErrors } from '../register-errors';
import { RegionsService } from '../regions/regions.service';
import { diffContent } from './diff';
import { ResourceRevision, RevisionState } from './resource-revision.entity';
import { EVER_PUBLISHED, ResourceStore } from './resource.store';
import { ReviewStore } from './review.store';
import { Resource, ResourceStatus } from './resource.entity';
import { ModerationDto, ReviewDto } from './resources.dto';
import { actorsNamed, ResourcesService } from './resources.service';
import { ExpiringAccreditation, PublicTextChangeView, QueueItem, ResourceView } from './resources.views';

type Moderation = 'suspend' | 'withdraw' | 'restore';

/** Which statuses each moderation acts on, and what it leads to. */
const MODERATION: Record<Moderation, { from: ResourceStatus[]; to: ResourceStatus; needsReason: boolean }> = {
  suspend: { from: ['published'], to: 'suspended', needsReason: true },
  withdraw: { from: ['published', 'suspended'], to: 'withdrawn', needsReason: true },
  restore: { from: ['suspended', 'withdrawn'], to: 'published', needsReason: false },
};

/** Administrators review submissions (one or two levels per region) and moderate published resources. */
@Injectable()
export class ReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly store: ResourceStore,
    private readonly reviews: ReviewStore,
    private readonly regions: RegionsService,
    private readonly resources: ResourcesService,
    private readonly accounts: AccountsService,
  ) {}

  /**
   * The district approves a submission, the city a district-approved one. A city administrator
   * may approve at either stage; with one-level review the district's approval publishes.
   */
  async review(actor: Actor, id: string, dto: ReviewDto, correlationId?: string): Promise<ResourceView> {
    const comment = dto.comment?.trim() || null;
    if (dto.decision !== 'approve' && !comment)
      throw new AppError(CoreErrors.REASON_REQUIRED, [fieldProblem('comment', CommonProblems.REASON_REQUIRED)]);
    await this.dataSource.transaction(async (tx) => {
      const resource = await this.store.lock(tx, id);
      const working = await this.store.revision(tx, resource.workingRevisionId);
      const stage = working?.state ?? 'none';
      await this.policy.authorize(actor, 'resource.review', {
        ...resource,
        regionCode: working?.regionCode ?? resource.regionCode,
        stage,
      });
      if (!working || !['submitted', 'city_review'].includes(stage))
        throw new AppError(RegisterErrors.NOTHING_TO_REVIEW);
      let outcome: RevisionState;
      if (dto.decision === 'approve') {
        const cityLevel =
          (await this.policy.decide(actor, 'resource.review', {
            ...resource,
            regionCode: working.regionCode,
            stage: 'city_review',
          })) === 'allow';
        const final =
          cityLevel || stage === 'city_review' || (await this.regions.reviewLevels(working.regionCode)) === 1;
        if (final) {
          await this.store.publish(tx, resource, working);
          outcome = 'approved';
        } else {
          outcome = await this.move(tx, resource, working, 'city_review');
        }
      } else if (dto.decision === 'request_changes') {
        outcome = await this.move(tx, resource, working, 'changes_requested');
      } else {
        outcome = await this.move(tx, resource, working, 'rejected');
      }
      await this.store.record(tx, id, {
        actorId: actor.accountId,
        action: 'resource.review',
        details: { decision: dto.decision, stage, outcome, revision: working.number, comment },
        correlationId,
      });
    });
    return this.resources.get(actor, id);
  }

  async moderate(
    actor: Actor,
    id: string,
    action: Moderation,
    dto: ModerationDto,
    correlationId?: string,
  ): Promise<ResourceView> {
    const rule = MODERATION[action];
    const reason = dto.reason?.trim() || null;
    if (rule.needsReason && !reason)
      throw new AppError(CoreErrors.REASON_REQUIRED, [fieldProblem('reason', CommonProblems.REASON_REQUIRED)]);
    await this.dataSource.transaction(async (tx) => {
      const resource = await this.store.lock(tx, id);
      await this.policy.authorize(actor, 'resource.moderate', resource);
      if (!rule.from.includes(resource.status))
        throw new AppError(RegisterErrors.INVALID_TRANSITION, { status: resource.status });
      const wasPublic = resource.status === 'published';
      resource.status = rule.to;
      await this.store.save(tx, resource);
      if (wasPublic !== (rule.to === 'published')) {
        await this.store.announce(
          tx,
          resource,
          rule.to === 'published' ? 'resource.published' : 'resource.unpublished',
        );
      }
      await this.store.record(tx, id, {
        actorId: actor.accountId,
        action: `resource.${action}`,
        details: { reason },
        correlationId,
      });
    });
    return this.resources.get(actor, id);
  }

  /** What waits for this administrator: district-stage items in their regions, city-stage items for city admins. */
  async queue(actor: Actor, query: PageQueryDto): Promise<Page<QueueItem>> {
    await this.policy.authorize(actor, 'resource.review_queue');
    const regions = administeredRegions(actor);
    const { limit, offset } = pageWindow(query);
    const rows = await this.reviews.queue(regions);
    // The policy decides stage by stage (a district admin does not act at the city stage).
    const actionable: typeof rows = [];
    for (const row of rows) {
      if ((await this.policy.decide(actor, 'resource.review', row)) === 'allow') actionable.push(row);
    }
    const items = await Promise.all(actionable.slice(offset, offset + limit).map((row) => this.queueItem(row.id)));
    return { items, total: actionable.length, page: query.page, pageSize: query.pageSize };
  }

  /**
   * Public text of resources in the administrator's regions that changed without review (offering
   * titles and descriptions), newest first: what changed, when and by whom.
   */
  async publicTextChanges(actor: Actor, query: PageQueryDto): Promise<Page<PublicTextChangeView>> {
    await this.policy.authorize(actor, 'resource.review_queue');
    const regions = administeredRegions(actor);
    const rows = await this.reviews.publicTextChanges(regions, pageWindow(query));
    const actorOf = await actorsNamed(this.accounts, rows);
    return {
      items: rows.map((row) => ({
        at: row.at,
        resource: { id: row.resourceId, name: row.name, status: row.status },
        actor: actorOf(row.actorId),
        about: row.details.about,
        changes: row.details.changes,
      })),
      total: rows[0]?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** Accreditations of published resources in the administrator's regions that expire within `days` (or already have). */
  async expiringAccreditations(actor: Actor, days: number): Promise<ExpiringAccreditation[]> {
    await this.policy.authorize(actor, 'accreditation.expiring');
    const regions = administeredRegions(actor);
    return this.reviews.expiringAccreditations(days, regions);
  }

  private async move(
    tx: EntityManager,
    resource: Resource,
    working: ResourceRevision,
    state: RevisionState,
  ): Promise<RevisionState> {
    working.state = state;
    if (state !== 'city_review') working.decidedAt = new Date();
    await this.store.saveRevision(tx, working);
    if (state === 'rejected') resource.workingRevisionId = null;
    if (!EVER_PUBLISHED.includes(resource.status)) resource.status = state as ResourceStatus;
    await this.store.save(tx, resource);
    return state;
  }

  private async queueItem(revisionId: string): Promise<QueueItem> {
    const working = await this.reviews.revisionWithResource(revisionId);
    const { resource } = working;
    const published = resource.publishedRevisionId
      ? await this.store.revisionOrFail(resource.publishedRevisionId)
      : null;
    return {
      resourceId: resource.id,
      name: working.content.name,
      regionCode: working.regionCode,
      organisation: {
        id: resource.organisation.id,
        name: resource.organisation.name,
        verified: Boolean(resource.organisation.verifiedAt),
      },
      revision: {
        id: working.id,
        number: working.number,
        state: working.state,
        submittedAt: working.submittedAt as Date,
        flags: working.flags,
      },
      firstApplication: !published,
      changes: diffContent(published?.content ?? {}, working.content),
    };
  }
}
