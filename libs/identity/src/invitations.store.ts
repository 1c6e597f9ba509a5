import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import { regionName } from '@kepu/core';
import { Invitation } from './entities';
import { InvitationView } from './identity.views';

/** An invitation as the views read it: the login still sealed, the issuer's id beside their name. */
export interface InvitationRow extends Omit<InvitationView, 'login'> {
  loginSealed: Buffer;
  invitedById: string;
}

/**
 * Invitations with the names a person reads; an overdue pending invitation shows as expired. The
 * region's name comes from core's region fragment; the organisation's from register's `organisation_names`
 * view (docs/table-ownership.md, "Read models").
 */
const VIEW_SQL = `
  SELECT i.id, i.login_sealed AS "loginSealed", i.role, i.region_code AS "regionCode", ${regionName('i.region_code')} AS "regionName",
         i.organisation_id AS "organisationId", o.name AS "organisationName", a.display_name AS "invitedBy",
         i.invited_by AS "invitedById",
         CASE WHEN i.status = 'pending' AND i.expires_at <= now() THEN 'expired' ELSE i.status END AS status,
         i.created_at AS "createdAt", i.expires_at AS "expiresAt"
    FROM invitations i
    LEFT JOIN organisation_names o ON o.id = i.organisation_id
    LEFT JOIN accounts a ON a.id = i.invited_by`;

const PENDING = `i.status = 'pending' AND i.expires_at > now()`;

/** Invitations to take a role: `invitations`. */
@Injectable()
export class InvitationsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The invitation as the views read it (none or one), in the caller's transaction if given. */
  byId(id: string, manager?: EntityManager): Promise<InvitationRow[]> {
    return this.rows(`i.id = $1`, [id], manager);
  }

  /** Pending invitations to an organisation, newest first. */
  pendingForOrganisation(organisationId: string): Promise<InvitationRow[]> {
    return this.rows(`i.organisation_id = $1 AND ${PENDING}`, [organisationId]);
  }

  /** Every pending invitation, newest first. */
  pending(): Promise<InvitationRow[]> {
    return this.rows(`${PENDING}`, []);
  }

  /** Pending invitations to the login with this hash, newest first. */
  pendingForLogin(loginHash: Buffer): Promise<InvitationRow[]> {
    return this.rows(`i.login_hash = $1 AND ${PENDING}`, [loginHash]);
  }

  /** Whether the invitation is to the login with this hash; undefined when there is no such invitation. */
  async isTo(id: string, loginHash: Buffer): Promise<boolean | undefined> {
    const [row]: { matches: boolean }[] = await this.dataSource.query(
      `SELECT login_hash = $2 AS matches FROM invitations WHERE id = $1`,
      [id, loginHash],
    );
    return row?.matches;
  }

  /** Marks the login's overdue pending invitations expired, so they no longer block a new one. */
  async expireOverdue(tx: EntityManager, loginHash: Buffer): Promise<void> {
    await tx.query(
      `UPDATE invitations SET status = 'expired' WHERE login_hash = $1 AND status = 'pending' AND expires_at <= now()`,
      [loginHash],
    );
  }

  insert(tx: EntityManager, invitation: DeepPartial<Invitation>): Promise<Invitation> {
    return tx.getRepository(Invitation).save(invitation);
  }

  /** The invitation, locked for this transaction, or null. */
  lock(tx: EntityManager, id: string): Promise<Invitation | null> {
    return tx.getRepository(Invitation).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Records the decision on an invitation. */
  async decide(
    tx: EntityManager,
    id: string,
    decision: Pick<Invitation, 'status' | 'decidedAt'> & Partial<Pick<Invitation, 'decidedBy'>>,
  ): Promise<void> {
    await tx.getRepository(Invitation).update({ id }, decision);
  }

  /** Invitations decided or overdue more than `days` before `now`. */
  async purge(tx: EntityManager, now: Date, days: number): Promise<void> {
    await tx.query(
      `DELETE FROM invitations
          WHERE coalesce(decided_at, expires_at) < $1::timestamptz - make_interval(days => $2)`,
      [now, days],
    );
  }

  private rows(where: string, params: unknown[], manager: EntityManager = this.dataSource.manager) {
    return manager.query(`${VIEW_SQL} WHERE ${where} ORDER BY i.created_at DESC LIMIT 500`, params) as Promise<
      InvitationRow[]
    >;
  }
}
