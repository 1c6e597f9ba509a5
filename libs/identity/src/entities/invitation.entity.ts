import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../roles';

export type InvitationStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn' | 'expired';

/**
 * A role offered to a login. It becomes a grant only when the person who proves that login (by a
 * code) accepts it: a role never lands on an account just because it holds a matching login.
 */
@Entity('invitations')
// One pending invitation per login and scoped role; NULLS NOT DISTINCT is the migration's.
@Index('invitations_pending_unique', { synchronize: false })
@Check(
  'invitations_role',
  `"role" IN ('visitor', 'school', 'operator', 'community', 'volunteer', 'district_admin', 'city_admin', 'system_admin')`,
)
@Check('invitations_status', `"status" IN ('pending', 'accepted', 'declined', 'withdrawn', 'expired')`)
@Check('invitations_region_scope', `("role" IN ('district_admin', 'city_admin')) = ("region_code" IS NOT NULL)`)
@Check(
  'invitations_organisation_scope',
  `("role" IN ('operator', 'school', 'community', 'volunteer')) = ("organisation_id" IS NOT NULL)`,
)
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** `email:…` or `phone:…`, sealed: the invitation is sent there. */
  @Column({ name: 'login_sealed', type: 'bytea' })
  loginSealed!: Buffer;

  @Index('invitations_login_idx')
  @Column({ name: 'login_hash', type: 'bytea' })
  loginHash!: Buffer;

  @Column({ type: 'varchar', length: 32 })
  role!: Role;

  @Column({ name: 'region_code', type: 'varchar', length: 16, nullable: true })
  regionCode!: string | null;

  @Index('invitations_organisation_idx')
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ name: 'invited_by', type: 'uuid' })
  invitedBy!: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: InvitationStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** The account that accepted or declined it. */
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;
}
