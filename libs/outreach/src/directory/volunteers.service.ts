import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, AuditService, CoreErrors, queriesOn, fieldProblem, RegionTree } from '@kepu/core';
import { Actor, IdentityErrors, PolicyService, Role, RoleHolders } from '@kepu/identity';
import { Organisation } from '@kepu/register';
import { shanghaiIso } from '@kepu/schedule';
import { ACTIVITY_TITLE } from '../activities/activities.service';
import { ActivityMessages } from '../activities/activity-messages';
import { Activity, ManualHours } from '../activities/activity.entity';
import { OutreachErrors } from '../outreach-errors';
import { requireDistricts } from '../districts';
import { OutreachNotices } from '../outreach-notices';
import { VolunteerProfile } from './volunteer-profile.entity';
import { ManualHoursDto, VolunteerProfileDto } from './volunteers.dto';
import {
  ManualHoursView,
  VolunteerActivityView,
  VolunteerProfileView,
  VolunteerRecordView,
  VolunteerTeamView,
} from './volunteers.views';
import { OutreachProblems } from '../outreach-problems';

/** What the database gives for a volunteer's activity or hand-added entry, before times are written out. */
type ActivityRow = Omit<VolunteerActivityView, 'startsAt' | 'endsAt' | 'signedInAt' | 'signedOutAt'> & {
  startsAt: Date;
  endsAt: Date;
  signedInAt: Date | null;
  signedOutAt: Date | null;
};
type ManualHoursRow = Omit<ManualHoursView, 'addedAt'> & { addedAt: Date };

/**
 * Science volunteers (科技志愿者, docs/outreach.md, "Directory"): their own record of teams,
 * activities and hours, the profile their certificate carries, and hours administrators add by
 * hand, which are kept apart from the hours credited by signing in and out.
 */
@Injectable()
export class VolunteersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const db = this.dataSource.manager;
    const [profile, teams, activities, manual] = await queriesOn(db, [
      () => db.findOneBy(VolunteerProfile, { accountId }),
      async () =>
        db.query(`SELECT id, name FROM organisation_names WHERE id = ANY($1::uuid[]) ORDER BY name, id`, [
          await this.roleHolders.organisationsOf(accountId, Role.Volunteer, db),
        ]) as Promise<VolunteerTeamView[]>,
      () =>
        db.query(
          `SELECT v.activity_id AS "activityId", a.order_id AS "orderId", o.status AS "orderStatus",
                  ${ACTIVITY_TITLE} AS title, o.topic, t.name AS "teamName", a.starts_at AS "startsAt",
                  a.ends_at AS "endsAt", v.signed_in_at AS "signedInAt", v.signed_out_at AS "signedOutAt",
                  v.credited_minutes AS "creditedMinutes"
             FROM outreach_activity_volunteers v JOIN outreach_activities a ON a.id = v.activity_id
             JOIN outreach_orders o ON o.id = a.order_id LEFT JOIN outreach_menu_items m ON m.id = o.menu_item_id
             JOIN organisation_names t ON t.id = v.team_id
            WHERE v.account_id = $1 ORDER BY a.starts_at DESC, a.id`,
          [accountId],
        ) as Promise<ActivityRow[]>,
      () => this.manualEntries(db, { accountId }),
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
      // One statement, so two saves at once cannot both insert.
      await tx.upsert(
        VolunteerProfile,
        {
          accountId: actor.accountId,
          realName: body.realName,
          skills: body.skills,
          districtCodes: body.districtCodes,
        },
        ['accountId'],
      );
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
      return this.profileView(await tx.findOneByOrFail(VolunteerProfile, { accountId: actor.accountId }));
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
      const team = await tx.findOneBy(Organisation, { id: body.teamId });
      if (!team) throw new AppError(CoreErrors.NOT_FOUND);
      await this.policy.authorize(actor, 'volunteer_hours.add', { teamId: team.id, regionCode: team.regionCode });
      // Share-locked, so the volunteer cannot leave the team while the hours are added.
      const member = await this.roleHolders.holds(
        { accountId, organisationId: team.id, role: Role.Volunteer },
        tx,
        'share',
      );
      if (!member) throw new AppError(OutreachErrors.NOT_A_TEAM_VOLUNTEER);
      if (body.activityId && !(await tx.existsBy(Activity, { id: body.activityId, providerId: team.id }))) {
        throw new AppError(CoreErrors.VALIDATION_FAILED, [
          fieldProblem('activityId', OutreachProblems.NOT_A_TEAM_ACTIVITY),
        ]);
      }
      const entry = await tx.save(
        tx.create(ManualHours, {
          accountId,
          teamId: team.id,
          activityId: body.activityId ?? null,
          minutes: body.minutes,
          reason: body.reason,
          addedBy: actor.accountId,
        }),
      );
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
      return (await this.manualEntries(tx, { id: entry.id }))[0];
    });
  }

  /** Hand-added hours, latest first: an account's, or one entry. */
  private async manualEntries(
    tx: EntityManager,
    which: { accountId: string } | { id: string },
  ): Promise<ManualHoursView[]> {
    const [column, value] = 'id' in which ? ['h.id', which.id] : ['h.account_id', which.accountId];
    const rows: ManualHoursRow[] = await tx.query(
      `SELECT h.id, h.account_id AS "accountId", h.team_id AS "teamId", t.name AS "teamName",
              h.activity_id AS "activityId", h.minutes, h.reason, h.added_at AS "addedAt", true AS "handAdded"
         FROM volunteer_manual_hours h JOIN organisation_names t ON t.id = h.team_id
        WHERE ${column} = $1 ORDER BY h.added_at DESC, h.id`,
      [value],
    );
    return rows.map((r) => ({ ...r, addedAt: shanghaiIso(r.addedAt) }));
  }

  private profileView(profile: VolunteerProfile): VolunteerProfileView {
    return { realName: profile.realName, skills: profile.skills, districtCodes: profile.districtCodes };
  }
}
