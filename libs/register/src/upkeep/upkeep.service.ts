import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, Page, PageQueryDto, pageWindow, InjectConfig } from '@kepu/core';
import { Actor, PolicyService, Role, RoleHolders } from '@kepu/identity';
import { NotificationContent, Notifier } from '@kepu/notify';
import { DataSource, EntityManager } from 'typeorm';
import { administeredRegions } from '../register.policies';
import { RegisterErrors } from '../register-errors';
import { shanghaiDate } from '../resources/accreditation-currency';
import { ResourceStore } from '../resources/resource.store';
import { Resource } from '../resources/resource.entity';
import { ResourcesService } from '../resources/resources.service';
import type { ResourceView } from '../resources/resources.views';
import { RECONFIRMATION_DUE, UpkeepMessages } from './upkeep-messages';
import { UpkeepStore } from './upkeep.store';
import type { StaleResource } from './upkeep.views';
import { registerConfig, UpkeepSettings } from '../register.config';

/** Days before expiry at which the operators and district administrators hear of it; 0 is the day itself. */
const EXPIRY_THRESHOLDS = [90, 30, 7, 0] as const;

/** A day's reminder missed (the worker was down) is still sent this many days after the expiry. */
const LATE_GRACE_DAYS = 7;

/** Who hears of a resource's upkeep: its organisation's operators, and perhaps its district's administrators too. */
type Audience = 'operators' | 'operators_and_admins';

/**
 * Keeps published resources current (docs/register.md): accreditation reminders, the yearly
 * re-confirmation, the stale mark and leaving search, and the operator's one-tap confirmation.
 */
@Injectable()
export class UpkeepService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly store: ResourceStore,
    private readonly upkeepStore: UpkeepStore,
    private readonly resources: ResourcesService,
    private readonly notifier: Notifier,
    private readonly roleHolders: RoleHolders,
    @InjectConfig(registerConfig) private readonly upkeep: UpkeepSettings,
  ) {}

  /**
   * Tells of each accreditation of a published resource at the most urgent threshold it has reached,
   * once per accreditation, expiry date and threshold; on the day it expires the resource is announced
   * again so the search index drops the level. Returns how many reminders went out.
   */
  async remindExpiringAccreditations(now: Date): Promise<number> {
    const due = await this.upkeepStore.accreditationsExpiring(
      shanghaiDate(now),
      -LATE_GRACE_DAYS,
      EXPIRY_THRESHOLDS[0],
    );
    let sent = 0;
    for (const row of due) {
      const threshold = Math.min(...EXPIRY_THRESHOLDS.filter((days) => row.daysLeft <= days));
      const key = `${row.accreditationId}:${row.expiresOn}:${threshold}`;
      const told = await this.dataSource.transaction(async (tx) => {
        const resource = await this.store.getById(row.resourceId, tx);
        const message = UpkeepMessages.accreditationExpiring({
          resourceName: resource.name,
          accreditationName: row.name,
          expiresOn: row.expiresOn,
          threshold,
        });
        if (!(await this.tellOnce(tx, resource, key, message, 'operators_and_admins'))) return false;
        if (threshold === 0) await this.store.announce(tx, resource, 'resource.published');
        return true;
      });
      if (told) sent++;
    }
    return sent;
  }

  /**
   * The yearly re-confirmation, as of `now`: a reminder a month before it is due (once per
   * confirmation), the stale mark when it is due, and out of search REGISTER_HIDE_AFTER_MONTHS after it.
   */
  async keepConfirmationsCurrent(now: Date): Promise<{ reminded: number; stale: number; hidden: number }> {
    const { reconfirmMonths, hideAfterMonths } = this.upkeep;
    // Those not yet reminded of this confirmation; tellOnce settles a race with another worker.
    const dueForReminder = await this.upkeepStore.dueForReminder(now, reconfirmMonths - 1, RECONFIRMATION_DUE);
    let reminded = 0;
    for (const { id, key } of dueForReminder) {
      const told = await this.dataSource.transaction(async (tx) => {
        const resource = await this.store.getById(id, tx);
        const message = UpkeepMessages.reconfirmationDue(resource.name, shanghaiDate(resource.confirmedAt as Date));
        return this.tellOnce(tx, resource, key, message, 'operators');
      });
      if (told) reminded++;
    }
    const stale = await this.markUnconfirmed('stale_since', now, reconfirmMonths, 'resource.stale');
    const hidden = await this.markUnconfirmed(
      'hidden_from_search_at',
      now,
      hideAfterMonths,
      'resource.hidden_from_search',
    );
    return { reminded, stale, hidden };
  }

  /**
   * The venue's operator says its published details are still true: the confirmation starts afresh,
   * the stale mark goes and it returns to search. Refused while an edit is under review (its
   * approval confirms it).
   */
  async confirm(actor: Actor, id: string, correlationId?: string): Promise<ResourceView> {
    await this.dataSource.transaction(async (tx) => {
      const resource = await this.store.lock(tx, id);
      await this.policy.authorize(actor, 'resource.confirm', resource);
      if (resource.status !== 'published')
        throw new AppError(RegisterErrors.INVALID_TRANSITION, { status: resource.status });
      const working = await this.store.revision(tx, resource.workingRevisionId);
      if (working && ['submitted', 'city_review'].includes(working.state))
        throw new AppError(RegisterErrors.RESOURCE_UNDER_REVIEW);
      const wasHidden = this.store.markConfirmed(resource, new Date());
      await this.store.save(tx, resource);
      if (wasHidden) await this.store.announce(tx, resource, 'resource.published');
      await this.store.record(tx, id, {
        actorId: actor.accountId,
        action: 'resource.confirm',
        details: {},
        correlationId,
      });
    });
    return this.resources.get(actor, id);
  }

  /** Stale published resources in the administrator's regions, longest unconfirmed first. */
  async staleQueue(actor: Actor, query: PageQueryDto): Promise<Page<StaleResource>> {
    await this.policy.authorize(actor, 'resource.stale_queue');
    const regions = administeredRegions(actor);
    const rows = await this.upkeepStore.stale(regions, pageWindow(query));
    return {
      items: rows.map(({ total: _total, ...row }) => row),
      total: rows[0]?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * Sets `column` to `now` on published resources unconfirmed for `months` that lack it, recording
   * each; those leaving search are announced so the index drops them.
   */
  private markUnconfirmed(
    column: 'stale_since' | 'hidden_from_search_at',
    now: Date,
    months: number,
    action: string,
  ): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const rows = await this.upkeepStore.markUnconfirmed(tx, column, now, months);
      for (const resource of rows) {
        if (column === 'hidden_from_search_at') await this.store.announce(tx, resource, 'resource.unpublished');
        await this.store.record(tx, resource.id, { actorId: null, action, details: {} });
      }
      return rows.length;
    });
  }

  /**
   * Sends `message` about the resource unless one with this kind and key went out before (the
   * notice row is the memory). Returns whether it was sent now.
   */
  private async tellOnce(
    tx: EntityManager,
    resource: Resource,
    key: string,
    message: NotificationContent,
    audience: Audience,
  ): Promise<boolean> {
    if (!(await this.upkeepStore.noteOnce(tx, resource.id, message.kind, key))) return false;
    const recipients = new Set([
      ...(await this.roleHolders.ofOrganisation(resource.organisationId, Role.Operator, tx)),
      ...(audience === 'operators_and_admins'
        ? await this.roleHolders.administratorsOver(resource.regionCode, Role.DistrictAdmin, tx)
        : []),
    ]);
    for (const accountId of recipients) await this.notifier.send({ ...message, accountId }, tx);
    return true;
  }
}
