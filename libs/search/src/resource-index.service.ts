import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ADVISORY_LOCKS, OutboxService, RegionTree, withAdvisoryLock } from '@kepu/core';
import { ResourceAliases, ResourcesService, ResourceView } from '@kepu/register';
import { OfferingsService, OpenDates, shanghaiToday } from '@kepu/schedule';
import { RESOURCE_INDEX_SETTINGS } from './index-settings';
import { IndexGenerationsStore } from './index-generations.store';
import { MeiliClient, MeiliError } from './meili-client';
import { OPEN_DATES_DAYS, SearchDocument, toSearchDocument } from './search-document';
import { SearchFallbackStore } from './search-fallback.store';
import { SearchableResourcesStore } from './searchable-resources.store';

const REINDEX_BATCH = 1_000;
/** How many of the latest publications a drift check compares document by document. */
const DRIFT_SAMPLE = 20;

/**
 * The `resources` index and its Postgres fallback copy: settings, upserts and removals by id, a
 * rebuild swapped in atomically, and a drift check that triggers the rebuild.
 */
@Injectable()
export class ResourceIndex {
  private readonly logger = new Logger(ResourceIndex.name);

  constructor(
    private readonly meili: MeiliClient,
    private readonly resources: ResourcesService,
    private readonly regions: RegionTree,
    private readonly fallback: SearchFallbackStore,
    private readonly offerings: OfferingsService,
    private readonly openDates: OpenDates,
    private readonly aliases: ResourceAliases,
    private readonly generations: IndexGenerationsStore,
    private readonly searchable: SearchableResourcesStore,
    private readonly outbox: OutboxService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  get name(): string {
    return this.meili.indexName('resources');
  }

  /** Creates the index if needed and applies the settings (idempotent). */
  async ensure(uid = this.name): Promise<void> {
    try {
      await this.meili.write('POST', '/indexes', { uid, primaryKey: 'id' });
    } catch (error) {
      if (!(error instanceof MeiliError && error.message.includes('index_already_exists'))) throw error;
    }
    await this.meili.write('PATCH', `/indexes/${uid}/settings`, RESOURCE_INDEX_SETTINGS, 120_000);
    await this.generations.raise(uid);
  }

  /**
   * Brings these resources' documents up to date: the public ones are upserted, the rest (suspended,
   * withdrawn, never published) removed. Idempotent, so a relay may repeat it safely. The fallback
   * copy is written first, through `manager` when given, so it is current even if Meilisearch fails.
   */
  async sync(resourceIds: string[], manager?: EntityManager, uid = this.name): Promise<void> {
    const views = await this.resources.published({ ids: resourceIds });
    const documents = await this.documents(views);
    const present = new Set(views.map((view) => view.id));
    const gone = resourceIds.filter((id) => !present.has(id));
    await this.fallback.write(documents, gone, manager);
    try {
      if (documents.length) await this.meili.write('POST', `/indexes/${uid}/documents`, documents);
      if (gone.length) await this.meili.write('POST', `/indexes/${uid}/documents/delete-batch`, gone);
    } finally {
      // Cached answers go stale when the relay's transaction commits: after Meilisearch applied the
      // change, or with only the fallback copy changed while it is down (docs/search.md, "The result cache").
      await this.generations.raise(uid, manager);
    }
  }

  /**
   * Builds a fresh index from the register and swaps it in: searches never see a half-built index.
   * Changes announced while it was being built are synced again afterwards, so none is lost to the
   * swap. The fallback copy is refreshed along the way.
   *
   * One rebuild at a time, since two would race over the `_next` index: a second one, from this
   * process or another (the worker's start-up check, the CLI), waits on an advisory lock and then
   * runs, so it still sees every change made before it was asked for.
   */
  reindex(): Promise<{ documents: number; seconds: number }> {
    return withAdvisoryLock(this.dataSource, ADVISORY_LOCKS.searchRebuild, () => this.rebuild());
  }

  private async rebuild(): Promise<{ documents: number; seconds: number }> {
    const startedAt = Date.now();
    const lastEvent = await this.outbox.lastEventId();
    const next = `${this.name}_next`;
    await this.meili.write('DELETE', `/indexes/${next}`).catch((error: unknown) => {
      if (!(error instanceof MeiliError && error.message.includes('index_not_found'))) throw error;
    });
    await this.ensure(this.name);
    await this.ensure(next);
    let count = 0;
    for (let afterId: string | undefined; ;) {
      const views = await this.resources.published({ afterId, limit: REINDEX_BATCH });
      if (!views.length) break;
      const documents = await this.documents(views);
      await this.fallback.write(documents, []);
      await this.meili.write('POST', `/indexes/${next}/documents`, documents, 300_000);
      count += views.length;
      afterId = views[views.length - 1].id;
    }
    await this.meili.write('POST', '/swap-indexes', [{ indexes: [this.name, next] }]);
    await this.generations.raise(this.name);
    await this.meili.write('DELETE', `/indexes/${next}`);
    await this.fallback.removeUnpublished();
    const changed = await this.outbox.aggregatesChangedSince('resource', lastEvent);
    if (changed.length) await this.sync(changed);
    const seconds = (Date.now() - startedAt) / 1000;
    this.logger.log(`Reindexed ${count} resources in ${seconds.toFixed(1)} s`);
    return { documents: count, seconds };
  }

  /**
   * Why the index (or its fallback copy) no longer matches the register, or null when it does: a
   * different document count, or one of the latest publications missing or at an older revision.
   * Cheap enough to run whenever a worker starts.
   */
  async drift(): Promise<string | null> {
    const stale = await this.fallback.staleCount();
    if (stale) return `${stale} fallback rows missing or stale`;
    const published = await this.searchable.count();
    let indexed: number;
    try {
      indexed = (await this.meili.request<{ numberOfDocuments: number }>('GET', `/indexes/${this.name}/stats`))
        .numberOfDocuments;
    } catch (error) {
      if (error instanceof MeiliError && error.message.includes('index_not_found')) return 'no index';
      throw error;
    }
    if (indexed !== published) return `${indexed} documents indexed, ${published} resources published`;
    const latest = await this.searchable.latestChanged(DRIFT_SAMPLE);
    for (const { id, revision } of latest) {
      const document = await this.meili
        .request<{ revision?: number }>('GET', `/indexes/${this.name}/documents/${id}?fields=revision`)
        .catch((error: unknown) => {
          if (error instanceof MeiliError && error.message.includes('document_not_found')) return null;
          throw error;
        });
      if (document?.revision !== revision)
        return `resource ${id} is at revision ${document?.revision ?? 'none'} in the index, ${revision} in the register`;
    }
    return null;
  }

  /**
   * Moves the open-dates window of every document worked out before today (Shanghai) on to today,
   * by partial updates of the index and its fallback copy (docs/api.md, "Open today"). Returns how
   * many documents moved on.
   */
  async refreshOpenDates(now = new Date()): Promise<number> {
    const from = shanghaiToday(now);
    let count = 0;
    for (;;) {
      const ids = await this.fallback.openDatesBefore(from, REINDEX_BATCH);
      if (!ids.length) return count;
      const open = await this.openDates.of(ids, from, OPEN_DATES_DAYS);
      const updates = ids.map((id) => ({ id, openDates: open.get(id) ?? [], openDatesFrom: from }));
      await this.meili.write('PUT', `/indexes/${this.name}/documents`, updates);
      await this.fallback.writeOpenDates(updates);
      // A resource that left search meanwhile must not come back as a stub of these two fields.
      const gone = await this.fallback.missing(ids);
      if (gone.length) await this.meili.write('POST', `/indexes/${this.name}/documents/delete-batch`, gone);
      await this.generations.raise(this.name);
      count += ids.length;
    }
  }

  private async documents(views: ResourceView[]): Promise<SearchDocument[]> {
    const ids = views.map((view) => view.id);
    const offerings = await this.offerings.active(ids);
    const bookable = new Set(offerings.map((offering) => offering.resourceId));
    const from = shanghaiToday();
    const open = await this.openDates.of(ids, from, OPEN_DATES_DAYS);
    const aliases = await this.aliases.of(ids);
    return Promise.all(
      views.map(async (view) =>
        toSearchDocument(
          view,
          (await this.regions.pathOf(view.regionCode)) ?? view.regionCode,
          bookable.has(view.id),
          { from, dates: open.get(view.id) ?? [] },
          aliases.get(view.id) ?? [],
        ),
      ),
    );
  }
}
