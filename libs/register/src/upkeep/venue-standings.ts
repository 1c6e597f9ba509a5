import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InjectConfig } from '@kepu/core';
import { DataSource } from 'typeorm';
import type { RevisionState } from '../resources/resource-revision.entity';
import type { ResourceStatus } from '../resources/resource.entity';
import type { VenueStanding } from './upkeep.views';
import { registerConfig, UpkeepSettings } from '../register.config';

/** The most venues one look lists: an organisation's own, far more than any runs. */
const MAX_VENUES = 50;

/**
 * When a published resource's yearly re-confirmation falls due (docs/register.md, "Yearly
 * re-confirmation"), and from when its operators are reminded of it: a month before.
 */
export function reconfirmation(confirmedAt: Date, reconfirmMonths: number): { dueOn: Date; remindFrom: Date } {
  const after = (months: number) => {
    const date = new Date(confirmedAt);
    date.setMonth(date.getMonth() + months);
    return date;
  };
  return { dueOn: after(reconfirmMonths), remindFrom: after(reconfirmMonths - 1) };
}

/**
 * What an operator's day (工作台) needs from the register about their venues, in one query: the
 * edit under review or returned, and the re-confirmation due. Callers have authorised the look.
 */
@Injectable()
export class VenueStandings {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig(registerConfig) private readonly upkeep: UpkeepSettings,
  ) {}

  /** The venues of these organisations, or the one named, by name; merged and withdrawn entries left out. */
  async of(venues: { organisationIds: string[] } | { resourceId: string }, now = new Date()): Promise<VenueStanding[]> {
    const [where, param] =
      'resourceId' in venues
        ? ['r.id = $1', venues.resourceId]
        : ['r.organisation_id = ANY($1::uuid[])', venues.organisationIds];
    const rows: {
      id: string;
      name: string;
      status: ResourceStatus;
      state: RevisionState | null;
      submittedAt: Date | null;
      confirmedAt: Date | null;
      stale: boolean;
      outOfSearch: boolean;
    }[] = await this.dataSource.query(
      `SELECT r.id, r.name, r.status, w.state, w.submitted_at AS "submittedAt", r.confirmed_at AS "confirmedAt",
              r.stale_since IS NOT NULL AS stale, r.hidden_from_search_at IS NOT NULL AS "outOfSearch"
         FROM resources r LEFT JOIN resource_revisions w ON w.id = r.working_revision_id
        WHERE ${where} AND r.status NOT IN ('merged', 'withdrawn')
        ORDER BY r.name, r.id LIMIT ${MAX_VENUES}`,
      [param],
    );
    return rows.map((row) => {
      const dates =
        row.status === 'published' && row.confirmedAt
          ? reconfirmation(row.confirmedAt, this.upkeep.reconfirmMonths)
          : null;
      return {
        resourceId: row.id,
        name: row.name,
        status: row.status,
        pending: row.state && row.state !== 'approved' ? { state: row.state, submittedAt: row.submittedAt } : null,
        confirmBy: dates?.dueOn ?? null,
        confirmationDue: dates !== null && dates.remindFrom <= now,
        stale: row.stale,
        outOfSearch: row.outOfSearch,
      };
    });
  }
}
