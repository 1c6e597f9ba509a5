import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AppError,
  AuditService,
  CoreErrors,
  IdempotencyService,
  IdempotentResponse,
  Page,
  pageWindow,
  PersonalDataCipher,
  fieldProblem,
  CommonProblems,
} from '@kepu/core';
import { AccountContacts, Actor, IdentityErrors, maskLogin, PolicyService, Role, RoleHolders } from '@kepu/identity';
import { Organisation } from '@kepu/register';
import { shanghaiInstant, shanghaiToday, Slot } from '@kepu/schedule';
import { BookingErrors } from '../booking-errors';
import { BookingsService } from '../bookings/bookings.service';
import { ContactPhones } from '../bookings/contact-phones';
import { AgreementsService } from './agreements.service';
import { GroupFacts, GroupMessage, GroupMessages } from './group-messages';
import { GroupNotices } from './group-notices';
import { GroupBookingsStore } from './group-bookings.store';
import { partiesOf } from './group-scope';
import { GroupPlaces, partyOf } from './group-places';
import { GroupReferences } from './group-references';
import { AskedPart, askedParts } from './group-parts';
import { checkGroupSize } from './group-rules';
import { GROUP_VISIT_PENDING, GroupVisit, GroupVisitStatus } from './group-visit.entity';
import { GroupVisitViews, LoadedGroupVisit } from './group-visit-views.service';
import { GroupVisitsStore } from './group-visits.store';
import { Colleague, GroupFeedbackSummaryView, GroupVisitView } from './group.views';
import {
  GroupFeedbackDto,
  GroupVisitCancelDto,
  GroupVisitDecisionDto,
  GroupVisitHandOverDto,
  GroupVisitListDto,
  GroupVisitRequestDto,
  GroupVisitResponseDto,
} from './group-visits.dto';
import { BookingProblems } from '../booking-problems';

/** How long a school has to answer a proposal, at most (it lapses sooner if the proposed day comes first). */
const PROPOSAL_HOURS = 72;

/**
 * School group visits (馆校合作) from request to feedback: a teacher of a verified school asks for
 * up to three slots; the venue approves one (taking the group quota atomically), rejects it, or
 * proposes another slot, which holds the places until the teacher accepts or declines. Approved
 * visits are group bookings, checked in with one code. Every change is audited and told to the
 * other side through the outbox.
 */
@Injectable()
export class GroupVisitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly visits: GroupVisitsStore,
    private readonly references: GroupReferences,
    private readonly groupBookings: GroupBookingsStore,
    private readonly places: GroupPlaces,
    private readonly idempotency: IdempotencyService,
    private readonly cipher: PersonalDataCipher,
    private readonly policy: PolicyService,
    private readonly views: GroupVisitViews,
    private readonly notices: GroupNotices,
    private readonly agreements: AgreementsService,
    private readonly bookings: BookingsService,
    private readonly contactPhones: ContactPhones,
    private readonly audit: AuditService,
    private readonly accountContacts: AccountContacts,
    private readonly roleHolders: RoleHolders,
  ) {}

  /** Once per Idempotency-Key when the client sends one (a double tap then asks once); by proven accounts only. */
  async request(
    actor: Actor,
    body: GroupVisitRequestDto,
    key: string | undefined,
    now = new Date(),
  ): Promise<IdempotentResponse<GroupVisitView>> {
    await this.policy.authorize(actor, 'group_visit.request');
    if (!actor.verified) throw new AppError(IdentityErrors.ACCOUNT_NOT_VERIFIED);
    const work = async (tx: EntityManager) => ({ status: 201, body: await this.create(tx, actor, body, now) });
    if (key) return this.idempotency.run({ accountId: actor.accountId, scope: 'POST /group-visits', key, body }, work);
    return { ...(await this.dataSource.transaction(work)), replayed: false };
  }

  private async create(tx: EntityManager, actor: Actor, body: GroupVisitRequestDto, now: Date) {
    const school = await this.schoolOf(tx, actor, body.schoolId);
    const offering = await this.references.findOffering(body.offeringId, tx);
    const resource = offering && (await this.references.getVenue(offering.resourceId, tx));
    if (!offering || !resource || resource.status !== 'published') throw new AppError(CoreErrors.NOT_FOUND);
    if (offering.status !== 'active' || offering.audience === 'individual' || offering.groupCapacity === 0) {
      throw new AppError(BookingErrors.OFFERING_TAKES_NO_GROUPS);
    }
    checkGroupSize(offering, body);
    const parts = await askedParts(offering, body, shanghaiToday(now), (ids) => this.references.slots(ids, tx));
    const firstDay = (part: AskedPart) => part.slots.map((s) => shanghaiToday(s.startsAt)).sort()[0];
    const classDay = parts.map(firstDay).sort()[0];
    // A split class is one visit of an agreement; its parts share the first part's id.
    const agreementId = await this.agreements.covering(tx, resource.id, school.id, classDay);
    const splitId = parts.length > 1 ? randomUUID() : null;
    const visits: GroupVisit[] = [];
    for (const [i, part] of parts.entries()) {
      const visit = await this.visits.insert(tx, {
        ...(splitId && i === 0 && { id: splitId }),
        splitId,
        splitPart: splitId && i + 1,
        schoolId: school.id,
        requestedBy: actor.accountId,
        resourceId: resource.id,
        offeringId: offering.id,
        preferredSlotIds: part.slots.map((s) => s.id),
        status: 'requested',
        students: part.students,
        teachers: part.teachers,
        gradeBand: body.gradeBand,
        className: body.className ?? null,
        topic: body.topic,
        needs: body.needs || null,
        leaderName: body.leaderName,
        leaderPhone: this.cipher.encrypt(body.leaderPhone),
        // Undecided requests lapse when their first preferred day begins.
        expiresAt: shanghaiInstant(firstDay(part), 0),
        agreementId,
      });
      visits.push(visit);
    }
    const loaded = await this.views.load(tx, visits);
    for (const one of loaded) {
      const { visit } = one;
      await this.record(tx, actor, 'group_visit.requested', visit, {
        students: visit.students,
        teachers: visit.teachers,
        ...(splitId && { splitId, part: visit.splitPart }),
      });
      await this.notices.toVenue(tx, resource, GroupMessages.toVenue.requested(this.views.facts(one)));
      await this.notices.toAccounts(tx, [actor.accountId], GroupMessages.toSchool.received(this.views.facts(one)));
    }
    return this.views.render(loaded[0]);
  }

  /** The verified school the teacher acts for: named, or the only one. */
  private async schoolOf(tx: EntityManager, actor: Actor, schoolId?: string): Promise<Organisation> {
    const mine = actor.organisationsAs(Role.School);
    if (schoolId && !mine.includes(schoolId)) throw new AppError(BookingErrors.SCHOOL_NOT_VERIFIED);
    if (!schoolId && mine.length > 1) throw new AppError(BookingErrors.SCHOOL_REQUIRED);
    const school = await this.references.findSchool(schoolId ?? mine[0], tx);
    if (!school || school.kind !== 'school' || !school.verifiedAt)
      throw new AppError(BookingErrors.SCHOOL_NOT_VERIFIED);
    return school;
  }

  async get(actor: Actor, id: string): Promise<GroupVisitView> {
    const loaded = await this.visitFor(actor, id, 'group_visit.read', this.dataSource.manager);
    return this.views.render(loaded);
  }

  /**
   * A visit with everything its view shows, once the actor may do `action` with it; locked for
   * update when the caller is about to change it.
   */
  async visitFor(actor: Actor, id: string, action: string, tx: EntityManager, lock = false): Promise<LoadedGroupVisit> {
    const visit = lock ? await this.visits.lock(tx, id) : await this.visits.findById(id, tx);
    if (!visit) throw new AppError(CoreErrors.NOT_FOUND);
    const loaded = await this.views.one(tx, visit);
    await this.policy.authorize(actor, action, { schoolId: visit.schoolId, venue: loaded.resource });
    return loaded;
  }

  /**
   * The inbox: the school's visits for its teachers, the venues' for their operators, the
   * region's for administrators. Undecided ones first, soonest to lapse first; then by visit day.
   */
  async list(actor: Actor, query: GroupVisitListDto): Promise<Page<GroupVisitView>> {
    const { status, resourceId, schoolId, from, to } = query;
    const { visits, total } = await this.visits.page(
      { parties: partiesOf(actor), status, resourceId, schoolId, from, to },
      pageWindow(query),
    );
    const loaded = await this.views.load(this.dataSource.manager, visits);
    return {
      items: loaded.map((item) => this.views.render(item)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** The venue approves into a preferred slot, rejects with a reason, or proposes another slot of the offering. */
  async decide(actor: Actor, id: string, body: GroupVisitDecisionDto, correlationId?: string, now = new Date()) {
    return this.change(
      actor,
      id,
      'group_visit.decide',
      async (tx, loaded) => {
        const { visit, offering } = loaded;
        this.expect(loaded, ['requested'], now);
        visit.decidedBy = actor.accountId;
        visit.decidedAt = now;
        if (body.decision === 'reject') {
          if (!body.reason)
            throw new AppError(CoreErrors.REASON_REQUIRED, [fieldProblem('reason', CommonProblems.REASON_REQUIRED)]);
          Object.assign(visit, { status: 'rejected', reason: body.reason, expiresAt: null });
          return { action: 'group_visit.rejected', toSchool: GroupMessages.toSchool.rejected };
        }
        const slotId = body.slotId ?? (visit.preferredSlotIds.length === 1 ? visit.preferredSlotIds[0] : undefined);
        if (!slotId)
          throw new AppError(BookingErrors.SLOT_REQUIRED, [fieldProblem('slotId', BookingProblems.SLOT_REQUIRED)]);
        const slot = await this.references.findSlot(slotId, tx);
        if (!slot || slot.offeringId !== offering.id) {
          throw new AppError(BookingErrors.SLOT_NOT_IN_OFFERING, [
            fieldProblem('slotId', BookingProblems.SLOT_NOT_OFFERED, { slotId }),
          ]);
        }
        if (body.decision === 'approve') {
          if (!visit.preferredSlotIds.includes(slotId)) throw new AppError(BookingErrors.SLOT_NOT_PREFERRED);
          await this.places.hold(tx, visit, slot, offering, now);
          await this.places.book(tx, visit, slot, await this.leaderPhoneProven(tx, visit));
          Object.assign(visit, { status: 'approved', reason: body.reason ?? null, expiresAt: null });
          return { action: 'group_visit.approved', toSchool: GroupMessages.toSchool.approved };
        }
        // A proposal needs a day ahead for the school to answer; it lapses when that day begins, or sooner.
        if (shanghaiToday(slot.startsAt) <= shanghaiToday(now)) throw new AppError(BookingErrors.SLOT_PASSED);
        await this.places.hold(tx, visit, slot, offering, now);
        const answerBy = Math.min(
          now.getTime() + PROPOSAL_HOURS * 3_600_000,
          shanghaiInstant(visit.visitDate as string, 0).getTime(),
        );
        Object.assign(visit, { status: 'proposed', reason: body.reason ?? null, expiresAt: new Date(answerBy) });
        return { action: 'group_visit.proposed', toSchool: GroupMessages.toSchool.proposed };
      },
      correlationId,
    );
  }

  /** The school accepts the venue's proposal (its places are already held) or declines it. */
  async respond(actor: Actor, id: string, body: GroupVisitResponseDto, correlationId?: string, now = new Date()) {
    return this.change(
      actor,
      id,
      'group_visit.respond',
      async (tx, loaded) => {
        const { visit } = loaded;
        this.expect(loaded, ['proposed'], now);
        if (body.decision === 'accept') {
          const slot = await this.references.getSlot(visit.slotId as string, tx);
          await this.places.book(tx, visit, slot, await this.leaderPhoneProven(tx, visit));
          Object.assign(visit, { status: 'approved', expiresAt: null });
          return {
            action: 'group_visit.accepted',
            toVenue: GroupMessages.toVenue.accepted,
            toSchool: GroupMessages.toSchool.approved,
          };
        }
        await this.places.release(tx, visit.slotId as string, partyOf(visit));
        Object.assign(visit, { status: 'declined', reason: body.reason ?? null, expiresAt: null });
        return { action: 'group_visit.declined', toVenue: GroupMessages.toVenue.declined };
      },
      correlationId,
    );
  }

  /**
   * Either side calls a visit off while it is pending or approved: the school until its slot
   * starts, the venue until it ends. Held places go back to the group quota.
   */
  async cancel(actor: Actor, id: string, body: GroupVisitCancelDto, correlationId?: string, now = new Date()) {
    return this.change(
      actor,
      id,
      'group_visit.cancel',
      async (tx, loaded) => {
        const byVenue = !actor.organisationsAs(Role.School).includes(loaded.visit.schoolId);
        this.expect(loaded, ['requested', 'proposed', 'approved'], now);
        const slot = loaded.visit.slotId ? (loaded.slots.get(loaded.visit.slotId) as Slot) : null;
        if (slot && now >= (byVenue ? slot.endsAt : slot.startsAt)) throw new AppError(BookingErrors.SLOT_PASSED);
        await this.callOff(tx, loaded, byVenue ? 'venue' : 'school', body.reason ?? null);
        return byVenue
          ? { action: 'group_visit.cancelled_by_venue', toSchool: GroupMessages.toSchool.cancelled }
          : { action: 'group_visit.cancelled_by_school', toVenue: GroupMessages.toVenue.cancelled };
      },
      correlationId,
    );
  }

  /**
   * A teacher of the school hands an open visit (pending, or approved and not yet over) to a
   * colleague, or takes it over: an active, verified account holding the school role on the visit's
   * school. The new leader becomes its requester and the owner of its booking, so its messages go to
   * them from now on. The former leader's name and phone leave the visit: the leader's name becomes
   * the one given or the new leader's display name, the phone the one given or the new leader's own
   * verified phone (else none), texted only when it is that. The former leader and the venue are told.
   */
  async handOver(actor: Actor, id: string, body: GroupVisitHandOverDto, correlationId?: string, now = new Date()) {
    return this.change(
      actor,
      id,
      'group_visit.hand_over',
      async (tx, loaded) => {
        const { visit, booking } = loaded;
        this.expect(loaded, ['requested', 'proposed', 'approved'], now);
        const slot = visit.status === 'approved' ? loaded.slots.get(visit.slotId as string) : undefined;
        if (slot && now >= slot.endsAt) throw new AppError(BookingErrors.SLOT_PASSED);
        const from = visit.requestedBy;
        if (body.accountId === from) throw new AppError(BookingErrors.ALREADY_LEADS);
        const leader = await this.colleague(tx, visit.schoolId, body.accountId);
        const phone = body.leaderPhone ?? (await this.contactPhones.verifiedPhoneOf(tx, body.accountId));
        Object.assign(visit, {
          requestedBy: body.accountId,
          leaderName: body.leaderName ?? leader.displayName,
          leaderPhone: phone ? this.cipher.encrypt(phone) : null,
        });
        if (booking) {
          // The booking is the leader's too: its reminder goes to them, and deleting the former
          // leader's account must not erase the class's name list or its contact phone.
          await this.groupBookings.update(tx, booking.id, {
            accountId: body.accountId,
            contactPhone: visit.leaderPhone,
            contactPhoneVerified: await this.leaderPhoneProven(tx, visit),
          });
        }
        const name = visit.leaderName as string;
        return {
          action: 'group_visit.hand_over',
          details: { from, to: body.accountId },
          toSchool: GroupMessages.toSchool.nowLeading,
          toVenue: GroupMessages.toVenue.leaderChanged,
          toFormerLeader: { accountId: from, message: (f: GroupFacts) => GroupMessages.toSchool.handedOver(f, name) },
        };
      },
      correlationId,
    );
  }

  /**
   * The teachers of the visit's school who could lead it: active and verified, each with a masked
   * login so two of one name can be told apart. Only for those who may hand the visit over.
   */
  async colleagues(actor: Actor, id: string): Promise<Colleague[]> {
    const { visit } = await this.visitFor(actor, id, 'group_visit.hand_over', this.dataSource.manager);
    const teachers = await this.roleHolders.ofOrganisation(visit.schoolId, Role.School);
    const rows = (await this.accountContacts.contactsOf(teachers)).filter((teacher) => teacher.verified);
    return rows.map(({ id: accountId, displayName, email, phoneSealed }) => ({
      accountId,
      displayName,
      login: maskLogin(
        phoneSealed
          ? { kind: 'phone', value: this.cipher.decrypt(phoneSealed) }
          : { kind: 'email', value: email ?? '' },
      ),
      leads: accountId === visit.requestedBy,
    }));
  }

  /**
   * The account a visit may be handed to, read under a share lock: deleting that account waits for
   * the hand-over (and is then refused, GROUP_VISITS_OPEN), or a hand-over waiting for a deletion
   * sees the account deleted. A reason beyond "not a teacher here" is given only for the school's
   * own teachers, whom the caller knows already.
   */
  private async colleague(tx: EntityManager, schoolId: string, accountId: string): Promise<{ displayName: string }> {
    const account = await this.accountContacts.lock(tx, accountId, 'share');
    const teaches = await this.roleHolders.holds({ accountId, organisationId: schoolId, role: Role.School }, tx);
    const refuse = (reason: string) => new AppError(BookingErrors.LEADER_NOT_ELIGIBLE, { reason });
    if (!account || !teaches || account.status === 'deleted') throw refuse('not_a_teacher_here');
    if (account.status !== 'active') throw refuse('suspended');
    if (!account.verified) throw refuse('not_verified');
    return account;
  }

  /**
   * The group's booking may text its leader (the day-before reminder) only if the leader's phone is
   * the requesting teacher's own verified one; otherwise its news goes to the teacher's account.
   */
  private leaderPhoneProven(tx: EntityManager, visit: GroupVisit): Promise<boolean> {
    return this.contactPhones.isVerifiedOwn(tx, visit.requestedBy, visit.leaderPhone);
  }

  /** Cancels a visit and frees what it holds: a proposal's places, or an approved booking and its places. */
  private async callOff(tx: EntityManager, loaded: LoadedGroupVisit, by: 'school' | 'venue', reason: string | null) {
    const { visit, booking } = loaded;
    if (booking) {
      if (booking.status !== 'confirmed')
        throw new AppError(BookingErrors.GROUP_VISIT_WRONG_STATE, { status: booking.status });
      await this.bookings.markCancelled(tx, [booking.id], by === 'school' ? 'visitor' : 'venue');
      await this.places.release(tx, booking.slotId, booking.partySize);
    } else if (visit.status === 'proposed') {
      await this.places.release(tx, visit.slotId as string, partyOf(visit));
    }
    Object.assign(visit, { status: 'cancelled', cancelledBy: by, cancelledAt: new Date(), reason, expiresAt: null });
  }

  /** After the visit the teacher rates it once; the venue is told. */
  async feedback(actor: Actor, id: string, body: GroupFeedbackDto, correlationId?: string) {
    return this.change(
      actor,
      id,
      'group_visit.feedback',
      async (_tx, loaded) => {
        const { visit, booking } = loaded;
        if (booking?.status !== 'checked_in') throw new AppError(BookingErrors.FEEDBACK_NOT_YET);
        if (visit.rating !== null) throw new AppError(BookingErrors.FEEDBACK_ALREADY_GIVEN);
        Object.assign(visit, { rating: body.rating, feedback: body.comment || null, feedbackAt: new Date() });
        return {
          action: 'group_visit.feedback',
          details: { rating: body.rating },
          toVenue: (facts) => GroupMessages.toVenue.feedback(facts, body.rating),
        };
      },
      correlationId,
    );
  }

  /** What schools said about a venue's visits: count, average, how many gave each score, the latest comments. */
  async feedbackSummary(actor: Actor, resourceId: string): Promise<GroupFeedbackSummaryView> {
    const resource = await this.references.findVenue(resourceId);
    if (!resource) throw new AppError(CoreErrors.NOT_FOUND);
    await this.policy.authorize(actor, 'group_feedback.read', resource);
    const { totals, byRating, recent } = await this.visits.feedbackOf(resourceId);
    const gave = (rating: number) => byRating.find((b) => b.rating === rating)?.n ?? 0;
    return {
      resourceId,
      count: totals.count,
      average: totals.average,
      byRating: { '1': gave(1), '2': gave(2), '3': gave(3), '4': gave(4), '5': gave(5) },
      recent,
    };
  }

  /**
   * A venue cancelled a slot (schedule's `slot.cancelled`): approved and proposed visits in it are
   * cancelled by the venue, and requests left with no slot they could be approved into too.
   */
  async slotCancelled(tx: EntityManager, slotId: string): Promise<void> {
    const affected = await this.visits.lockTouchedBySlot(tx, slotId);
    for (const loaded of await this.views.load(tx, affected)) {
      const { visit, slots } = loaded;
      if (visit.status === 'requested' && visit.preferredSlotIds.some((id) => slots.get(id)?.status === 'scheduled')) {
        continue;
      }
      if (loaded.booking && loaded.booking.status !== 'confirmed') continue;
      await this.callOff(tx, loaded, 'venue', '场馆取消了该场次 The venue cancelled the slot');
      await this.visits.save(tx, visit);
      await this.notices.toSchool(tx, visit.schoolId, GroupMessages.toSchool.cancelled(this.views.facts(loaded)));
    }
  }

  /** Requests and proposals nobody answered in time lapse; a proposal's held places are freed. */
  async expireDue(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const due = await this.visits.lockOverdue(tx, now, 200);
      for (const loaded of await this.views.load(tx, due)) {
        const { visit } = loaded;
        if (visit.status === 'proposed') await this.places.release(tx, visit.slotId as string, partyOf(visit));
        Object.assign(visit, { status: 'expired', expiresAt: null });
        await this.visits.save(tx, visit);
        await this.record(tx, null, 'group_visit.expired', visit);
        const facts = this.views.facts(loaded);
        await this.notices.toSchool(tx, visit.schoolId, GroupMessages.toSchool.expired(facts));
        await this.notices.toVenue(tx, loaded.resource, GroupMessages.toVenue.expired(facts));
      }
      return due.length;
    });
  }

  /**
   * One state change of a visit: locks it, checks the actor's side, applies the change, saves,
   * audits and tells the other side, all in one transaction. The school's news goes to the visit's
   * leader (`requestedBy`) as it stands after the change.
   */
  private async change(
    actor: Actor,
    id: string,
    action: string,
    apply: (
      tx: EntityManager,
      loaded: LoadedGroupVisit,
    ) => Promise<{
      action: string;
      details?: Record<string, unknown>;
      toVenue?: (facts: GroupFacts) => GroupMessage;
      toSchool?: (facts: GroupFacts) => GroupMessage;
      toFormerLeader?: { accountId: string; message: (facts: GroupFacts) => GroupMessage };
    }>,
    correlationId?: string,
  ): Promise<GroupVisitView> {
    return this.dataSource.transaction(async (tx) => {
      const before = await this.visitFor(actor, id, action, tx, true);
      const { visit } = before;
      const outcome = await apply(tx, before);
      await this.visits.save(tx, visit);
      const after = await this.views.one(tx, visit);
      await this.record(tx, actor, outcome.action, visit, outcome.details, correlationId);
      const facts = this.views.facts(after);
      if (outcome.toVenue) await this.notices.toVenue(tx, after.resource, outcome.toVenue(facts));
      if (outcome.toSchool) await this.notices.toAccounts(tx, [visit.requestedBy], outcome.toSchool(facts));
      const former = outcome.toFormerLeader;
      if (former) await this.notices.toAccounts(tx, [former.accountId], former.message(facts));
      return this.views.render(after);
    });
  }

  /** Pending visits past their deadline count as expired even before the job has marked them. */
  private expect(loaded: LoadedGroupVisit, allowed: GroupVisitStatus[], now: Date): void {
    const { visit } = loaded;
    const lapsed = GROUP_VISIT_PENDING.includes(visit.status) && visit.expiresAt && visit.expiresAt <= now;
    if (!allowed.includes(visit.status) || lapsed) {
      throw new AppError(BookingErrors.GROUP_VISIT_WRONG_STATE, { status: lapsed ? 'expired' : visit.status });
    }
  }

  private async record(
    tx: EntityManager,
    actor: Actor | null,
    action: string,
    visit: GroupVisit,
    details: Record<string, unknown> = {},
    correlationId?: string,
  ): Promise<void> {
    await this.audit.record(
      {
        actorId: actor?.accountId ?? null,
        action,
        subjectType: 'group_visit',
        subjectId: visit.id,
        details: { resourceId: visit.resourceId, schoolId: visit.schoolId, slotId: visit.slotId, ...details },
        correlationId,
      },
      tx,
    );
  }
}
