import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import { ManualHours } from '../activities/activity.entity';
import { VolunteerProfile } from './volunteer-profile.entity';
import type { ManualHoursView, VolunteerTeamView } from './volunteers.views';

/** A hand-added entry, before its time is written out. */
export type ManualHoursRow = Omit<ManualHoursView, 'addedAt'> & { addedAt: Date };

/** Volunteers: their profiles, `volunteer_profiles`, and the hours added for them by hand, `volunteer_manual_hours`. */
@Injectable()
export class VolunteersStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  profileOf(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<VolunteerProfile | null> {
    return manager.findOneBy(VolunteerProfile, { accountId });
  }

  /** The account's profile, which exists. */
  getProfile(tx: EntityManager, accountId: string): Promise<VolunteerProfile> {
    return tx.findOneByOrFail(VolunteerProfile, { accountId });
  }

  /** Writes the account's profile in one statement, so two saves at once cannot both insert. */
  async saveProfile(
    tx: EntityManager,
    profile: Pick<VolunteerProfile, 'accountId' | 'realName' | 'skills' | 'districtCodes'>,
  ): Promise<void> {
    await tx.upsert(VolunteerProfile, profile, ['accountId']);
  }

  async deleteProfile(tx: EntityManager, accountId: string): Promise<void> {
    await tx.delete(VolunteerProfile, { accountId });
  }

  /** The teams (organisations) by name. */
  teamsNamed(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<VolunteerTeamView[]> {
    return manager.query(`SELECT id, name FROM organisation_names WHERE id = ANY($1::uuid[]) ORDER BY name, id`, [ids]);
  }

  addManualHours(tx: EntityManager, entry: DeepPartial<ManualHours>): Promise<ManualHours> {
    return tx.save(tx.create(ManualHours, entry));
  }

  /** Hand-added hours, latest first: an account's, or one entry. */
  manualEntries(
    which: { accountId: string } | { id: string },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ManualHoursRow[]> {
    const [column, value] = 'id' in which ? ['h.id', which.id] : ['h.account_id', which.accountId];
    return manager.query(
      `SELECT h.id, h.account_id AS "accountId", h.team_id AS "teamId", t.name AS "teamName",
              h.activity_id AS "activityId", h.minutes, h.reason, h.added_at AS "addedAt", true AS "handAdded"
         FROM volunteer_manual_hours h JOIN organisation_names t ON t.id = h.team_id
        WHERE ${column} = $1 ORDER BY h.added_at DESC, h.id`,
      [value],
    );
  }
}
