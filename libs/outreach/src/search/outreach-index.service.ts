import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RegionTree } from '@kepu/core';
import { MeiliClient, OwnIndex } from '@kepu/search';
import { OUTREACH_INDEX_SETTINGS, OutreachDocument, OutreachEntry, toOutreachDocument } from './outreach-entries';
import { PublicEntriesStore } from './public-entries.store';

const REBUILD_BATCH = 1_000;

/**
 * The `outreach` index: published menu items and public experts, side by side with a `kind`.
 * Upserts and removals by id, idempotent, so the outbox relay may repeat them; a rebuild when the
 * index has lost documents (a new or wiped Meilisearch).
 */
@Injectable()
export class OutreachIndex {
  private readonly index: OwnIndex;

  constructor(
    private readonly meili: MeiliClient,
    private readonly regions: RegionTree,
    private readonly entries: PublicEntriesStore,
  ) {
    this.index = new OwnIndex(meili, meili.indexName('outreach'), OUTREACH_INDEX_SETTINGS);
  }

  get name(): string {
    return this.index.name;
  }

  ensure(): Promise<void> {
    return this.index.ensure();
  }

  /** Brings these menu items' or experts' documents up to date: public ones upserted, the rest removed. */
  async sync(ids: string[], manager?: EntityManager): Promise<void> {
    const entries = await this.entries.byIds(ids, manager);
    const present = new Set(entries.map((entry) => entry.id));
    await this.index.write(
      await this.documents(entries),
      ids.filter((id) => !present.has(id)),
    );
  }

  /**
   * Why the index no longer holds every public entry, or null when it does. Counts only: a change
   * the relay has not carried yet is still on its way through the outbox.
   */
  async drift(): Promise<string | null> {
    await this.ensure();
    const count = await this.entries.count();
    const { numberOfDocuments } = await this.meili.request<{ numberOfDocuments: number }>(
      'GET',
      `/indexes/${this.name}/stats`,
    );
    return numberOfDocuments === count ? null : `${numberOfDocuments} documents indexed, ${count} entries public`;
  }

  /** Writes every public entry and removes every other document. */
  async rebuild(): Promise<number> {
    await this.ensure();
    const kept = new Set<string>();
    for (let afterId = '00000000-0000-0000-0000-000000000000'; ;) {
      const entries = await this.entries.after(afterId, REBUILD_BATCH);
      if (!entries.length) break;
      await this.index.write(await this.documents(entries), []);
      for (const entry of entries) kept.add(entry.id);
      afterId = entries[entries.length - 1].id;
    }
    const { results } = await this.meili.request<{ results: { id: string }[] }>(
      'GET',
      `/indexes/${this.name}/documents?fields=id&limit=1000000`,
    );
    const stale = results.map((document) => document.id).filter((id) => !kept.has(id));
    await this.index.write([], stale);
    return kept.size;
  }

  private documents(entries: OutreachEntry[]): Promise<OutreachDocument[]> {
    return Promise.all(
      entries.map(async (entry) =>
        toOutreachDocument(
          entry,
          (await Promise.all(entry.districtCodes.map((code) => this.regions.pathOf(code)))).filter(
            (path): path is string => path !== undefined,
          ),
        ),
      ),
    );
  }
}
