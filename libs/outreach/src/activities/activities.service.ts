import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { AppError, AuditService, CoreErrors, Page, pageWindow, fieldProblem, CommonProblems } from '@kepu/core';
import { AccountsService, Actor, PolicyService, Role, RoleHolders } from '@kepu/identity';
import { shanghaiIso, shanghaiToday } from '@kepu/schedule';
import { MenuCatalogue } from '../menu/menu-catalogue';
import { OrderStatus, OutreachOrder } from '../orders/order.entity';
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
import { credit, requiredMinutes } from './credited-minutes';
import { OutreachProblems } from '../outreach-problems';

/** Volunteers sign in and out from an hour before the start to two hours after the end. */
const SIGN_IN_OPENS_MINUTES = 60;
const SIGN_IN_CLOSES_MINUTES = 120;
/** Orders whose activity volunteers may join and sign in to. */
const ORDER_PLANNED: readonly OrderStatus[] = ['scheduled', 'confirmed'];

/** An activity's title in SQL, from `outreach_orders o LEFT JOIN outreach_menu_items m`: the menu item's, or the free request's topic. */
export const ACTIVITY_TITLE = `coalesce(m.published_content->>'title', o.topic)`;

/** An activity with its order and names, as one query reads it for the views and the texts. */
interface ActivityRow {
  id: string;
  orderId: string;
  orderStatus: OrderStatus;
  ordererId: string;
  orderedBy: string;
  menuItemId: string | null;
  title: string;
  topic: string;
  address: string;
  regionCode: string;
  providerId: string;
  providerName: string;
  ordererName: string;
  startsAt: Date;
  endsAt: Date;
  leadId: string;
  leadName: string;
  signCode: string;
  peopleReached: number | null;
  completedAt: Date | null;
  rating: number | null;
  ratingComment: string | null;
  ratedAt: Date | null;
  volunteerCount: number;
  joined: boolean;
  signedInAt: Date | null;
  signedOutAt: Date | null;
  creditedMinutes: number | null;
}

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
      let existing = await tx.findOne(Activity, { where: { orderId }, lock: { mode: 'pessimistic_write' } });
      // Sign-ins are measured against the time they were made for: once one is, the time stays.
      if (existing && (await tx.existsBy(ActivityVolunteer, { activityId: existing.id, signedInAt: Not(IsNull()) }))) {
        throw new AppError(OutreachErrors.ORDER_WRONG_STATE, { status: order.status });
      }
      // Planned by a provider that has since declined the order: its volunteers are not the new provider's.
      if (existing && existing.providerId !== providerId) {
        await tx.delete(Activity, { id: existing.id });
        existing = null;
      }
      const activity = existing ?? tx.create(Activity, { orderId, providerId });
      Object.assign(activity, { startsAt, endsAt, leadId: body.leadId, signCode: newSignCode() });
      await tx.save(activity);
      await tx.update(OutreachOrder, { id: orderId }, { status: 'scheduled' });
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
        const joined = await tx.findBy(ActivityVolunteer, { activityId: activity.id });
        await this.notices.toAccounts(
          tx,
          joined.map((v) => v.accountId),
          ActivityMessages.toVolunteers.moved(facts),
        );
      }
      return this.render(row, await this.volunteersOf(tx, activity.id));
    });
  }

  /** The orderer agrees to the time the provider set; the provider's operators and the lead are told. */
  async confirm(actor: Actor, orderId: string, correlationId?: string): Promise<ActivityView> {
    return this.dataSource.transaction(async (tx) => {
      await this.orders.lockForAction(tx, actor, orderId, 'outreach_order.respond', ['scheduled']);
      await tx.update(OutreachOrder, { id: orderId }, { status: 'confirmed' });
      const activity = await tx.findOneByOrFail(Activity, { orderId });
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
      const activity = await tx.findOneOrFail(Activity, { where: { orderId }, lock: { mode: 'pessimistic_write' } });
      if (now < activity.endsAt) {
        throw new AppError(OutreachErrors.ACTIVITY_NOT_OVER, { endsAt: shanghaiIso(activity.endsAt) });
      }
      const stillIn = await tx.find(ActivityVolunteer, {
        where: { activityId: activity.id, signedInAt: Not(IsNull()), signedOutAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      for (const volunteer of stillIn) {
        const signedInAt = volunteer.signedInAt as Date;
        const signedOutAt = signedInAt < activity.endsAt ? activity.endsAt : now;
        await tx.update(
          ActivityVolunteer,
          { activityId: activity.id, accountId: volunteer.accountId },
          { signedOutAt, creditedMinutes: credit(activity, signedInAt, signedOutAt).creditedMinutes },
        );
      }
      Object.assign(activity, { peopleReached: body.peopleReached, completedAt: now });
      await tx.save(activity);
      await tx.update(OutreachOrder, { id: orderId }, { status: 'completed' });
      await this.record(tx, actor, 'outreach.completed', activity, correlationId, {
        peopleReached: body.peopleReached,
        signedOutAtCompletion: stillIn.map((v) => v.accountId),
      });
      const row = await this.row(tx, activity.id, actor.accountId);
      await this.notices.toAccounts(tx, [order.orderedBy], ActivityMessages.toOrderer.completed(this.facts(row)));
      return this.render(row, await this.volunteersOf(tx, activity.id));
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
      await tx.update(
        OutreachOrder,
        { id: orderId },
        { rating: body.score, ratingComment: comment, ratedAt: new Date() },
      );
      if (order.menuItemId) await this.menu.recordRating(tx, order.menuItemId, body.score);
      const activity = await tx.findOneByOrFail(Activity, { orderId });
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
    const { limit, offset } = pageWindow(query);
    const rows: { id: string; total: number }[] = await this.dataSource.query(
      `SELECT a.id, count(*) OVER ()::int AS total
         FROM outreach_activities a JOIN outreach_orders o ON o.id = a.order_id
        WHERE a.provider_id = ANY($1) AND o.status = ANY($2) AND a.ends_at > $3
        ORDER BY a.starts_at, a.id
        LIMIT ${limit} OFFSET ${offset}`,
      [actor.organisationsAs(Role.Volunteer), ORDER_PLANNED, now],
    );
    const loaded = await this.rows(
      this.dataSource.manager,
      rows.map((r) => r.id),
      actor.accountId,
    );
    return {
      items: loaded.map((row) => this.render(row, null)),
      total: rows[0]?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * One activity: with its code and volunteers for the provider's operators and the lead; without
   * them for its volunteers, the orderer and the district. Hidden from everyone else.
   */
  async get(actor: Actor, id: string): Promise<ActivityView> {
    const manager = this.dataSource.manager;
    const [row] = await this.rows(manager, [id], actor.accountId);
    if (!row) throw new AppError(CoreErrors.NOT_FOUND);
    const subject = orderSubject({ ...row, status: row.orderStatus });
    if (
      row.leadId === actor.accountId ||
      (await this.policy.decide(actor, 'outreach_order.provide', subject)) === 'allow'
    ) {
      return this.render(row, await this.volunteersOf(manager, id));
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
      await tx.insert(ActivityVolunteer, { activityId: id, accountId: actor.accountId, teamId: activity.providerId });
      await this.record(tx, actor, 'outreach.volunteer_joined', activity, correlationId);
    });
    return this.get(actor, id);
  }

  /** A volunteer leaves an activity before it starts (not having joined: nothing changes). */
  async leave(actor: Actor, id: string, correlationId?: string, now = new Date()): Promise<ActivityView> {
    await this.asVolunteer(actor, id, async (tx, activity, mine) => {
      if (now >= activity.startsAt) throw new AppError(OutreachErrors.ACTIVITY_STARTED);
      if (!mine) return;
      await tx.delete(ActivityVolunteer, { activityId: id, accountId: actor.accountId });
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
      const key = { activityId: id, accountId: actor.accountId };
      if (mine) await tx.update(ActivityVolunteer, key, { signedInAt: now });
      else await tx.insert(ActivityVolunteer, { ...key, teamId: activity.providerId, signedInAt: now });
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
      await tx.update(
        ActivityVolunteer,
        { activityId: id, accountId: actor.accountId },
        { signedOutAt: now, creditedMinutes: credited },
      );
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
      const activity = await tx.findOne(Activity, { where: { id }, lock: { mode: 'pessimistic_read' } });
      if (!activity) throw new AppError(CoreErrors.NOT_FOUND);
      const order = await tx.findOneByOrFail(OutreachOrder, { id: activity.orderId });
      await this.policy.authorize(actor, 'outreach_activity.volunteer', orderSubject(order));
      requireStatus(order, ORDER_PLANNED);
      const mine = await tx.findOne(ActivityVolunteer, {
        where: { activityId: id, accountId: actor.accountId },
        lock: { mode: 'pessimistic_write' },
      });
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
    return (await this.rows(tx, [id], viewerId))[0];
  }

  /** Activities with their order, names and counts, and the viewer's own participation, in the order of `ids`. */
  private async rows(tx: EntityManager, ids: string[], viewerId: string): Promise<ActivityRow[]> {
    if (!ids.length) return [];
    const rows: Omit<ActivityRow, 'leadName'>[] = await tx.query(
      `SELECT a.id, a.order_id AS "orderId", o.status AS "orderStatus", o.orderer_id AS "ordererId",
              o.ordered_by AS "orderedBy", o.menu_item_id AS "menuItemId", ${ACTIVITY_TITLE} AS title, o.topic,
              o.address, o.region_code AS "regionCode", a.provider_id AS "providerId", p.name AS "providerName",
              orderer.name AS "ordererName", a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.lead_id AS "leadId",
              a.sign_code AS "signCode", a.people_reached AS "peopleReached",
              a.completed_at AS "completedAt", o.rating, o.rating_comment AS "ratingComment", o.rated_at AS "ratedAt",
              (SELECT count(*)::int FROM outreach_activity_volunteers c WHERE c.activity_id = a.id) AS "volunteerCount",
              me.account_id IS NOT NULL AS joined, me.signed_in_at AS "signedInAt", me.signed_out_at AS "signedOutAt",
              me.credited_minutes AS "creditedMinutes"
         FROM outreach_activities a
         JOIN outreach_orders o ON o.id = a.order_id
         LEFT JOIN outreach_menu_items m ON m.id = o.menu_item_id
         JOIN organisation_names p ON p.id = a.provider_id
         JOIN organisation_names orderer ON orderer.id = o.orderer_id
         LEFT JOIN outreach_activity_volunteers me ON me.activity_id = a.id AND me.account_id = $2
        WHERE a.id = ANY($1)`,
      [ids, viewerId],
    );
    const leadNames = await this.accounts.displayNames(
      rows.map((r) => r.leadId),
      tx,
    );
    return ids.flatMap((id) =>
      rows.filter((r) => r.id === id).map((r) => ({ ...r, leadName: leadNames.get(r.leadId) ?? '' })),
    );
  }

  private async volunteersOf(tx: EntityManager, activityId: string): Promise<ActivityVolunteerView[]> {
    const rows: {
      accountId: string;
      realName: string | null;
      joinedAt: Date;
      signedInAt: Date | null;
      signedOutAt: Date | null;
      creditedMinutes: number | null;
    }[] = await tx.query(
      `SELECT v.account_id AS "accountId", vp.real_name AS "realName", v.joined_at AS "joinedAt",
              v.signed_in_at AS "signedInAt", v.signed_out_at AS "signedOutAt", v.credited_minutes AS "creditedMinutes"
         FROM outreach_activity_volunteers v
         LEFT JOIN volunteer_profiles vp ON vp.account_id = v.account_id
        WHERE v.activity_id = $1 ORDER BY v.joined_at, v.account_id`,
      [activityId],
    );
    // A volunteer is named as their profile gives it, else by their account.
    const accountNames = await this.accounts.displayNames(
      rows.map((r) => r.accountId),
      tx,
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
