import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { OpeningHours, WeeklyRule } from './opening-hours';
import {
  OpeningExceptionRecord,
  OpeningHoursRecord,
  OpeningRuleRecord,
  OpeningSeasonRecord,
} from './opening-hours.entity';

const hhmm = (time: string) => time.slice(0, 5);

/** Weekly rules as the API writes them: days sharing a range together, in weekday order. */
function groupRules(rows: OpeningRuleRecord[]): WeeklyRule[] {
  const groups = new Map<string, WeeklyRule>();
  for (const row of rows) {
    const key = `${hhmm(row.opens)}-${hhmm(row.closes)}`;
    const group = groups.get(key) ?? { days: [], open: hhmm(row.opens), close: hhmm(row.closes) };
    group.days.push(row.weekday);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((rule) => ({ ...rule, days: rule.days.sort((a, b) => a - b) }))
    .sort((a, b) => a.days[0] - b.days[0] || a.open.localeCompare(b.open));
}

/** Opening hours in and out of their relational rows (one row per weekday range, season and exception). */
@Injectable()
export class OpeningHoursStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(resourceId: string, manager: EntityManager = this.dataSource.manager): Promise<OpeningHours | null> {
    return (await this.loadMany([resourceId], manager)).get(resourceId) ?? null;
  }

  /** The hours of many resources in four queries (search indexes them in batches); those without hours are absent. */
  async loadMany(
    resourceIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, OpeningHours>> {
    const resourceId = In(resourceIds);
    const policies = await manager.findBy(OpeningHoursRecord, { resourceId });
    if (!policies.length) return new Map();
    // One after another: a transaction's manager has a single connection.
    const rules = await manager.find(OpeningRuleRecord, {
      where: { resourceId },
      order: { weekday: 'ASC', opens: 'ASC' },
    });
    const seasons = await manager.find(OpeningSeasonRecord, { where: { resourceId }, order: { startsOn: 'ASC' } });
    const exceptions = await manager.find(OpeningExceptionRecord, { where: { resourceId }, order: { date: 'ASC' } });
    const of = <T extends { resourceId: string }>(rows: T[], id: string) => rows.filter((row) => row.resourceId === id);
    return new Map(
      policies.map((policy) => {
        const own = of(rules, policy.resourceId);
        const hours: OpeningHours = {
          weekly: groupRules(own.filter((rule) => !rule.seasonId)),
          seasons: of(seasons, policy.resourceId).map((season) => ({
            name: season.name,
            from: season.startsOn,
            to: season.endsOn,
            weekly: groupRules(own.filter((rule) => rule.seasonId === season.id)),
          })),
          publicHolidays: policy.publicHolidays,
          holidayHours:
            policy.holidayOpens && policy.holidayCloses
              ? { open: hhmm(policy.holidayOpens), close: hhmm(policy.holidayCloses) }
              : null,
          makeupWorkdays: policy.makeupWorkdays,
          exceptions: of(exceptions, policy.resourceId).map((e) => ({
            date: e.date,
            closed: e.closed,
            ...(e.opens && e.closes && { open: hhmm(e.opens), close: hhmm(e.closes) }),
            ...(e.note && { note: e.note }),
          })),
        };
        return [policy.resourceId, hours];
      }),
    );
  }

  /** Replaces a resource's hours; `manager` is the caller's transaction. */
  async save(resourceId: string, hours: OpeningHours, accountId: string | null, manager: EntityManager): Promise<void> {
    await manager.save(OpeningHoursRecord, {
      resourceId,
      publicHolidays: hours.publicHolidays,
      holidayOpens: hours.holidayHours?.open ?? null,
      holidayCloses: hours.holidayHours?.close ?? null,
      makeupWorkdays: hours.makeupWorkdays,
      updatedBy: accountId,
    });
    await manager.delete(OpeningRuleRecord, { resourceId });
    await manager.delete(OpeningSeasonRecord, { resourceId });
    await manager.delete(OpeningExceptionRecord, { resourceId });
    const ruleRows = (rules: WeeklyRule[], seasonId: string | null) =>
      rules.flatMap((rule) =>
        rule.days.map((weekday) => ({ resourceId, seasonId, weekday, opens: rule.open, closes: rule.close })),
      );
    const rows = ruleRows(hours.weekly, null);
    for (const season of hours.seasons) {
      const saved = await manager.save(OpeningSeasonRecord, {
        resourceId,
        name: season.name,
        startsOn: season.from,
        endsOn: season.to,
      });
      rows.push(...ruleRows(season.weekly, saved.id));
    }
    if (rows.length) await manager.insert(OpeningRuleRecord, rows);
    if (hours.exceptions.length) {
      await manager.insert(
        OpeningExceptionRecord,
        hours.exceptions.map((e) => ({
          resourceId,
          date: e.date,
          closed: e.closed,
          opens: e.closed ? null : (e.open ?? null),
          closes: e.closed ? null : (e.close ?? null),
          note: e.note ?? null,
        })),
      );
    }
  }
}
