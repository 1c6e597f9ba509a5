import { Injectable } from '@nestjs/common';
import {
  AppError,
  AUDIT_ENTRIES_SQL,
  AuditEntry,
  AuditService,
  CoreErrors,
  OutboxService,
  fieldProblem,
  insideRegions,
  regionPath,
} from '@kepu/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, MoreThan } from 'typeorm';
import { Media } from '../media/media.entity';
import { RegisterErrors } from '../register-errors';
import { RegionsService } from '../regions/regions.service';
import type { FieldChange } from './diff';
import { ResourceContent } from './resource-content';
import { ResourceRevision, RevisionFlags } from './resource-revision.entity';
import { Resource, ResourceStatus } from './resource.entity';
import { RegisterProblems } from '../register-problems';
import { HistoryEntry, ResourceSummary } from './resources.views';

/** Which resources a list shows (`ResourcesService.list`). */
export interface ResourceListFilter {
  /** Only these organisations'. */
  organisationIds?: string[];
  status?: string;
  /** Only those within these regions (an administrator's). */
  within?: string[];
  /** Only published ones in search. */
  publicOnly?: boolean;
  q?: string;
  region?: string;
  type?: string;
  theme?: string;
  audience?: string;
  free?: boolean;
}

/** Statuses in which the resource has been published at least once. */
export const EVER_PUBLISHED: readonly ResourceStatus[] = ['published', 'suspended', 'withdrawn'];

/** The history action of public text that changed outside review: what the administrators' change view lists. */
export const PUBLIC_TEXT_CHANGED = 'resource.public_text_changed';

/** Text about a resource kept outside its revisions, e.g. an offering's title and description. */
export interface PublicTextChange {
  actorId: string | null;
  /** What the text belongs to, as the administrator should recognise it. */
  about: { type: string; id: string; title: string };
  changes: FieldChange[];
  correlationId?: string;
}

/**
 * The resource tables' shared writes: locking, validating content against the database,
 * publishing a revision (with its outbox event) and recording history. Editing, review, census
 * import and demo seeding all go through here, so a resource is published one way only.
 */
@Injectable()
export class ResourceStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** The resource, locked for this transaction: concurrent edits and reviews queue behind each other. */
  async lock(tx: EntityManager, id: string): Promise<Resource> {
    const resource = await tx.getRepository(Resource).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!resource) throw new AppError(CoreErrors.NOT_FOUND);
    return resource;
  }

  /** The resource, locked for this transaction; null when there is none. */
  lockIfAny(tx: EntityManager, id: string): Promise<Resource | null> {
    return tx.getRepository(Resource).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async revision(tx: EntityManager, id: string | null): Promise<ResourceRevision | null> {
    return id ? tx.getRepository(ResourceRevision).findOneBy({ id }) : null;
  }

  /** The resource, not locked; null when there is none. */
  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Resource | null> {
    return manager.getRepository(Resource).findOneBy({ id });
  }

  /** The resource, which must exist, not locked. */
  getById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Resource> {
    return manager.getRepository(Resource).findOneByOrFail({ id });
  }

  /** The resources of these ids that exist, not locked, in no particular order. */
  findByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Resource[]> {
    return manager.getRepository(Resource).findBy({ id: In([...new Set(ids)]) });
  }

  /** The resource with its organisation; null when there is none. */
  findWithOrganisation(id: string): Promise<Resource | null> {
    return this.dataSource.getRepository(Resource).findOne({ where: { id }, relations: { organisation: true } });
  }

  /** A revision that must exist. */
  revisionOrFail(id: string, manager: EntityManager = this.dataSource.manager): Promise<ResourceRevision> {
    return manager.getRepository(ResourceRevision).findOneByOrFail({ id });
  }

  /** The resource's latest revision, by number. */
  latestRevision(tx: EntityManager, resourceId: string): Promise<ResourceRevision> {
    return tx.getRepository(ResourceRevision).findOneOrFail({ where: { resourceId }, order: { number: 'DESC' } });
  }

  /** A new resource, not saved yet. */
  newResource(tx: EntityManager, fields: Partial<Resource>): Resource {
    return tx.getRepository(Resource).create(fields);
  }

  save(tx: EntityManager, resource: Resource): Promise<Resource> {
    return tx.getRepository(Resource).save(resource);
  }

  /** Entries merged into `from` point at `into` instead. */
  async repointMerged(tx: EntityManager, from: string, into: string): Promise<void> {
    await tx.getRepository(Resource).update({ mergedIntoId: from }, { mergedIntoId: into });
  }

  saveRevision(tx: EntityManager, revision: ResourceRevision): Promise<ResourceRevision> {
    return tx.getRepository(ResourceRevision).save(revision);
  }

  /** Published resources in search, in id order, with their organisations: these ones, or a page after `afterId`. */
  publishedInSearch(query: { ids?: string[]; afterId?: string; limit?: number }): Promise<Resource[]> {
    return this.dataSource.getRepository(Resource).find({
      where: {
        status: 'published',
        hiddenFromSearchAt: IsNull(),
        ...(query.ids ? { id: In(query.ids) } : query.afterId ? { id: MoreThan(query.afterId) } : {}),
      },
      relations: { organisation: true },
      order: { id: 'ASC' },
      take: query.ids ? undefined : (query.limit ?? 500),
    });
  }

  /** How many resources the organisation has. */
  async countOf(organisationId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM resources WHERE organisation_id = $1`, [
      organisationId,
    ]);
    return count;
  }

  /** The id of the demo venue of this name (the demo's names are unique), which must exist. */
  async demoIdByName(name: string, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const [venue]: { id: string }[] = await manager.query(`SELECT id FROM resources WHERE name = $1 AND is_demo`, [
      name,
    ]);
    return venue.id;
  }

  /** The organisation's demo venue of this name, unless a person has changed its aliases: their list wins. */
  async findDemoWithDemoAliases(
    tx: EntityManager,
    organisationId: string,
    name: string,
  ): Promise<Pick<Resource, 'id' | 'status' | 'publishedRevisionId'> | undefined> {
    const [resource]: Pick<Resource, 'id' | 'status' | 'publishedRevisionId'>[] = await tx.query(
      `SELECT id, status, published_revision_id AS "publishedRevisionId" FROM resources r
        WHERE is_demo AND organisation_id = $1 AND name = $2
          AND NOT EXISTS (SELECT 1 FROM ${AUDIT_ENTRIES_SQL} a WHERE a.subject_type = 'resource' AND a.subject_id = r.id::text
                            AND a.action = 'resource.aliases_changed' AND a.actor_account_id IS NOT NULL)`,
      [organisationId, name],
    );
    return resource;
  }

  /** The history of a resource and of the entries merged into it, from the audit log, oldest first. */
  history(id: string): Promise<(Omit<HistoryEntry, 'actor'> & { actorId: string | null })[]> {
    return this.dataSource.query(
      `SELECT occurred_at AS at, action, actor_account_id AS "actorId", details, subject_id AS "resourceId"
         FROM ${AUDIT_ENTRIES_SQL} a
        WHERE subject_type = 'resource'
          AND subject_id IN (SELECT $1 UNION ALL SELECT id::text FROM resources WHERE merged_into_id::text = $1)
        ORDER BY id`,
      [id],
    );
  }

  /** One page of the resources matching, by name, each with the number matching. */
  summaries(
    filter: ResourceListFilter,
    { limit, offset }: { limit: number; offset: number },
  ): Promise<(ResourceSummary & { lat: number; lng: number; total: number })[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const underRegion = (codes: string[]) => insideRegions(regionPath('r.region_code'), param(codes));
    if (filter.organisationIds) where.push(`r.organisation_id = ANY(${param(filter.organisationIds)}::uuid[])`);
    if (filter.status) where.push(`r.status = ${param(filter.status)}`);
    if (filter.within) where.push(underRegion(filter.within));
    // The public list is a search too: resources out of search for want of re-confirmation stay out.
    if (filter.publicOnly) where.push(`r.status = 'published' AND r.hidden_from_search_at IS NULL`);
    if (filter.q) where.push(`r.name ILIKE ${param(`%${filter.q.replace(/[\\%_]/g, '\\$&')}%`)}`);
    if (filter.region) where.push(underRegion([filter.region]));
    if (filter.type) where.push(`r.type = ${param(filter.type)}`);
    if (filter.theme) where.push(`${param(filter.theme)} = ANY(r.themes)`);
    if (filter.audience) where.push(`${param(filter.audience)} = ANY(r.audiences)`);
    if (filter.free !== undefined) where.push(`r.free = ${param(filter.free)}`);
    return this.dataSource.query(
      `SELECT r.id, r.name, r.name_en AS "nameEn", r.type, r.region_code AS "regionCode", r.latitude AS lat,
              r.longitude AS lng, r.status,
              r.free, r.themes, r.audiences, r.organisation_id AS "organisationId", r.published_at AS "publishedAt",
              w.state AS "pendingState", count(*) OVER ()::int AS total
         FROM resources r
         LEFT JOIN resource_revisions w ON w.id = r.working_revision_id
        WHERE ${where.join(' AND ')}
        ORDER BY r.name, r.id LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
  }

  revisionsByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<ResourceRevision[]> {
    return manager.getRepository(ResourceRevision).findBy({ id: In(ids) });
  }

  /** What only the database can tell: the region is a district, and referenced files are this organisation's. */
  async validate(tx: EntityManager, content: ResourceContent, organisationId: string): Promise<void> {
    await this.regions.requireResourceRegion(content.regionCode);
    const photoIds = [...content.photos.map((p) => p.mediaId), ...content.exhibits.flatMap((e) => e.photoId ?? [])];
    const evidenceIds = content.accreditations.flatMap((a) => a.evidenceId ?? []);
    const wanted = [...new Set([...photoIds, ...evidenceIds])];
    if (!wanted.length) return;
    const found = await tx.getRepository(Media).findBy({ id: In(wanted), organisationId });
    const purposeOf = new Map(found.map((m) => [m.id, m.purpose]));
    const wrong = [
      ...photoIds.filter((id) => purposeOf.get(id) !== 'photo'),
      ...evidenceIds.filter((id) => !purposeOf.has(id)),
    ];
    if (wrong.length)
      throw new AppError(RegisterErrors.MEDIA_NOT_FOUND, [
        fieldProblem('media', RegisterProblems.MEDIA_NOT_FOUND, { ids: wrong.join(', ') }),
      ]);
  }

  /** Copies the fields lists and filters use from content onto the resource row. */
  project(resource: Resource, content: ResourceContent): void {
    resource.name = content.name;
    resource.nameEn = content.nameEn ?? null;
    resource.type = content.type;
    resource.regionCode = content.regionCode;
    resource.latitude = content.location.lat;
    resource.longitude = content.location.lng;
    resource.themes = content.themes;
    resource.audiences = content.audiences;
    resource.free = content.admission?.free ?? null;
  }

  /** A new draft revision numbered after the resource's last, editing the published version if any. */
  async addDraftRevision(
    tx: EntityManager,
    resource: Resource,
    content: ResourceContent,
    actorId: string | null,
  ): Promise<ResourceRevision> {
    const [{ next }] = await tx.query(
      `SELECT coalesce(max(number), 0) + 1 AS next FROM resource_revisions WHERE resource_id = $1`,
      [resource.id],
    );
    return tx.getRepository(ResourceRevision).save({
      resourceId: resource.id,
      number: next,
      state: 'draft' as const,
      content,
      regionCode: content.regionCode,
      basedOnRevisionId: resource.publishedRevisionId,
      createdBy: actorId,
    });
  }

  /** Makes a revision the public version. A suspended or withdrawn resource stays hidden until restored. */
  async publish(tx: EntityManager, resource: Resource, revision: ResourceRevision): Promise<void> {
    const now = new Date();
    revision.state = 'approved';
    revision.decidedAt = now;
    await tx.getRepository(ResourceRevision).save(revision);
    resource.publishedRevisionId = revision.id;
    if (resource.workingRevisionId === revision.id) resource.workingRevisionId = null;
    if (!EVER_PUBLISHED.includes(resource.status)) resource.status = 'published';
    resource.publishedAt ??= now;
    resource.lastReviewedAt = now;
    this.markConfirmed(resource, now);
    this.project(resource, revision.content);
    await tx.getRepository(Resource).save(resource);
    if (resource.status === 'published') await this.announce(tx, resource, 'resource.published');
  }

  /**
   * An approved edit or the operator's word confirms the resource: the yearly clock starts afresh, the
   * stale mark goes and it returns to search (docs/register.md). Returns whether it was out of search.
   */
  markConfirmed(resource: Resource, now: Date): boolean {
    const wasHidden = Boolean(resource.hiddenFromSearchAt);
    resource.confirmedAt = now;
    resource.staleSince = null;
    resource.hiddenFromSearchAt = null;
    return wasHidden;
  }

  /** Tells the outbox that what the public sees of this resource changed. */
  async announce(
    tx: EntityManager,
    resource: Pick<Resource, 'id' | 'publishedRevisionId' | 'status'>,
    topic: 'resource.published' | 'resource.unpublished' | 'resource.organisation_changed' | 'resource.aliases_changed',
  ) {
    await this.outbox.publish(
      {
        topic,
        aggregateType: 'resource',
        aggregateId: resource.id,
        payload: { revisionId: resource.publishedRevisionId, status: resource.status },
      },
      tx,
    );
  }

  /** Tells the outbox that what the public sees of the organisation's published resources changed (its name). */
  async announceOrganisation(tx: EntityManager, organisationId: string): Promise<void> {
    const published = await tx.getRepository(Resource).findBy({ organisationId, status: 'published' });
    for (const resource of published) await this.announce(tx, resource, 'resource.organisation_changed');
  }

  /** Creates a resource whose first revision is published at once: census import and demo data. */
  async createPublished(
    tx: EntityManager,
    input: {
      organisationId: string;
      content: ResourceContent;
      actorId: string | null;
      isDemo?: boolean;
      /** What the reviewer would have been told, e.g. the census row's possible duplicates. */
      flags?: RevisionFlags;
    },
    history: Pick<AuditEntry, 'action' | 'details' | 'correlationId'>,
  ): Promise<Resource> {
    const resources = tx.getRepository(Resource);
    const resource = resources.create({
      organisationId: input.organisationId,
      status: 'draft',
      isDemo: input.isDemo ?? false,
      createdBy: input.actorId,
    });
    this.project(resource, input.content);
    await resources.save(resource);
    const revision = await this.addDraftRevision(tx, resource, input.content, input.actorId);
    if (input.flags) revision.flags = input.flags;
    await this.publish(tx, resource, revision);
    await this.record(tx, resource.id, { ...history, actorId: input.actorId });
    return resource;
  }

  /**
   * Text another lib keeps outside the revisions (offering titles and descriptions) is public as soon
   * as it is saved. On a resource that has been published, each change goes into its history, where
   * its administrators' change view finds it: nothing the public reads changes unseen.
   */
  async recordPublicText(tx: EntityManager, resourceId: string, change: PublicTextChange): Promise<void> {
    const { status } = await tx.getRepository(Resource).findOneByOrFail({ id: resourceId });
    if (!EVER_PUBLISHED.includes(status)) return;
    await this.record(tx, resourceId, {
      actorId: change.actorId,
      action: PUBLIC_TEXT_CHANGED,
      details: { about: change.about, changes: change.changes },
      correlationId: change.correlationId,
    });
  }

  /** A history entry: resource events live in the append-only audit log. */
  record(tx: EntityManager, resourceId: string, entry: Omit<AuditEntry, 'subjectType' | 'subjectId'>) {
    return this.audit.record({ ...entry, subjectType: 'resource', subjectId: resourceId }, tx);
  }
}
