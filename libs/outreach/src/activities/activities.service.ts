import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, AuditService, CoreErrors, Page, pageWindow, fieldProblem, CommonProblems } from '@kepu/core';
import { AccountsService, Actor, PolicyService, Role, RoleHolders } from '@kepu/identity';
import { shanghaiIso, shanghaiToday } from '@kepu/schedule';
import { MenuCatalogue } from '../menu/menu-catalogue';
import { OrderStatus } from '../orders/order.entity';
import { OrdersStore } from '../orders/orders.store';
import { OrdersService, orderSubject, requireStatus } from '../orders/orders.service';
import { OutreachErrors } from '../outreach-errors';
import { OutreachNotices } from '../outreach-notices';
import {
  ActivityListDto,
  CompleteActivityDto,
  RateActivityDto,
  ScheduleActivityDto,
  SignCodeDto,
} from './activities.dto';
import { ActivityView, ActivityVolunteerView, AttendanceView } from './activities.views';
import { ActivityFacts, ActivityMessages } from './activity-messages';
import { Activity, ActivityVolunteer } from './activity.entity';
import { ActivitiesStore, ActivityRow as StoredActivityRow } from './activities.store';
import { credit, requiredMinutes } from './credited-minutes';
import { OutreachProblems } from '../outreach-problems';

/** Volunteers sign in and out from an hour before the start to two hours after the end. */
const SIGN_IN_OPENS_MINUTES = 60;
const SIGN_IN_CLOSES_MINUTES = 120;
/** Orders whose activity volunteers may join and sign in to. */
const ORDER_PLANNED: readonly OrderStatus[] = ['scheduled', 'confirmed'];

/** An activity with its order and names, and the name of its lead. */
type ActivityRow = StoredActivityRow & { leadName: string };

const iso = (at: Date | null) => at && shanghaiIso(at);
const minutesAfter = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);

/**
 * The delivery of an order (docs/outreach.md, "Delivery and volunteer hours" and "Evaluation"):
 * the provider schedules it, the orderer confirms, the provider's volunteers join and sign in and
 * out with the activity's code, the provider completes it with the people reached, and the orderer
 * rates it once. Every change is one transaction with its rows locked, audited, and told to the
 * people concerned through the outbox.
 */
@Injectable()
export class ActivitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activities: ActivitiesStore,
    private readonly orderStore: OrdersStore,
    private readonly policy: PolicyService,
    private readonly orders: OrdersService,
    private readonly notices: OutreachNotices,
    private readonly menu: MenuCatalogue,
    private readonly audit: AuditService,
    private readonly roleHolders: RoleHolders,
    private readonly accounts: AccountsService,
  ) {}

  /**
   * The provider sets (or moves) the time and the lead of an order it holds; every move draws a
   * fresh sign-in code. Volunteers who joined are told of a move.
   */
  async schedule(
    actor: Actor,
    orderId: string,
    body: ScheduleActivityDto,
    correlationId?: string,
    now = new Date(),
  ): Promise<ActivityView> {
    return this.dataSource.transaction(async (tx) => {
      const order = await this.orders.lockForAction(tx, actor, orderId, 'outreach_order.provide', [
        'taken',
        'scheduled',
      ]);
      const providerId = order.providerId as string;
      const startsAt = new Date(body.startsAt);
      const endsAt = new Date(body.endsAt);
      if (startsAt <= now) {
        throw new AppError(CoreErrors.VALIDATION_FAILED, [fieldProblem('startsAt', CommonProblems.MUST_BE_FUTURE)]);
      }
      if (endsAt <= startsAt || endsAt.getTime() - startsAt.getTime() > 86_400_000) {
        throw new AppError(CoreErrors.VALIDATION_FAILED, [fieldProblem('endsAt', OutreachProblems.ENDS_TOO_LATE)]);
      }
      const day = shanghaiToday(startsAt);
      if (day < order.windowFrom || day > order.windowTo) {
        throw new AppError(OutreachErrors.OUTSIDE_ORDER_WINDOW, {
          windowFrom: order.windowFrom,
          windowTo: order.windowTo,
        });
      }
      if (!(await this.leadRoles(tx, body.leadId, providerId)).length) {
        throw new AppError(OutreachErrors.LEAD_NOT_A_MEMBER, [
          fieldProblem('leadId', OutreachProblems.LEAD_NOT_A_MEMBER, { leadId: body.leadId }),
        ]);
      }
      let existing = await this.activities.lockOfOrder(tx, orderId);
      // Sign-ins are measured against the time they were made for: once one is, the time stays.
      if (existing && (await this.activities.anySignedIn(tx, existing.id))) {
        throw new AppError(OutreachErrors.ORDER_WRONG_STATE, { status: order.status });
      }
      // Planned by a provider that has since declined the order: its volunteers are not the new provider's.
      if (existing && existing.providerId !== providerId) {
        await this.activities.delete(tx, existing.id);
        existing = null;
      }
      const plan = { startsAt, endsAt, leadId: body.leadId, signCode: newSignCode() };
      const activity = existing
        ? await this.activities.save(tx, Object.assign(existing, plan))
        : await this.activities.create(tx, { orderId, providerId, ...plan });
      await this.orderStore.update(tx, orderId, { status: 'scheduled' });
      await this.record(
        tx,
        actor,
        existing ? 'outreach.activity_moved' : 'outreach.scheduled',
        activity,
        correlationId,
        {
          startsAt: shanghaiIso(startsAt),
          endsAt: shanghaiIso(endsAt),
          leadId: body.leadId,
        },
      );
      const row = await this.row(tx, activity.id, actor.accountId);
      const facts = this.facts(row);
      await this.notices.toAccounts(tx, [order.orderedBy], ActivityMessages.toOrderer.scheduled(facts));
      if (existing) {
        const joined = await this.activities.volunteers(tx, activity.id);
        await this.notices.toAccounts(
          tx,
          joined.map((v) => v.accountId),
          ActivityMessages.toVolunteers.moved(facts),
        );
      }
      return this.render(row, await this.volunteersOf(activity.id, tx));
    });
  }

  /** The orderer agrees to the time the provider set; the provider's operators and the lead are told. */
  async confirm(actor: Actor, orderId: string, correlationId?: string): Promise<ActivityView> {
    return this.dataSource.transaction(async (tx) => {
      await this.orders.lockForAction(tx, actor, orderId, 'outreach_order.respond', ['scheduled']);
      await this.orderStore.update(tx, orderId, { status: 'confirmed' });
      const activity = await this.activities.getOfOrder(tx, orderId);
      await this.record(tx, actor, 'outreach.confirmed', activity, correlationId);
      const row = await this.row(tx, activity.id, actor.accountId);
      const message = ActivityMessages.toProvider.confirmed(this.facts(row));
      await this.notices.toMembers(tx, row.providerId, Role.Operator, message);
      if (!(await this.leadRoles(tx, row.leadId, row.providerId)).includes(Role.Operator)) {
        await this.notices.toAccounts(tx, [row.leadId], message);
      }
      return this.render(row, null);
    });
  }

  /**
   * After the activity the provider records the people reached. Volunteers who never signed out
   * are signed out at the scheduled end (or, if they came after it, now) and credited by the
   * 60 % rule; the orderer is asked for a rating.
   */
  async complete(
    actor: Actor,
    orderId: string,
    body: CompleteActivityDto,
    correlationId?: string,
    now = new Date(),
  ): Promise<ActivityView> {
    return this.dataSource.transaction(async (tx) => {
      const order = await this.orders.lockForAction(tx, actor, orderId, 'outreach_order.provide', ['confirmed']);
      const activity = await this.activities.getOfOrder(tx, orderId, true);
      if (now < activity.endsAt) {
        throw new AppError(OutreachErrors.ACTIVITY_NOT_OVER, { endsAt: shanghaiIso(activity.endsAt) });
      }
      const stillIn = await this.activities.lockStillSignedIn(tx, activity.id);
      for (const volunteer of stillIn) {
        const signedInAt = volunteer.signedInAt as Date;
        const signedOutAt = signedInAt < activity.endsAt ? activity.endsAt : now;
        await this.activities.updateVolunteer(tx, activity.id, volunteer.accountId, {
          signedOutAt,
          creditedMinutes: credit(activity, signedInAt, signedOutAt).creditedMinutes,
        });
      }
      Object.assign(activity, { peopleReached: body.peopleReached, completedAt: now });
      await this.activities.save(tx, activity);
      await this.orderStore.update(tx, orderId, { status: 'completed' });
      await this.record(tx, actor, 'outreach.completed', activity, correlationId, {
        peopleReached: body.peopleReached,
        signedOutAtCompletion: stillIn.map((v) => v.accountId),
      });
      const row = await this.row(tx, activity.id, actor.accountId);
      await this.notices.toAccounts(tx, [order.orderedBy], ActivityMessages.toOrderer.completed(this.facts(row)));
      return this.render(row, await this.volunteersOf(activity.id, tx));
    });
  }

  /**
   * The orderer rates a completed activity once. The score counts towards its menu item's
   * average; a 1 or a 2 is flagged to the district's administrators. The provider is told.
   */
  async rate(actor: Actor, orderId: string, body: RateActivityDto, correlationId?: string): Promise<ActivityView> {
    return this.dataSource.transaction(async (tx) => {
      const order = await this.orders.lockForAction(tx, actor, orderId, 'outreach_order.respond', ['completed']);
      if (order.rating !== null) throw new AppError(OutreachErrors.ALREADY_RATED);
      const comment = body.comment ?? null;
      await this.orderStore.update(tx, orderId, { rating: body.score, ratingComment: comment, ratedAt: new Date() });
      if (order.menuItemId) await this.menu.recordRating(tx, order.menuItemId, body.score);
      const activity = await this.activities.getOfOrder(tx, orderId);
      await this.record(tx, actor, 'outreach.rated', activity, correlationId, { score: body.score });
      const row = await this.row(tx, activity.id, actor.accountId);
      const facts = this.facts(row);
      await this.notices.toMembers(
        tx,
        row.providerId,
        Role.Operator,
        ActivityMessages.toProvider.rated(facts, body.score),
      );
      if (body.score <= 2) {
        await this.notices.toAdministrators(
          tx,
          order.regionCode,
          ActivityMessages.toAdministrators.lowRating(facts, body.score, comment),
        );
      }
      return this.render(row, null);
    });
  }

  /** The coming activities (scheduled or confirmed, not yet over) of the teams the caller volunteers for, soonest first. */
  async list(actor: Actor, query: ActivityListDto, now = new Date()): Promise<Page<ActivityView>> {
    const { ids, total } = await this.activities.pageComing(
      actor.organisationsAs(Role.Volunteer),
      ORDER_PLANNED,
      now,
      pageWindow(query),
    );
    const loaded = await this.rows(ids, actor.accountId);
    return {
      items: loaded.map((row) => this.render(row, null)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * One activity: with its code and volunteers for the provider's operators and the lead; without
   * them for its volunteers, the orderer and the district. Hidden from everyone else.
   */
  async get(actor: Actor, id: string): Promise<ActivityView> {
    const [row] = await this.rows([id], actor.accountId);
    if (!row) throw new AppError(CoreErrors.NOT_FOUND);
    const subject = orderSubject({ ...row, status: row.orderStatus });
    if (
      row.leadId === actor.accountId ||
      (await this.policy.decide(actor, 'outreach_order.provide', subject)) === 'allow'
    ) {
      return this.render(row, await this.volunteersOf(id));
    }
    const sees =
      (await this.policy.decide(actor, 'outreach_order.read', subject)) === 'allow' ||
      (await this.policy.decide(actor, 'outreach_activity.volunteer', subject)) === 'allow';
    if (!sees) throw new AppError(CoreErrors.NOT_FOUND);
    return this.render(row, null);
  }

  /** A volunteer of the provider joins an activity before it starts (again: nothing changes). */
  async join(actor: Actor, id: string, correlationId?: string, now = new Date()): Promise<ActivityView> {
    await this.asVolunteer(actor, id, async (tx, activity, mine) => {
      if (now >= activity.startsAt) throw new AppError(OutreachErrors.ACTIVITY_STARTED);
      if (mine) return;
      await this.activities.addVolunteer(tx, {
        activityId: id,
        accountId: actor.accountId,
        teamId: activity.providerId,
      });
      await this.record(tx, actor, 'outreach.volunteer_joined', activity, correlationId);
    });
    return this.get(actor, id);
  }

  /** A volunteer leaves an activity before it starts (not having joined: nothing changes). */
  async leave(actor: Actor, id: string, correlationId?: string, now = new Date()): Promise<ActivityView> {
    await this.asVolunteer(actor, id, async (tx, activity, mine) => {
      if (now >= activity.startsAt) throw new AppError(OutreachErrors.ACTIVITY_STARTED);
      if (!mine) return;
      await this.activities.removeVolunteer(tx, id, actor.accountId);
      await this.record(tx, actor, 'outreach.volunteer_left', activity, correlationId);
    });
    return this.get(actor, id);
  }

  /**
   * A volunteer of the provider signs in with the lead's code, joining if they had not; signing in
   * again keeps the first time.
   */
  async signIn(
    actor: Actor,
    id: string,
    body: SignCodeDto,
    correlationId?: string,
    now = new Date(),
  ): Promise<AttendanceView> {
    return this.asVolunteer(actor, id, async (tx, activity, mine) => {
      this.checkSignCode(activity, body.code, now);
      if (mine?.signedOutAt) throw new AppError(OutreachErrors.ALREADY_SIGNED_OUT);
      if (mine?.signedInAt) return this.attendance(activity, mine);
      if (mine) await this.activities.updateVolunteer(tx, id, actor.accountId, { signedInAt: now });
      else {
        await this.activities.addVolunteer(tx, {
          activityId: id,
          accountId: actor.accountId,
          teamId: activity.providerId,
          signedInAt: now,
        });
      }
      await this.record(tx, actor, 'outreach.signed_in', activity, correlationId);
      return this.attendance(activity, { signedInAt: now, signedOutAt: null, creditedMinutes: null });
    });
  }

  /** A volunteer signs out with the code; the time is credited by the 60 % rule, and the answer says why if it is not. */
  async signOut(
    actor: Actor,
    id: string,
    body: SignCodeDto,
    correlationId?: string,
    now = new Date(),
  ): Promise<AttendanceView> {
    return this.asVolunteer(actor, id, async (tx, activity, mine) => {
      this.checkSignCode(activity, body.code, now);
      if (!mine?.signedInAt) throw new AppError(OutreachErrors.NOT_SIGNED_IN);
      if (mine.signedOutAt) throw new AppError(OutreachErrors.ALREADY_SIGNED_OUT);
      const { creditedMinutes: credited } = credit(activity, mine.signedInAt, now);
      await this.activities.updateVolunteer(tx, id, actor.accountId, { signedOutAt: now, creditedMinutes: credited });
      await this.record(tx, actor, 'outreach.signed_out', activity, correlationId, { creditedMinutes: credited });
      return this.attendance(activity, { signedInAt: mine.signedInAt, signedOutAt: now, creditedMinutes: credited });
    });
  }

  /**
   * A volunteer's change to an activity of an order still planned: the activity is share-locked (a
   * move or a completion waits) and the volunteer's own row locked, once the actor volunteers for
   * the provider.
   */
  private async asVolunteer<T>(
    actor: Actor,
    id: string,
    change: (tx: EntityManager, activity: Activity, mine: ActivityVolunteer | null) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      const activity = await this.activities.lockShared(tx, id);
      if (!activity) throw new AppError(CoreErrors.NOT_FOUND);
      const order = await this.orderStore.get(tx, activity.orderId);
      await this.policy.authorize(actor, 'outreach_activity.volunteer', orderSubject(order));
      requireStatus(order, ORDER_PLANNED);
      const mine = await this.activities.lockVolunteer(tx, id, actor.accountId);
      return change(tx, activity, mine);
    });
  }

  /** Signing in and out is open around the activity, and takes its code. */
  private checkSignCode(activity: Activity, code: string, now: Date): void {
    const opensAt = minutesAfter(activity.startsAt, -SIGN_IN_OPENS_MINUTES);
    const closesAt = minutesAfter(activity.endsAt, SIGN_IN_CLOSES_MINUTES);
    if (now < opensAt || now > closesAt) {
      throw new AppError(OutreachErrors.SIGN_IN_NOT_OPEN, {
        opensAt: shanghaiIso(opensAt),
        closesAt: shanghaiIso(closesAt),
      });
    }
    if (code !== activity.signCode) throw new AppError(OutreachErrors.SIGN_CODE_WRONG);
  }

  private attendance(
    activity: Activity,
    mine: Pick<ActivityVolunteer, 'signedInAt' | 'signedOutAt' | 'creditedMinutes'>,
  ): AttendanceView {
    const signedInAt = mine.signedInAt as Date;
    const result = mine.signedOutAt && credit(activity, signedInAt, mine.signedOutAt);
    const required = requiredMinutes(activity);
    return {
      activityId: activity.id,
      signedInAt: shanghaiIso(signedInAt),
      signedOutAt: iso(mine.signedOutAt),
      attendedMinutes: result ? result.attendedMinutes : null,
      requiredMinutes: required,
      creditedMinutes: mine.creditedMinutes,
      note:
        result && mine.creditedMinutes === 0
          ? `在场 ${result.attendedMinutes} 分钟，不足计划时长的 60%（${required} 分钟），本次不计入志愿服务时长。\n` +
            `You were there ${result.attendedMinutes} minutes, under 60 % of the scheduled time (${required} minutes), so none is credited.`
          : null,
    };
  }

  /** The roles (operator, volunteer) an active account holds for the provider: none means it may not lead. */
  private async leadRoles(tx: EntityManager, accountId: string, providerId: string): Promise<Role[]> {
    const holders = await this.roleHolders.ofOrganisations([providerId], [Role.Operator, Role.Volunteer], tx);
    return holders.filter((holder) => holder.accountId === accountId).map((holder) => holder.role);
  }

  private async row(tx: EntityManager, id: string, viewerId: string): Promise<ActivityRow> {
    return (await this.rows([id], viewerId, tx))[0];
  }

  /** Activities with their order, names and counts, and the viewer's own participation, in the order of `ids`. */
  private async rows(ids: string[], viewerId: string, manager?: EntityManager): Promise<ActivityRow[]> {
    if (!ids.length) return [];
    const rows = await this.activities.rows(ids, viewerId, manager);
    const leadNames = await this.accounts.displayNames(
      rows.map((r) => r.leadId),
      manager,
    );
    return ids.flatMap((id) =>
      rows.filter((r) => r.id === id).map((r) => ({ ...r, leadName: leadNames.get(r.leadId) ?? '' })),
    );
  }

  private async volunteersOf(activityId: string, manager?: EntityManager): Promise<ActivityVolunteerView[]> {
    const rows = await this.activities.volunteerRows(activityId, manager);
    // A volunteer is named as their profile gives it, else by their account.
    const accountNames = await this.accounts.displayNames(
      rows.map((r) => r.accountId),
      manager,
    );
    return rows.map(({ realName, ...r }) => ({
      ...r,
      name: realName ?? accountNames.get(r.accountId) ?? '',
      joinedAt: shanghaiIso(r.joinedAt),
      signedInAt: iso(r.signedInAt),
      signedOutAt: iso(r.signedOutAt),
    }));
  }

  /** `volunteers` (the provider's operators and the lead only) also shows the sign-in code; null leaves both out. */
  private render(row: ActivityRow, volunteers: ActivityVolunteerView[] | null): ActivityView {
    return {
      id: row.id,
      orderId: row.orderId,
      orderStatus: row.orderStatus,
      title: row.title,
      topic: row.topic,
      providerId: row.providerId,
      providerName: row.providerName,
      ordererName: row.ordererName,
      address: row.address,
      regionCode: row.regionCode,
      startsAt: shanghaiIso(row.startsAt),
      endsAt: shanghaiIso(row.endsAt),
      signInOpensAt: shanghaiIso(minutesAfter(row.startsAt, -SIGN_IN_OPENS_MINUTES)),
      signInClosesAt: shanghaiIso(minutesAfter(row.endsAt, SIGN_IN_CLOSES_MINUTES)),
      leadId: row.leadId,
      leadName: row.leadName,
      volunteerCount: row.volunteerCount,
      signCode: volunteers ? row.signCode : null,
      volunteers,
      joined: row.joined,
      signedInAt: iso(row.signedInAt),
      signedOutAt: iso(row.signedOutAt),
      creditedMinutes: row.creditedMinutes,
      peopleReached: row.peopleReached,
      completedAt: iso(row.completedAt),
      rating: row.rating,
      ratingComment: row.ratingComment,
      ratedAt: iso(row.ratedAt),
    };
  }

  private facts(row: ActivityRow): ActivityFacts {
    return {
      title: row.title,
      ordererName: row.ordererName,
      providerName: row.providerName,
      address: row.address,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      leadName: row.leadName,
    };
  }

  private async record(
    tx: EntityManager,
    actor: Actor,
    action: string,
    activity: Activity,
    correlationId?: string,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await this.audit.record(
      {
        actorId: actor.accountId,
        action,
        subjectType: 'outreach_activity',
        subjectId: activity.id,
        details: { orderId: activity.orderId, providerId: activity.providerId, ...details },
        correlationId,
      },
      tx,
    );
  }
}

/** Six random digits: what volunteers type to sign in and out. */
const newSignCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');
