import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RegionTree } from '@kepu/core';
import { MeiliClient, MeiliError } from '@kepu/search';
import {
  OUTREACH_INDEX_SETTINGS,
  OutreachDocument,
  OutreachEntry,
  PUBLIC_ENTRIES,
  toOutreachDocument,
} from './outreach-entries';

const REBUILD_BATCH = 1_000;

/**
 * The `outreach` index: published menu items and public experts, side by side with a `kind`.
 * Upserts and removals by id, idempotent, so the outbox relay may repeat them; a rebuild when the
 * index has lost documents (a new or wiped Meilisearch).
 */
@Injectable()
export class OutreachIndex {
  private ready?: Promise<void>;

  constructor(
    private readonly meili: MeiliClient,
    private readonly regions: RegionTree,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  get name(): string {
    return this.meili.indexName('outreach');
  }

  /** Creates the index if needed and applies the settings, once per process (again after a failure). */
  ensure(): Promise<void> {
    this.ready ??= this.create().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  private async create(): Promise<void> {
    try {
      await this.meili.write('POST', '/indexes', { uid: this.name, primaryKey: 'id' });
    } catch (error) {
      if (!(error instanceof MeiliError && error.message.includes('index_already_exists'))) throw error;
    }
    await this.meili.write('PATCH', `/indexes/${this.name}/settings`, OUTREACH_INDEX_SETTINGS, 120_000);
  }

  /** Brings these menu items' or experts' documents up to date: public ones upserted, the rest removed. */
  async sync(ids: string[], db: EntityManager = this.dataSource.manager): Promise<void> {
    await this.ensure();
    const entries: OutreachEntry[] = await db.query(`SELECT * FROM ${PUBLIC_ENTRIES} e WHERE e.id = ANY($1::uuid[])`, [
      ids,
    ]);
    const present = new Set(entries.map((entry) => entry.id));
    const gone = ids.filter((id) => !present.has(id));
    if (entries.length)
      await this.meili.write('POST', `/indexes/${this.name}/documents`, await this.documents(entries));
    if (gone.length) await this.meili.write('POST', `/indexes/${this.name}/documents/delete-batch`, gone);
  }

  /**
   * Why the index no longer holds every public entry, or null when it does. Counts only: a change
   * the relay has not carried yet is still on its way through the outbox.
   */
  async drift(): Promise<string | null> {
    await this.ensure();
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM ${PUBLIC_ENTRIES} e`,
    );
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
      const entries: OutreachEntry[] = await this.dataSource.query(
        `SELECT * FROM ${PUBLIC_ENTRIES} e WHERE e.id > $1 ORDER BY e.id LIMIT ${REBUILD_BATCH}`,
        [afterId],
      );
      if (!entries.length) break;
      await this.meili.write('POST', `/indexes/${this.name}/documents`, await this.documents(entries), 300_000);
      for (const entry of entries) kept.add(entry.id);
      afterId = entries[entries.length - 1].id;
    }
    const { results } = await this.meili.request<{ results: { id: string }[] }>(
      'GET',
      `/indexes/${this.name}/documents?fields=id&limit=1000000`,
    );
    const stale = results.map((document) => document.id).filter((id) => !kept.has(id));
    if (stale.length) await this.meili.write('POST', `/indexes/${this.name}/documents/delete-batch`, stale);
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
