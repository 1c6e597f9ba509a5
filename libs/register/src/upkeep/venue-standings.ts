import { Injectable } from '@nestjs/common';
import { InjectConfig } from '@kepu/core';
import { UpkeepStore } from './upkeep.store';
import type { VenueStanding } from './upkeep.views';
import { registerConfig, UpkeepSettings } from '../register.config';

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
    private readonly store: UpkeepStore,
    @InjectConfig(registerConfig) private readonly upkeep: UpkeepSettings,
  ) {}

  /** The venues of these organisations, or the one named, by name; merged and withdrawn entries left out. */
  async of(venues: { organisationIds: string[] } | { resourceId: string }, now = new Date()): Promise<VenueStanding[]> {
    const rows = await this.store.venueRows(venues);
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
