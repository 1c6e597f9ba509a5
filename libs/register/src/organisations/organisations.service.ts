import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  AuditService,
  CoreErrors,
  isUniqueViolation,
  maskPhone,
  Page,
  pageWindow,
  PersonalDataCipher,
  fieldProblem,
} from '@kepu/core';
import {
  AccountsService,
  Actor,
  InvitationsService,
  InvitationView,
  OrganisationMember,
  PolicyService,
  Role,
} from '@kepu/identity';
import { DataSource, EntityManager } from 'typeorm';
import { isValidCreditCode } from '../credit-code';
import { administeredRegions, isAdministrator } from '../register.policies';
import { RegisterErrors } from '../register-errors';
import { RegionsService } from '../regions/regions.service';
import { ResourceStore } from '../resources/resource.store';
import { openContactPhone, sealContactPhone } from './contact-phone';
import { lastVerifiedName, Organisation, publicName, roleFits } from './organisation.entity';
import { AddMemberDto, CreateOrganisationDto, ListOrganisationsDto, UpdateOrganisationDto } from './organisations.dto';
import { OrganisationsStore } from './organisations.store';
import { OrganisationView } from './organisations.views';
import { RegisterProblems } from '../register-problems';

/** An organisation's fields as given: the contact phone in clear, sealed on save. */
export type OrganisationFields = Partial<Omit<Organisation, 'contactPhoneSealed' | 'contactPhoneHash'>> &
  Pick<Organisation, 'name' | 'kind' | 'creditCode' | 'regionCode'> & { contactPhone?: string | null };

export function viewOrganisation(org: Organisation, cipher: PersonalDataCipher): OrganisationView {
  const contactPhone = openContactPhone(cipher, org);
  return {
    id: org.id,
    name: org.name,
    kind: org.kind,
    creditCode: org.creditCode,
    schoolCode: org.schoolCode,
    regionCode: org.regionCode,
    verified: Boolean(org.verifiedAt),
    verifiedAt: org.verifiedAt,
    verifiedName: lastVerifiedName(org),
    contactName: org.contactName,
    contactPhone: contactPhone && maskPhone(contactPhone),
    contactEmail: org.contactEmail,
    createdAt: org.createdAt,
  };
}

export function requireCreditCode(input: string, field = 'creditCode'): string {
  if (!isValidCreditCode(input))
    throw new AppError(RegisterErrors.INVALID_CREDIT_CODE, [
      fieldProblem(field, RegisterProblems.INVALID_CREDIT_CODE, { code: input }),
    ]);
  return input.toUpperCase();
}

/** Only schools carry a school code. */
function requireSchoolKind(kind: string, schoolCode: string | null | undefined): void {
  if (schoolCode && kind !== 'school') {
    throw new AppError(RegisterErrors.SCHOOL_CODE_NOT_A_SCHOOL, [
      fieldProblem('schoolCode', RegisterProblems.SCHOOL_CODE_NOT_A_SCHOOL, { code: schoolCode }),
    ]);
  }
}

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly accounts: AccountsService,
    private readonly invitations: InvitationsService,
    private readonly regions: RegionsService,
    private readonly store: ResourceStore,
    private readonly organisations: OrganisationsStore,
    private readonly cipher: PersonalDataCipher,
  ) {}

  /** An organisation or 404; the caller decides what the actor may do with it. */
  async find(id: string, manager?: EntityManager): Promise<Organisation> {
    const org = await this.organisations.findById(id, manager);
    if (!org) throw new AppError(CoreErrors.NOT_FOUND);
    return org;
  }

  /** Whether an organisation with this id exists. */
  async exists(id: string, manager?: EntityManager): Promise<boolean> {
    return (await this.organisations.findById(id, manager)) !== null;
  }

  /**
   * Anyone signed in may register an organisation; it starts unverified and its applicant becomes
   * its operator (an administrator registering one on someone's behalf does not).
   */
  async create(actor: Actor, dto: CreateOrganisationDto, correlationId?: string): Promise<OrganisationView> {
    await this.policy.authorize(actor, 'organisation.create');
    const creditCode = requireCreditCode(dto.creditCode);
    requireSchoolKind(dto.kind, dto.schoolCode);
    await this.regions.requireExisting(dto.regionCode);
    const org = await this.dataSource.transaction(async (tx) => {
      const created = await this.save(tx, { ...dto, creditCode, createdBy: actor.accountId });
      await this.audit.record(
        {
          actorId: actor.accountId,
          action: 'organisation.create',
          subjectType: 'organisation',
          subjectId: created.id,
          details: { name: created.name, creditCode },
          correlationId,
        },
        tx,
      );
      if (!isAdministrator(actor)) {
        await this.accounts.enrol(
          actor.accountId,
          { role: Role.Operator, organisationId: created.id },
          actor.accountId,
          tx,
          correlationId,
        );
      }
      return created;
    });
    return viewOrganisation(org, this.cipher);
  }

  /**
   * Saves an organisation (credit code already checked); a taken credit code is a 409. A contact
   * phone given (in clear) is sealed; one not given is left as it is.
   */
  async save(manager: EntityManager, fields: OrganisationFields): Promise<Organisation> {
    const { contactPhone, ...columns } = fields;
    const row = contactPhone === undefined ? columns : { ...columns, ...sealContactPhone(this.cipher, contactPhone) };
    try {
      return await manager.transaction((tx) => this.organisations.save(tx, row));
    } catch (error) {
      if (isUniqueViolation(error, 'organisations_credit_code_key'))
        throw new AppError(RegisterErrors.CREDIT_CODE_TAKEN, [
          fieldProblem('creditCode', RegisterProblems.CREDIT_CODE_TAKEN, { code: fields.creditCode }),
        ]);
      if (isUniqueViolation(error, 'organisations_school_code_key'))
        throw new AppError(RegisterErrors.SCHOOL_CODE_TAKEN, [
          fieldProblem('schoolCode', RegisterProblems.SCHOOL_CODE_TAKEN, { code: String(fields.schoolCode) }),
        ]);
      throw error;
    }
  }

  async list(actor: Actor, query: ListOrganisationsDto): Promise<Page<OrganisationView>> {
    await this.policy.authorize(actor, 'organisation.list');
    const regions = administeredRegions(actor);
    const memberOf = actor.organisationsAs(Role.Operator);
    const { orgs, total } = await this.organisations.page(
      { regions, memberOf, region: query.region, verified: query.verified, q: query.q },
      pageWindow(query),
    );
    return {
      items: orgs.map((org) => viewOrganisation(org, this.cipher)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async view(actor: Actor, id: string): Promise<OrganisationView> {
    const org = await this.find(id);
    await this.policy.authorize(actor, 'organisation.read', org);
    return viewOrganisation(org, this.cipher);
  }

  /**
   * Changing who the organisation legally is (kind, credit code, region) or its name needs verifying
   * again. Meanwhile the public keeps seeing the name last verified: a name is public text no
   * administrator has read until they verify it.
   */
  async update(
    actor: Actor,
    id: string,
    dto: UpdateOrganisationDto,
    correlationId?: string,
  ): Promise<OrganisationView> {
    const org = await this.find(id);
    await this.policy.authorize(actor, 'organisation.update', org);
    const creditCode = dto.creditCode && requireCreditCode(dto.creditCode);
    requireSchoolKind(dto.kind ?? org.kind, dto.schoolCode ?? (dto.kind ? org.schoolCode : null));
    if (dto.regionCode) await this.regions.requireExisting(dto.regionCode);
    const change = { ...dto, ...(creditCode && { creditCode }) };
    const changed = (['name', 'kind', 'creditCode', 'schoolCode', 'regionCode'] as const).filter(
      (key) => change[key] !== undefined && change[key] !== org[key],
    );
    const unverify = changed.length > 0;
    const saved = await this.dataSource.transaction(async (tx) => {
      const next = await this.save(tx, {
        ...org,
        ...change,
        ...(unverify && {
          verifiedAt: null,
          verifiedBy: null,
          verifiedName: lastVerifiedName(org),
        }),
      });
      await this.audit.record(
        {
          actorId: actor.accountId,
          action: 'organisation.update',
          subjectType: 'organisation',
          subjectId: id,
          details: {
            fields: Object.keys(change),
            unverified: unverify && Boolean(org.verifiedAt),
            ...(changed.includes('name') && { name: { before: org.name, after: next.name } }),
          },
          correlationId,
        },
        tx,
      );
      await this.announceIfRenamed(tx, org, next);
      return next;
    });
    return viewOrganisation(saved, this.cipher);
  }

  /** Verifying vouches for the organisation as it is now, its current name included. */
  async verify(actor: Actor, id: string, correlationId?: string): Promise<OrganisationView> {
    const org = await this.find(id);
    await this.policy.authorize(actor, 'organisation.verify', org);
    if (!org.verifiedAt) {
      await this.dataSource.transaction(async (tx) => {
        const verified = { verifiedAt: new Date(), verifiedBy: actor.accountId, verifiedName: org.name };
        await this.organisations.update(tx, id, verified);
        await this.audit.record(
          {
            actorId: actor.accountId,
            action: 'organisation.verify',
            subjectType: 'organisation',
            subjectId: id,
            details: { name: org.name },
            correlationId,
          },
          tx,
        );
        await this.announceIfRenamed(tx, org, { ...org, ...verified });
      });
    }
    return viewOrganisation(await this.find(id), this.cipher);
  }

  /** The name is on the organisation's public resources (and in their search documents). */
  private async announceIfRenamed(tx: EntityManager, before: Organisation, after: Organisation): Promise<void> {
    if (publicName(before) !== publicName(after)) await this.store.announceOrganisation(tx, before.id);
  }

  async members(actor: Actor, id: string): Promise<OrganisationMember[]> {
    const org = await this.find(id);
    await this.policy.authorize(actor, 'organisation.read', org);
    return this.accounts.membersOf(id);
  }

  /**
   * Invites a login as an operator or a volunteer, as a teacher of a verified school, or as staff of
   * a verified community. The role lands only when the person proving that login accepts: holding
   * a matching login is not enough.
   */
  async addMember(actor: Actor, id: string, dto: AddMemberDto, correlationId?: string): Promise<InvitationView> {
    const org = await this.find(id);
    await this.policy.authorize(actor, 'organisation.read', org);
    if (!roleFits(dto.role, org)) {
      throw new AppError(
        dto.role === Role.School ? RegisterErrors.NOT_A_VERIFIED_SCHOOL : RegisterErrors.NOT_A_VERIFIED_COMMUNITY,
      );
    }
    return this.invitations.invite(actor, dto.login, { role: dto.role, organisationId: id }, correlationId);
  }

  /** Invitations to the organisation still waiting for an answer: for those who see its members. */
  async pendingInvitations(actor: Actor, id: string): Promise<InvitationView[]> {
    const org = await this.find(id);
    await this.policy.authorize(actor, 'organisation.read', org);
    return this.invitations.forOrganisation(id);
  }
}
