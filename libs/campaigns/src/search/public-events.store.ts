import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { insideRegions, regionPath } from '@kepu/core';
import { containsPattern, EventEntry, PUBLIC_EVENTS } from '../events/event-entries';
import { RowWindow } from '../campaigns/campaigns.store';

/** A public event with a fingerprint of what its document is made from. */
export type Fingerprinted = EventEntry & { fingerprint: string };

/** The public events with a fingerprint of what their document is made from. */
const FINGERPRINTED = `(SELECT e.*, md5(row_to_json(e)::text) AS fingerprint FROM ${PUBLIC_EVENTS} e)`;

/** What the search in Postgres filters on: every word of `words` must occur in an event's text. */
export interface PublicEventFilter {
  words: string[];
  campaign?: string;
  theme?: string;
  district?: string;
  from?: string;
  to?: string;
}

/** The public events (the `PUBLIC_EVENTS` view over offerings, venues and campaigns), for the events index and its fallback. */
@Injectable()
export class PublicEventsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** These offerings, those that are public events, with their fingerprints. */
  fingerprinted(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Fingerprinted[]> {
    return manager.query(`SELECT * FROM ${FINGERPRINTED} e WHERE e.id = ANY($1::uuid[])`, [ids]);
  }

  /** Every public event's id and fingerprint. */
  fingerprints(): Promise<{ id: string; fingerprint: string }[]> {
    return this.dataSource.query(`SELECT e.id, e.fingerprint FROM ${FINGERPRINTED} e`);
  }

  /** One page of the public events matching, by first day and title, each with the number matching. */
  search(filter: PublicEventFilter, { limit, offset }: RowWindow): Promise<(EventEntry & { total: number })[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    for (const token of filter.words) {
      where.push(
        `concat_ws(' ', e.title, e."venueName", e."districtName", array_to_string(e."campaignNames", ' '), e.description)
           ILIKE ${param(containsPattern(token))}`,
      );
    }
    if (filter.campaign) where.push(`${param(filter.campaign)} = ANY(e."campaignIds")`);
    if (filter.theme) where.push(`${param(filter.theme)} IN (SELECT unnest(e."venueThemes" || e."campaignThemes"))`);
    if (filter.district) {
      where.push(insideRegions(regionPath('e."districtCode"'), param([filter.district])));
    }
    // An event without dates runs every open day: it matches any period, as in the index.
    const first = `coalesce(e.dates[1], e."validFrom")`;
    const last = `coalesce(e.dates[array_upper(e.dates, 1)], e."validTo")`;
    if (filter.from) where.push(`(${last} IS NULL OR ${last} >= ${param(filter.from)})`);
    if (filter.to) where.push(`(${first} IS NULL OR ${first} <= ${param(filter.to)})`);
    return this.dataSource.query(
      `SELECT e.*, count(*) OVER ()::int AS total FROM ${PUBLIC_EVENTS} e
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${first} NULLS FIRST, e.title, e.id LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
  }
}
