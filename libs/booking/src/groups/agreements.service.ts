import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, AuditService, CoreErrors, Page, pageWindow, queriesOn, fieldProblem } from '@kepu/core';
import { Actor, PolicyService, Role } from '@kepu/identity';
import { Organisation, Resource } from '@kepu/register';
import { addDays, daysBetween } from '@kepu/schedule';
import { BookingErrors } from '../booking-errors';
import { GroupMessages } from './group-messages';
import { GroupNotices } from './group-notices';
import { AgreementsStore } from './agreements.store';
import { GroupReferences } from './group-references';
import { partiesOf } from './group-scope';
import { GroupAgreement } from './group-visit.entity';
import { AgreementDto, AgreementListDto } from './group-visits.dto';
import { AgreementView } from './group.views';
import { BookingProblems } from '../booking-problems';

export interface SchoolTerm {
  /** e.g. `2026-autumn` */
  key: string;
  label: string;
  from: string;
  to: string;
}

/** Chinese school terms: autumn from September to January, spring from February to August (summer included). */
export function schoolTerm(date: string): SchoolTerm {
  const [year, month] = date.split('-').map(Number);
  if (month >= 9 || month === 1) {
    const start = month === 1 ? year - 1 : year;
    return {
      key: `${start}-autumn`,
      label: `${start}年秋季学期 Autumn ${start}`,
      from: `${start}-09-01`,
      to: `${start + 1}-01-31`,
    };
  }
  return {
    key: `${year}-spring`,
    label: `${year}年春季学期 Spring ${year}`,
    from: `${year}-02-01`,
    to: `${year}-08-31`,
  };
}

/** The terms an agreement's dates touch, in order. */
export function termsBetween(from: string, to: string): SchoolTerm[] {
  const terms: SchoolTerm[] = [];
  for (let day = from; day <= to; day = addDays(schoolTerm(day).to, 1)) terms.push(schoolTerm(day));
  return terms;
}

/**
 * Yearly cooperation agreements (馆校合作协议): a venue offers one to a verified school with a quota
 * of visits, a teacher signs it, and requests in its term are marked and counted against it.
 */
@Injectable()
export class AgreementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agreements: AgreementsStore,
    private readonly references: GroupReferences,
    private readonly policy: PolicyService,
    private readonly notices: GroupNotices,
    private readonly audit: AuditService,
  ) {}

  async offer(actor: Actor, body: AgreementDto, correlationId?: string): Promise<AgreementView> {
    const resource = await this.references.findVenue(body.resourceId);
    if (!resource) throw new AppError(CoreErrors.NOT_FOUND);
    await this.policy.authorize(actor, 'group_agreement.offer', resource);
    const school = await this.references.findSchool(body.schoolId);
    if (!school || school.kind !== 'school' || !school.verifiedAt) {
      throw new AppError(BookingErrors.SCHOOL_NOT_VERIFIED, [
        fieldProblem('schoolId', BookingProblems.SCHOOL_NOT_VERIFIED, { schoolId: body.schoolId }),
      ]);
    }
    if (body.endsOn <= body.startsOn || daysBetween(body.startsOn, body.endsOn) > 366) {
      throw new AppError(BookingErrors.AGREEMENT_TOO_LONG, [
        fieldProblem('endsOn', BookingProblems.AGREEMENT_TOO_LONG, { endsOn: body.endsOn }),
      ]);
    }
    return this.dataSource.transaction(async (tx) => {
      await this.agreements.lockPair(tx, resource.id, school.id);
      if (await this.agreements.overlaps(tx, resource.id, school.id, body.startsOn, body.endsOn)) {
        throw new AppError(BookingErrors.AGREEMENT_OVERLAPS);
      }
      const agreement = await this.agreements.insert(tx, {
        ...body,
        note: body.note || null,
        status: 'proposed',
        createdBy: actor.accountId,
      });
      await this.record(tx, actor, 'group_agreement.offered', agreement, correlationId);
      const term = `${agreement.startsOn} – ${agreement.endsOn}`;
      await this.notices.toSchool(tx, school.id, GroupMessages.agreement.offered(resource.name, school.name, term));
      return (await this.render(tx, [agreement]))[0];
    });
  }

  async sign(actor: Actor, id: string, correlationId?: string): Promise<AgreementView> {
    return this.change(actor, id, 'group_agreement.sign', ['proposed'], correlationId, (agreement) => {
      Object.assign(agreement, { status: 'active', signedBy: actor.accountId, signedAt: new Date() });
      return { action: 'group_agreement.signed', message: GroupMessages.agreement.signed, to: 'venue' as const };
    });
  }

  /** Either side ends it; visits already counted stay counted. */
  async end(actor: Actor, id: string, correlationId?: string): Promise<AgreementView> {
    return this.change(actor, id, 'group_agreement.end', ['proposed', 'active'], correlationId, (agreement) => {
      const bySchool = actor.organisationsAs(Role.School).includes(agreement.schoolId);
      Object.assign(agreement, { status: 'ended', endedAt: new Date() });
      return {
        action: 'group_agreement.ended',
        message: GroupMessages.agreement.ended,
        to: bySchool ? ('venue' as const) : ('school' as const),
      };
    });
  }

  private async change(
    actor: Actor,
    id: string,
    policyAction: string,
    allowed: GroupAgreement['status'][],
    correlationId: string | undefined,
    apply: (agreement: GroupAgreement) => {
      action: string;
      message: (venue: string, school: string, term: string) => { kind: string; subject: string; text: string };
      to: 'venue' | 'school';
    },
  ): Promise<AgreementView> {
    return this.dataSource.transaction(async (tx) => {
      const { agreement, resource } = await this.agreementFor(actor, id, policyAction, tx, true);
      const school = await this.references.getSchool(agreement.schoolId, tx);
      if (!allowed.includes(agreement.status)) {
        throw new AppError(BookingErrors.AGREEMENT_WRONG_STATE, { status: agreement.status });
      }
      const outcome = apply(agreement);
      await this.agreements.save(tx, agreement);
      await this.record(tx, actor, outcome.action, agreement, correlationId);
      const message = outcome.message(resource.name, school.name, `${agreement.startsOn} – ${agreement.endsOn}`);
      if (outcome.to === 'venue') await this.notices.toVenue(tx, resource, message);
      else await this.notices.toSchool(tx, school.id, message);
      return (await this.render(tx, [agreement]))[0];
    });
  }

  async get(actor: Actor, id: string): Promise<AgreementView> {
    const { agreement } = await this.agreementFor(actor, id, 'group_agreement.read', this.dataSource.manager);
    return (await this.render(this.dataSource.manager, [agreement]))[0];
  }

  /** An agreement and its venue, once the actor may do `action` with it; locked when about to change. */
  private async agreementFor(actor: Actor, id: string, action: string, tx: EntityManager, lock = false) {
    const agreement = lock ? await this.agreements.lock(tx, id) : await this.agreements.findById(id, tx);
    if (!agreement) throw new AppError(CoreErrors.NOT_FOUND);
    const resource = await this.references.getVenue(agreement.resourceId, tx);
    await this.policy.authorize(actor, action, { schoolId: agreement.schoolId, venue: resource });
    return { agreement, resource };
  }

  /** Each side's agreements, administrators their region's, with usage per term. */
  async list(actor: Actor, query: AgreementListDto): Promise<Page<AgreementView>> {
    const { agreements, total } = await this.agreements.page(
      { parties: partiesOf(actor), resourceId: query.resourceId, schoolId: query.schoolId },
      pageWindow(query),
    );
    return {
      items: await this.render(this.dataSource.manager, agreements),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * The active agreement a new request on `date` counts against, if it has quota left: a class split
   * across slots counts once. The agreement's row lock makes concurrent requests count one after another.
   */
  async covering(tx: EntityManager, resourceId: string, schoolId: string, date: string): Promise<string | null> {
    const agreement = await this.agreements.lockActiveOn(tx, resourceId, schoolId, date);
    if (!agreement) return null;
    const counted = await this.agreements.classesCounted(tx, agreement.id);
    return counted < agreement.visitQuota ? agreement.id : null;
  }

  private async render(tx: EntityManager, agreements: GroupAgreement[]): Promise<AgreementView[]> {
    if (!agreements.length) return [];
    const ids = (items: string[]) => [...new Set(items)];
    const [resources, schools, counts] = await queriesOn(tx, [
      () => this.references.venues(ids(agreements.map((a) => a.resourceId)), tx),
      () => this.references.schools(ids(agreements.map((a) => a.schoolId)), tx),
      () =>
        this.agreements.uses(
          agreements.map((a) => a.id),
          tx,
        ),
    ]);
    return agreements.map((a) => {
      const resource = resources.find((r) => r.id === a.resourceId) as Resource;
      const school = schools.find((s) => s.id === a.schoolId) as Organisation;
      const mine = counts.filter((c) => c.agreementId === a.id);
      const approved = mine.filter((c) => c.approved);
      const used = approved.length;
      const pending = mine.length - used;
      return {
        id: a.id,
        status: a.status,
        venue: { id: resource.id, name: resource.name, nameEn: resource.nameEn },
        school: { id: school.id, name: school.name },
        startsOn: a.startsOn,
        endsOn: a.endsOn,
        visitQuota: a.visitQuota,
        note: a.note,
        signedAt: a.signedAt,
        usage: {
          used,
          pending,
          remaining: Math.max(0, a.visitQuota - used - pending),
          terms: termsBetween(a.startsOn, a.endsOn).map((term) => ({
            ...term,
            used: approved.filter((c) => c.visitDate && c.visitDate >= term.from && c.visitDate <= term.to).length,
          })),
        },
        createdAt: a.createdAt,
      };
    });
  }

  private async record(
    tx: EntityManager,
    actor: Actor,
    action: string,
    agreement: GroupAgreement,
    correlationId?: string,
  ): Promise<void> {
    await this.audit.record(
      {
        actorId: actor.accountId,
        action,
        subjectType: 'group_agreement',
        subjectId: agreement.id,
        details: { resourceId: agreement.resourceId, schoolId: agreement.schoolId, visitQuota: agreement.visitQuota },
        correlationId,
      },
      tx,
    );
  }
}
