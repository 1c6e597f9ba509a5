import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { Role } from '../roles';
import { Account } from './account.entity';

/**
 * A role held by an account, with its scope: a region for admins, an organisation for operators
 * and school teachers (organisation membership lives here; the organisation itself in the register).
 */
@Entity('role_grants')
// NULLS NOT DISTINCT (a visitor role has no scope) is beyond TypeORM: the index is the migration's.
@Index('role_grants_unique', { synchronize: false })
@Check(
  'role_grants_role',
  `"role" IN ('visitor', 'school', 'operator', 'community', 'volunteer', 'district_admin', 'city_admin', 'system_admin')`,
)
@Check('role_grants_region_scope', `("role" IN ('district_admin', 'city_admin')) = ("region_code" IS NOT NULL)`)
@Check(
  'role_grants_organisation_scope',
  `("role" IN ('operator', 'school', 'community', 'volunteer')) = ("organisation_id" IS NOT NULL)`,
)
export class RoleGrant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => Account, (account) => account.grants, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account!: Relation<Account>;

  @Column({ type: 'varchar', length: 32 })
  role!: Role;

  @Column({ name: 'region_code', type: 'varchar', length: 16, nullable: true })
  regionCode!: string | null;

  @Index('role_grants_organisation_idx')
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  /** The admin who granted it; null for seeded and self-registered roles. */
  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
