import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RegionTree } from '@kepu/core';
import { MeiliClient, OwnIndex } from '@kepu/search';
import { EVENT_INDEX_SETTINGS, EventDocument, toEventDocument } from '../events/event-entries';
import { Fingerprinted, PublicEventsStore } from './public-events.store';

/**
 * The `events` index (docs/campaigns.md, "The events index"): every public event, with its
 * campaigns. Upserts and removals by id, idempotent, so the outbox relay may repeat them; the check
 * job compares fingerprints and mends what changed without an event (an offering edited, a slot
 * passed).
 */
@Injectable()
export class EventIndex {
  private readonly index: OwnIndex;

  constructor(
    private readonly meili: MeiliClient,
    private readonly regions: RegionTree,
    private readonly events: PublicEventsStore,
  ) {
    this.index = new OwnIndex(meili, meili.indexName('events'), EVENT_INDEX_SETTINGS);
  }

  get name(): string {
    return this.index.name;
  }

  /** Brings these offerings' documents up to date: public events upserted, the rest removed. */
  async sync(ids: string[], manager?: EntityManager): Promise<void> {
    const entries = await this.events.fingerprinted(ids, manager);
    const present = new Set(entries.map((entry) => entry.id));
    await this.index.write(
      await this.documents(entries),
      ids.filter((id) => !present.has(id)),
    );
  }

  /**
   * Mends the index: upserts events whose document is missing or was made from other data, and
   * removes documents of events no longer public. Returns how many documents it changed.
   */
  async mend(): Promise<number> {
    await this.index.ensure();
    const current = await this.events.fingerprints();
    const { results } = await this.meili.request<{ results: { id: string; fingerprint: string }[] }>(
      'GET',
      `/indexes/${this.name}/documents?fields=id,fingerprint&limit=1000000`,
    );
    const indexed = new Map(results.map((document) => [document.id, document.fingerprint]));
    const stale = current.filter((entry) => indexed.get(entry.id) !== entry.fingerprint).map((entry) => entry.id);
    const kept = new Set(current.map((entry) => entry.id));
    const gone = results.map((document) => document.id).filter((id) => !kept.has(id));
    for (let at = 0; at < stale.length; at += 1_000) await this.sync(stale.slice(at, at + 1_000));
    await this.index.write([], gone);
    return stale.length + gone.length;
  }

  private documents(entries: Fingerprinted[]): Promise<EventDocument[]> {
    return Promise.all(
      entries.map(async (entry) =>
        toEventDocument(entry, (await this.regions.pathOf(entry.districtCode)) ?? entry.districtCode),
      ),
    );
  }
}
