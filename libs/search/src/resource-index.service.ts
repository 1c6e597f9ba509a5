import { Injectable, Logger } from '@nestjs/common';
import { RegionTree } from '@kepu/core';
import { ResourcesService, ResourceView } from '@kepu/register';
import { RESOURCE_INDEX_SETTINGS } from './index-settings';
import { MeiliClient, MeiliError } from './meili-client';
import { SearchDocument, toSearchDocument } from './search-document';

const REINDEX_BATCH = 1_000;

/** The `resources` index: settings, upserts and removals by id, and a rebuild swapped in atomically. */
@Injectable()
export class ResourceIndex {
  private readonly logger = new Logger(ResourceIndex.name);

  constructor(
    private readonly meili: MeiliClient,
    private readonly resources: ResourcesService,
    private readonly regions: RegionTree,
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
  }

  /**
   * Brings these resources' documents up to date: the public ones are upserted, the rest (suspended,
   * withdrawn, never published) removed. Idempotent, so a relay may repeat it safely.
   */
  async sync(resourceIds: string[], uid = this.name): Promise<void> {
    const views = await this.resources.published({ ids: resourceIds });
    const documents = await this.documents(views);
    const present = new Set(views.map((view) => view.id));
    const gone = resourceIds.filter((id) => !present.has(id));
    if (documents.length) await this.meili.write('POST', `/indexes/${uid}/documents`, documents);
    if (gone.length) await this.meili.write('POST', `/indexes/${uid}/documents/delete-batch`, gone);
  }

  /** Builds a fresh index from the register and swaps it in: searches never see a half-built index. */
  async reindex(): Promise<{ documents: number; seconds: number }> {
    const startedAt = Date.now();
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
      await this.meili.write('POST', `/indexes/${next}/documents`, await this.documents(views), 300_000);
      count += views.length;
      afterId = views[views.length - 1].id;
    }
    await this.meili.write('POST', '/swap-indexes', [{ indexes: [this.name, next] }]);
    await this.meili.write('DELETE', `/indexes/${next}`);
    const seconds = (Date.now() - startedAt) / 1000;
    this.logger.log(`Reindexed ${count} resources in ${seconds.toFixed(1)} s`);
    return { documents: count, seconds };
  }

  private async documents(views: ResourceView[]): Promise<SearchDocument[]> {
    return Promise.all(
      views.map(async (view) =>
        toSearchDocument(view, (await this.regions.pathOf(view.regionCode)) ?? view.regionCode),
      ),
    );
  }
}
