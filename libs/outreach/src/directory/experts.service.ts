import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AppError,
  AuditService,
  CoreErrors,
  RegionTree,
  isUniqueViolation,
  OutboxService,
  Page,
  PageQueryDto,
  pageWindow,
  PersonalDataHolder,
  PersonalDataRegistry,
  PersonalDataSection,
  fieldProblem,
  CommonProblems,
} from '@kepu/core';
import { Actor, PolicyService } from '@kepu/identity';
import { administeredRegions } from '@kepu/register';
import { shanghaiIso } from '@kepu/schedule';
import { OutreachErrors } from '../outreach-errors';
import { eachOf, notDistricts } from '../districts';
import { OutreachNotices } from '../outreach-notices';
import { OUTREACH_AGGREGATES } from '../search/outreach-entries';
import { ExpertFacts, ExpertMessages } from './expert-messages';
import { Expert, ExpertStatus } from './expert.entity';
import { ExpertsStore } from './experts.store';
import { ExpertApplicationDto, ExpertListDto, ExpertReviewDto } from './experts.dto';
import { ExpertLanguage, ExpertPublicView, ExpertView, languageViews } from './experts.views';
import { OutreachProblems } from '../outreach-problems';

/** What an edit changes that reviewers must see again (consent is the expert's own and takes effect at once). */
const REVIEWED_FIELDS = [
  'name',
  'title',
  'organisationName',
  'fields',
  'regionCode',
  'districtCodes',
  'languages',
  'profile',
] as const;

const listed = (expert: Pick<Expert, 'status' | 'publicProfile'>) =>
  expert.status === 'approved' && expert.publicProfile;

const facts = (expert: Expert, comment?: string | null): ExpertFacts => ({
  name: expert.name,
  title: expert.title,
  organisationName: expert.organisationName,
  comment,
});

/**
 * The expert pool (科普专家库, docs/outreach.md "Directory"): an account applies for itself, the
 * administrators of its home district review, and the public sees an approved expert only with
 * their consent, which they may withdraw at any time. Changes to what the public sees are
 * announced through the outbox for the outreach search index. An application is the person's
 * data: it is in their export and goes with their account.
 */
@Injectable()
export class ExpertsService implements OnModuleInit, PersonalDataHolder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly experts: ExpertsStore,
    private readonly policy: PolicyService,
    private readonly notices: OutreachNotices,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly personalData: PersonalDataRegistry,
    private readonly regions: RegionTree,
  ) {}

  onModuleInit(): void {
    this.personalData.register(this);
  }

  async exportFor(accountId: string): Promise<PersonalDataSection[]> {
    const expert = await this.experts.findByAccount(accountId);
    return expert ? [{ name: 'expertApplication', data: this.view(expert) }] : [];
  }

  /** The application goes, and with it the expert's place in the directory and the search index. */
  async erase(accountId: string, tx: EntityManager): Promise<void> {
    const expert = await this.experts.findByAccount(accountId, tx);
    if (!expert) return;
    await this.experts.delete(tx, expert.id);
    await this.announce(tx, expert, listed(expert));
  }

  async apply(actor: Actor, body: ExpertApplicationDto, correlationId?: string): Promise<ExpertView> {
    await this.policy.authorize(actor, 'expert.apply');
    return this.dataSource.transaction(async (tx) => {
      await this.requireDistricts(body);
      if (await this.experts.hasApplied(tx, actor.accountId)) throw new AppError(OutreachErrors.EXPERT_ALREADY_APPLIED);
      let expert: Expert;
      try {
        expert = await this.experts.create(tx, {
          ...this.content(body),
          accountId: actor.accountId,
          publicProfile: body.publicProfile,
          consentedAt: body.publicProfile ? new Date() : null,
          status: 'submitted',
        });
      } catch (error) {
        // The same account applying twice at once: the unique index keeps one.
        if (isUniqueViolation(error)) throw new AppError(OutreachErrors.EXPERT_ALREADY_APPLIED);
        throw error;
      }
      await this.record(tx, actor, 'expert.apply', expert, { consent: expert.publicProfile }, correlationId);
      await this.notices.toAdministrators(
        tx,
        expert.regionCode,
        ExpertMessages.toAdministrators.submitted(facts(expert)),
      );
      return this.view(expert);
    });
  }

  async mine(actor: Actor): Promise<ExpertView> {
    return this.view(await this.own(actor));
  }

  /**
   * Replaces the application. An approved expert's changed profile goes back to review (and out of
   * the directory meanwhile); a rejected or withdrawn one is sent again. Consent alone takes effect
   * at once, given or withdrawn.
   */
  async edit(actor: Actor, body: ExpertApplicationDto, correlationId?: string): Promise<ExpertView> {
    return this.dataSource.transaction(async (tx) => {
      const expert = await this.own(actor, tx);
      await this.requireDistricts(body);
      const content = this.content(body);
      const changed = REVIEWED_FIELDS.some((field) => JSON.stringify(expert[field]) !== JSON.stringify(content[field]));
      const wasListed = listed(expert);
      const from = expert.status;
      const to: ExpertStatus = from === 'approved' && !changed ? 'approved' : 'submitted';
      const newRegion = content.regionCode !== expert.regionCode;
      Object.assign(expert, content, {
        status: to,
        publicProfile: body.publicProfile,
        consentedAt: body.publicProfile ? (expert.consentedAt ?? new Date()) : null,
      });
      await this.experts.save(tx, expert);
      await this.announce(tx, expert, wasListed);
      await this.record(
        tx,
        actor,
        'expert.edit',
        expert,
        { from, to, changed, consent: expert.publicProfile },
        correlationId,
      );
      if (to === 'submitted' && (from !== 'submitted' || newRegion)) {
        const message =
          from === 'approved' ? ExpertMessages.toAdministrators.edited : ExpertMessages.toAdministrators.submitted;
        await this.notices.toAdministrators(tx, expert.regionCode, message(facts(expert)));
      }
      return this.view(expert);
    });
  }

  /** Leaves the pool: out of the directory at once. Withdrawing again changes nothing. */
  async withdraw(actor: Actor, correlationId?: string): Promise<ExpertView> {
    return this.dataSource.transaction(async (tx) => {
      const expert = await this.own(actor, tx);
      if (expert.status === 'withdrawn') return this.view(expert);
      const wasListed = listed(expert);
      const from = expert.status;
      expert.status = 'withdrawn';
      await this.experts.save(tx, expert);
      await this.announce(tx, expert, wasListed);
      await this.record(tx, actor, 'expert.withdraw', expert, { from }, correlationId);
      return this.view(expert);
    });
  }

  /** The administrators of the expert's home district approve or reject (with a comment) a submitted application. */
  async review(actor: Actor, id: string, body: ExpertReviewDto, correlationId?: string): Promise<ExpertView> {
    const comment = body.comment?.trim() || null;
    if (body.decision === 'reject' && !comment)
      throw new AppError(CoreErrors.REASON_REQUIRED, [fieldProblem('comment', CommonProblems.REASON_REQUIRED)]);
    return this.dataSource.transaction(async (tx) => {
      const expert = await this.experts.lock(tx, id);
      if (!expert) throw new AppError(CoreErrors.NOT_FOUND);
      await this.policy.authorize(actor, 'expert.review', expert);
      if (expert.status !== 'submitted') throw new AppError(OutreachErrors.EXPERT_NOT_SUBMITTED);
      expert.status = body.decision === 'approve' ? 'approved' : 'rejected';
      expert.reviewedBy = actor.accountId;
      expert.reviewedAt = new Date();
      expert.reviewComment = comment;
      await this.experts.save(tx, expert);
      await this.announce(tx, expert, false);
      await this.record(tx, actor, 'expert.review', expert, { decision: body.decision, comment }, correlationId);
      const message = body.decision === 'approve' ? ExpertMessages.toExpert.approved : ExpertMessages.toExpert.rejected;
      await this.notices.toAccounts(tx, [expert.accountId], message(facts(expert, comment)));
      return this.view(expert);
    });
  }

  /** Submitted applications from the districts this administrator reviews, oldest first. */
  async queue(actor: Actor, query: PageQueryDto): Promise<Page<ExpertView>> {
    await this.policy.authorize(actor, 'expert.review_queue');
    const { experts, total } = await this.experts.pageSubmitted(administeredRegions(actor), pageWindow(query));
    return {
      items: experts.map((expert) => this.view(expert)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** The public directory: approved experts who consented, by name. */
  async list(query: ExpertListDto): Promise<Page<ExpertPublicView>> {
    const { experts, total } = await this.experts.pageListed(query, pageWindow(query));
    return {
      items: experts.map((expert) => this.publicView(expert)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** The application to the expert and their reviewers; the public profile to everyone else, if listed. */
  async get(actor: Actor | undefined, id: string): Promise<ExpertView | ExpertPublicView> {
    const expert = await this.experts.findById(id);
    if (!expert) throw new AppError(CoreErrors.NOT_FOUND);
    if (actor && (await this.policy.decide(actor, 'expert.read_private', expert)) === 'allow') return this.view(expert);
    if (!listed(expert)) throw new AppError(CoreErrors.NOT_FOUND);
    return this.publicView(expert);
  }

  /** The actor's own application, locked when about to change in `tx`; 404 when they have none. */
  private async own(actor: Actor, tx?: EntityManager): Promise<Expert> {
    const expert = tx
      ? await this.experts.lockByAccount(tx, actor.accountId)
      : await this.experts.findByAccount(actor.accountId);
    if (!expert) throw new AppError(CoreErrors.NOT_FOUND);
    return expert;
  }

  private content(body: ExpertApplicationDto): Pick<Expert, (typeof REVIEWED_FIELDS)[number]> {
    return {
      name: body.name.trim(),
      title: body.title.trim(),
      organisationName: body.organisationName.trim(),
      fields: body.fields,
      regionCode: body.regionCode,
      districtCodes: body.districtCodes,
      languages: body.languages,
      profile: body.profile.trim(),
    };
  }

  /** The home region and the districts served must be districts (or functional areas) the tree knows. */
  private async requireDistricts(body: ExpertApplicationDto): Promise<void> {
    const problems = await notDistricts(this.regions, [
      { field: 'regionCode', code: body.regionCode },
      ...eachOf('districtCodes', body.districtCodes),
    ]);
    if (problems.length) {
      throw new AppError(
        CoreErrors.VALIDATION_FAILED,
        problems.map(({ field, code }) => fieldProblem(field, OutreachProblems.NOT_A_DISTRICT, { code })),
      );
    }
  }

  /** Tells the search index when the expert enters, changes in or leaves the public directory. */
  private async announce(tx: EntityManager, expert: Expert, wasListed: boolean): Promise<void> {
    if (!wasListed && !listed(expert)) return;
    await this.outbox.publish(
      { topic: 'outreach_expert.changed', aggregateType: OUTREACH_AGGREGATES.expert, aggregateId: expert.id },
      tx,
    );
  }

  private async record(
    tx: EntityManager,
    actor: Actor,
    action: string,
    expert: Expert,
    details: Record<string, unknown>,
    correlationId?: string,
  ): Promise<void> {
    await this.audit.record(
      {
        actorId: actor.accountId,
        action,
        subjectType: 'outreach_expert',
        subjectId: expert.id,
        details,
        correlationId,
      },
      tx,
    );
  }

  private publicView(expert: Expert): ExpertPublicView {
    return {
      id: expert.id,
      name: expert.name,
      title: expert.title,
      organisationName: expert.organisationName,
      fields: expert.fields,
      districtCodes: expert.districtCodes,
      languages: languageViews(expert.languages as ExpertLanguage[]),
      profile: expert.profile,
    };
  }

  private view(expert: Expert): ExpertView {
    return {
      ...this.publicView(expert),
      status: expert.status,
      regionCode: expert.regionCode,
      publicProfile: expert.publicProfile,
      consentedAt: expert.consentedAt && shanghaiIso(expert.consentedAt),
      listed: listed(expert),
      reviewComment: expert.reviewComment,
      reviewedAt: expert.reviewedAt && shanghaiIso(expert.reviewedAt),
      createdAt: shanghaiIso(expert.createdAt),
      updatedAt: shanghaiIso(expert.updatedAt),
    };
  }
}
