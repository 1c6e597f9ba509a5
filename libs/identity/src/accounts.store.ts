import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import type { AccountContact, AccountLock } from './account-contacts';
import { Account, RoleGrant } from './entities';
import { PlacedGrant } from './identity.policies';
import { OrganisationMember } from './identity.views';
import type { OrganisationRoleHolder } from './role-holders';
import { Role } from './roles';

/** The account fields erased when its owner deletes it; the row stays, so its past still counts. */
export type ErasedAccount = Pick<
  Account,
  | 'email'
  | 'phoneSealed'
  | 'phoneHash'
  | 'displayName'
  | 'passwordHash'
  | 'status'
  | 'verifiedAt'
  | 'privacyVersion'
  | 'suspendedAt'
  | 'suspendedReason'
>;

const CONTACT_COLUMNS = `id, status, verified_at IS NOT NULL AS verified, display_name AS "displayName", email,
  phone_sealed AS "phoneSealed"`;
/** The row lock each AccountLock takes. */
const LOCK_CLAUSES: Record<AccountLock, string> = {
  update: 'FOR UPDATE',
  share: 'FOR SHARE',
  keyShare: 'FOR KEY SHARE',
};

/** An organisation member's row, its phone still sealed. */
export type MemberRow = Omit<OrganisationMember, 'phone'> & { phoneSealed: Buffer | null };

/** Accounts and their role grants: `accounts` and `role_grants`. */
@Injectable()
export class AccountsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(id: string): Promise<Account | null> {
    return this.dataSource.getRepository(Account).findOneBy({ id });
  }

  /** The account; fails when there is none (the signed-in actor's own). */
  get(id: string): Promise<Account> {
    return this.dataSource.getRepository(Account).findOneByOrFail({ id });
  }

  /** The account with this e-mail, or this phone's lookup hash. */
  findByLogin(key: { email: string } | { phoneHash: Buffer }, manager?: EntityManager): Promise<Account | null> {
    return (manager ?? this.dataSource.manager).getRepository(Account).findOne({ where: key });
  }

  /** Suspended accounts, the latest suspension first, at most 500. */
  suspended(): Promise<Account[]> {
    return this.dataSource
      .getRepository(Account)
      .find({ where: { status: 'suspended' }, order: { suspendedAt: 'DESC' }, take: 500 });
  }

  /** Whether the account is active and has proven its login; undefined when it is not active. */
  async activeVerified(tx: EntityManager, id: string): Promise<{ verified: boolean } | undefined> {
    const [account]: { verified: boolean }[] = await tx.query(
      `SELECT verified_at IS NOT NULL AS verified FROM accounts WHERE id = $1 AND status = 'active'`,
      [id],
    );
    return account;
  }

  async demoCount(): Promise<number> {
    return this.dataSource.getRepository(Account).countBy({ isDemo: true });
  }

  /** Locks the account's row for this transaction. */
  async lock(tx: EntityManager, id: string): Promise<void> {
    await tx.query(`SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE`, [id]);
  }

  insert(tx: EntityManager, account: DeepPartial<Account>): Promise<Account> {
    return tx.getRepository(Account).save(account);
  }

  async setPrivacyVersion(tx: EntityManager, id: string, privacyVersion: string): Promise<void> {
    await tx.getRepository(Account).update({ id }, { privacyVersion });
  }

  async setPasswordHash(tx: EntityManager, id: string, passwordHash: string): Promise<void> {
    await tx.getRepository(Account).update({ id }, { passwordHash });
  }

  /** Records that the account proved its login now; outside a transaction unless one is given. */
  async markVerified(id: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).getRepository(Account).update({ id }, { verifiedAt: new Date() });
  }

  async setStatus(
    tx: EntityManager,
    id: string,
    status: Pick<Account, 'status' | 'suspendedReason' | 'suspendedAt'>,
  ): Promise<void> {
    await tx.getRepository(Account).update({ id }, status);
  }

  async erase(tx: EntityManager, id: string, erased: ErasedAccount): Promise<void> {
    await tx.getRepository(Account).update({ id }, erased);
  }

  /** Display names by account id. */
  displayNames(ids: string[], manager = this.dataSource.manager): Promise<{ id: string; displayName: string }[]> {
    return manager.query(`SELECT id, display_name AS "displayName" FROM accounts WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** The accounts' contact columns, by display name. */
  contacts(ids: string[], manager = this.dataSource.manager): Promise<AccountContact[]> {
    return manager.query(
      `SELECT ${CONTACT_COLUMNS} FROM accounts WHERE id = ANY($1::uuid[]) ORDER BY display_name, id`,
      [ids],
    );
  }

  /** Locks the account's row as asked and reads its contact columns. */
  async lockContact(tx: EntityManager, id: string, lock: AccountLock): Promise<AccountContact | undefined> {
    const [account]: AccountContact[] = await tx.query(
      `SELECT ${CONTACT_COLUMNS} FROM accounts WHERE id = $1 ${LOCK_CLAUSES[lock]}`,
      [id],
    );
    return account;
  }

  /** The grants of `roles` for these organisations held by active accounts. */
  organisationRoleHolders(
    organisationIds: string[],
    roles: Role[],
    manager = this.dataSource.manager,
  ): Promise<OrganisationRoleHolder[]> {
    return manager.query(
      `SELECT DISTINCT g.account_id AS "accountId", g.organisation_id AS "organisationId", g.role
         FROM role_grants g JOIN accounts a ON a.id = g.account_id
        WHERE g.organisation_id = ANY($1::uuid[]) AND g.role = ANY($2) AND a.status = 'active'`,
      [organisationIds, roles],
    );
  }

  /** The active accounts holding `role` for one of these regions. */
  async regionRoleHolders(regionCodes: string[], role: Role, manager = this.dataSource.manager): Promise<string[]> {
    const rows: { accountId: string }[] = await manager.query(
      `SELECT DISTINCT g.account_id AS "accountId" FROM role_grants g JOIN accounts a ON a.id = g.account_id
        WHERE g.region_code = ANY($1) AND g.role = $2 AND a.status = 'active'`,
      [regionCodes, role],
    );
    return rows.map((row) => row.accountId);
  }

  /** Whether the account holds `role` for the organisation, whatever its status; `share` locks the grant. */
  async holdsOrganisationRole(
    grant: { accountId: string; organisationId: string; role: Role },
    manager = this.dataSource.manager,
    lock?: 'share',
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM role_grants WHERE account_id = $1 AND organisation_id = $2 AND role = $3
       ${lock ? 'FOR SHARE' : ''}`,
      [grant.accountId, grant.organisationId, grant.role],
    );
    return rows.length > 0;
  }

  /** The organisations the account holds `role` for. */
  async organisationsOf(accountId: string, role: Role, manager = this.dataSource.manager): Promise<string[]> {
    const rows: { organisationId: string }[] = await manager.query(
      `SELECT DISTINCT organisation_id AS "organisationId" FROM role_grants
        WHERE account_id = $1 AND role = $2 AND organisation_id IS NOT NULL`,
      [accountId, role],
    );
    return rows.map((row) => row.organisationId);
  }

  /**
   * An account's grants in the order given, each with the region it lies in. Organisations are the
   * register's: identity reads their region from register's `organisation_names` view, and so never
   * imports the register.
   */
  placedGrants(accountId: string): Promise<PlacedGrant[]> {
    return this.dataSource.query(
      `SELECT g.id, g.role, g.region_code AS "regionCode", g.organisation_id AS "organisationId",
              coalesce(g.region_code, o.region_code) AS region
         FROM role_grants g LEFT JOIN organisation_names o ON o.id = g.organisation_id
        WHERE g.account_id = $1 ORDER BY g.created_at, g.id`,
      [accountId],
    );
  }

  /** Whether the account holds exactly this role and scope. */
  async holdsGrant(
    accountId: string,
    grant: Pick<RoleGrant, 'role' | 'regionCode' | 'organisationId'>,
  ): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM role_grants WHERE account_id = $1 AND role = $2
          AND region_code IS NOT DISTINCT FROM $3 AND organisation_id IS NOT DISTINCT FROM $4`,
      [accountId, grant.role, grant.regionCode, grant.organisationId],
    );
    return Boolean(row);
  }

  /** The members of an organisation (operators, teachers), oldest grant first. */
  membersOf(organisationId: string): Promise<MemberRow[]> {
    return this.dataSource.query(
      `SELECT g.id AS "grantId", g.role, a.id AS "accountId", a.display_name AS "displayName", a.email,
              a.phone_sealed AS "phoneSealed"
         FROM role_grants g JOIN accounts a ON a.id = g.account_id
        WHERE g.organisation_id = $1 ORDER BY g.created_at`,
      [organisationId],
    );
  }

  findGrant(accountId: string, id: string): Promise<RoleGrant | null> {
    return this.dataSource.getRepository(RoleGrant).findOneBy({ id, accountId });
  }

  addGrant(tx: EntityManager, grant: DeepPartial<RoleGrant>): Promise<RoleGrant> {
    return tx.getRepository(RoleGrant).save(grant);
  }

  async addGrants(tx: EntityManager, grants: DeepPartial<RoleGrant>[]): Promise<void> {
    await tx.getRepository(RoleGrant).save(grants);
  }

  async deleteGrant(tx: EntityManager, id: string): Promise<void> {
    await tx.getRepository(RoleGrant).delete({ id });
  }

  async deleteGrantsOf(tx: EntityManager, accountId: string): Promise<void> {
    await tx.query(`DELETE FROM role_grants WHERE account_id = $1`, [accountId]);
  }
}
