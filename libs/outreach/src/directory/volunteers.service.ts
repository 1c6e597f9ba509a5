import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, AuditService, CoreErrors, fieldProblem, RegionTree } from '@kepu/core';
import { Actor, IdentityErrors, PolicyService, Role, RoleHolders } from '@kepu/identity';
import { OrganisationsStore } from '@kepu/register';
import { shanghaiIso } from '@kepu/schedule';
import { ActivitiesStore } from '../activities/activities.store';
import { ActivityMessages } from '../activities/activity-messages';
import { OutreachErrors } from '../outreach-errors';
import { requireDistricts } from '../districts';
import { OutreachNotices } from '../outreach-notices';
import { VolunteerProfile } from './volunteer-profile.entity';
import { VolunteersStore } from './volunteers.store';
import { ManualHoursDto, VolunteerProfileDto } from './volunteers.dto';
import { ManualHoursView, VolunteerProfileView, VolunteerRecordView } from './volunteers.views';
import { OutreachProblems } from '../outreach-problems';

/**
 * Science volunteers (科技志愿者, docs/outreach.md, "Directory"): their own record of teams,
 * activities and hours, the profile their certificate carries, and hours administrators add by
 * hand, which are kept apart from the hours credited by signing in and out.
 */
@Injectable()
export class VolunteersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly volunteers: VolunteersStore,
    private readonly activities: ActivitiesStore,
    private readonly organisations: OrganisationsStore,
    private readonly policy: PolicyService,
    private readonly notices: OutreachNotices,
    private readonly audit: AuditService,
    private readonly regions: RegionTree,
    private readonly roleHolders: RoleHolders,
  ) {}

  /** The signed-in account's record; empty for an account that never volunteered. */
  me(actor: Actor): Promise<VolunteerRecordView> {
    return this.recordOf(actor.accountId);
  }

  /** An account's record, as the volunteer sees it and as their data export carries it. */
  async recordOf(accountId: string): Promise<VolunteerRecordView> {
    const [profile, teams, activities, manual] = await Promise.all([
      this.volunteers.profileOf(accountId),
      this.roleHolders
        .organisationsOf(accountId, Role.Volunteer)
        .then((teamIds) => this.volunteers.teamsNamed(teamIds)),
      this.activities.attendanceOf(accountId),
      this.manualEntries({ accountId }),
    ]);
    return {
      profile: profile && this.profileView(profile),
      teams,
      activities: activities.map((a) => ({
        ...a,
        startsAt: shanghaiIso(a.startsAt),
        endsAt: shanghaiIso(a.endsAt),
        signedInAt: a.signedInAt && shanghaiIso(a.signedInAt),
        signedOutAt: a.signedOutAt && shanghaiIso(a.signedOutAt),
      })),
      totals: {
        creditedMinutes: activities.reduce((sum, a) => sum + (a.creditedMinutes ?? 0), 0),
        manualMinutes: manual.reduce((sum, m) => sum + m.minutes, 0),
        activities: activities.filter((a) => (a.creditedMinutes ?? 0) > 0).length,
      },
      manualEntries: manual,
    };
  }

  /** A proven account writes the profile its certificate of hours carries; the districts must be districts. */
  async putProfile(actor: Actor, body: VolunteerProfileDto, correlationId?: string): Promise<VolunteerProfileView> {
    if (!actor.verified) throw new AppError(IdentityErrors.ACCOUNT_NOT_VERIFIED);
    return this.dataSource.transaction(async (tx) => {
      await requireDistricts(this.regions, 'districtCodes', body.districtCodes);
      await this.volunteers.saveProfile(tx, {
        accountId: actor.accountId,
        realName: body.realName,
        skills: body.skills,
        districtCodes: body.districtCodes,
      });
      await this.audit.record(
        {
          actorId: actor.accountId,
          action: 'volunteer.profile_saved',
          subjectType: 'account',
          subjectId: actor.accountId,
          details: { skills: body.skills.length, districtCodes: body.districtCodes },
          correlationId,
        },
        tx,
      );
      return this.profileView(await this.volunteers.getProfile(tx, actor.accountId));
    });
  }

  /**
   * An administrator of the team's region adds hours by hand for one of its volunteers (a paper
   * sign-in sheet, say); they are kept apart and marked on the volunteer's record. The volunteer is told.
   */
  async addHours(
    actor: Actor,
    accountId: string,
    body: ManualHoursDto,
    correlationId?: string,
  ): Promise<ManualHoursView> {
    return this.dataSource.transaction(async (tx) => {
      const team = await this.organisations.findById(body.teamId, tx);
      if (!team) throw new AppError(CoreErrors.NOT_FOUND);
      await this.policy.authorize(actor, 'volunteer_hours.add', { teamId: team.id, regionCode: team.regionCode });
      // Share-locked, so the volunteer cannot leave the team while the hours are added.
      const member = await this.roleHolders.holds(
        { accountId, organisationId: team.id, role: Role.Volunteer },
        tx,
        'share',
      );
      if (!member) throw new AppError(OutreachErrors.NOT_A_TEAM_VOLUNTEER);
      if (body.activityId && !(await this.activities.isOfProvider(tx, body.activityId, team.id))) {
        throw new AppError(CoreErrors.VALIDATION_FAILED, [
          fieldProblem('activityId', OutreachProblems.NOT_A_TEAM_ACTIVITY),
        ]);
      }
      const entry = await this.volunteers.addManualHours(tx, {
        accountId,
        teamId: team.id,
        activityId: body.activityId ?? null,
        minutes: body.minutes,
        reason: body.reason,
        addedBy: actor.accountId,
      });
      await this.audit.record(
        {
          actorId: actor.accountId,
          action: 'volunteer.hours_added',
          subjectType: 'account',
          subjectId: accountId,
          details: { teamId: team.id, minutes: body.minutes, activityId: entry.activityId, entryId: entry.id },
          correlationId,
        },
        tx,
      );
      await this.notices.toAccounts(
        tx,
        [accountId],
        ActivityMessages.toVolunteer.hoursAdded(team.name, body.minutes, body.reason),
      );
      return (await this.manualEntries({ id: entry.id }, tx))[0];
    });
  }

  /** Hand-added hours, latest first: an account's, or one entry. */
  private async manualEntries(
    which: { accountId: string } | { id: string },
    manager?: EntityManager,
  ): Promise<ManualHoursView[]> {
    const rows = await this.volunteers.manualEntries(which, manager);
    return rows.map((r) => ({ ...r, addedAt: shanghaiIso(r.addedAt) }));
  }

  private profileView(profile: VolunteerProfile): VolunteerProfileView {
    return { realName: profile.realName, skills: profile.skills, districtCodes: profile.districtCodes };
  }
}
