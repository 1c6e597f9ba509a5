import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { insideRegions, regionPath } from '@kepu/core';
import { CampaignEvent } from '../campaign.entity';
import { EventEntry, PUBLIC_EVENTS } from './event-entries';

/** Which of a campaign's public events to list. */
export interface CampaignEventFilter {
  district?: string;
  theme?: string;
  offeringId?: string;
}

/**
 * The events taking part in campaigns: `campaign_events`, with what it joins of the public events.
 */
@Injectable()
export class CampaignEventsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Adds the event to the campaign; false when it takes part already. Nobody attached the demo's events. */
  async attach(
    tx: EntityManager,
    event: { campaignId: string; offeringId: string; themes: string[]; attachedBy: string | null },
  ): Promise<boolean> {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO campaign_events (campaign_id, offering_id, themes, attached_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING offering_id`,
      [event.campaignId, event.offeringId, event.themes, event.attachedBy],
    );
    return inserted.length > 0;
  }

  /** Takes the event out of the campaign; false when it did not take part. */
  async detach(tx: EntityManager, campaignId: string, offeringId: string): Promise<boolean> {
    const { affected } = await tx.delete(CampaignEvent, { campaignId, offeringId });
    return !!affected;
  }

  /** The offerings taking part in the campaign. */
  async offeringIdsOf(tx: EntityManager, campaignId: string): Promise<string[]> {
    const events: { offeringId: string }[] = await tx.query(
      `SELECT offering_id AS "offeringId" FROM campaign_events WHERE campaign_id = $1`,
      [campaignId],
    );
    return events.map((event) => event.offeringId);
  }

  /** The titles of the campaign's events with the organisation running each one's venue, by title. */
  venueEventsOf(tx: EntityManager, campaignId: string): Promise<{ organisationId: string; title: string }[]> {
    return tx.query(
      `SELECT DISTINCT r.organisation_id AS "organisationId", o.title
         FROM campaign_events ce JOIN offering_facts o ON o.id = ce.offering_id
         JOIN venue_facts r ON r.id = o.resource_id
        WHERE ce.campaign_id = $1
        ORDER BY o.title`,
      [campaignId],
    );
  }

  /** How many of the campaign's events are public. */
  async publicCount(campaignId: string): Promise<number> {
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM campaign_events ce JOIN ${PUBLIC_EVENTS} e ON e.id = ce.offering_id
        WHERE ce.campaign_id = $1`,
      [campaignId],
    );
    return count;
  }

  /** The campaign's public events matching, each with the themes it takes part under. */
  publicOf(campaignId: string, filter: CampaignEventFilter): Promise<(EventEntry & { linkThemes: string[] })[]> {
    const params: unknown[] = [campaignId];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = ['ce.campaign_id = $1'];
    if (filter.district) {
      where.push(insideRegions(regionPath('e."districtCode"'), param([filter.district])));
    }
    if (filter.theme) where.push(`${param(filter.theme)} = ANY(ce.themes)`);
    if (filter.offeringId) where.push(`e.id = ${param(filter.offeringId)}`);
    return this.dataSource.query(
      `SELECT e.*, ce.themes AS "linkThemes" FROM campaign_events ce JOIN ${PUBLIC_EVENTS} e ON e.id = ce.offering_id
        WHERE ${where.join(' AND ')}`,
      params,
    );
  }
}
