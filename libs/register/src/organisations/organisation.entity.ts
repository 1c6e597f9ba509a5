import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '@kepu/identity';

/** A body that runs resources (a museum, a school, an enterprise…): its operators are accounts holding the `operator` role for it. */
@Entity('organisations')
@Check(
  'organisations_kind',
  `"kind" IN ('museum', 'school', 'enterprise', 'research_institute', 'public_institution', 'ngo', 'community', 'volunteer_team')`,
)
export class Organisation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organisations_pkey' })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  /** GB 32100-2015 unified social credit code, upper case. */
  @Index('organisations_credit_code_key', { unique: true })
  @Column({ name: 'credit_code', type: 'char', length: 18 })
  creditCode!: string;

  /** A school's 10-digit 学校标识码 from the education authority: what admins check a school against. */
  @Index('organisations_school_code_key', { unique: true })
  @Column({ name: 'school_code', type: 'char', length: 10, nullable: true })
  schoolCode!: string | null;

  /** Where the organisation is registered: the admins of this region verify it and manage its members. */
  @Index('organisations_region_idx')
  @Column({ name: 'region_code', type: 'varchar', length: 16 })
  regionCode!: string;

  /** The organisation's contact person: personal data, shown masked and only to members and admins. */
  @Column({ name: 'contact_name', type: 'varchar', length: 64, nullable: true })
  contactName!: string | null;

  /** The contact's phone, sealed with the PersonalDataCipher: never stored in clear. */
  @Column({ name: 'contact_phone_sealed', type: 'bytea', nullable: true })
  contactPhoneSealed!: Buffer | null;

  /**
   * The cipher's lookup hash of the phone's digits (see contactPhoneHash): kept so the number can be
   * matched without decrypting every row. Nothing looks organisations up by phone yet, so it has no index.
   */
  @Column({ name: 'contact_phone_hash', type: 'bytea', nullable: true })
  contactPhoneHash!: Buffer | null;

  @Column({ name: 'contact_email', type: 'varchar', length: 254, nullable: true })
  contactEmail!: string | null;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @Column({ name: 'verified_by', type: 'uuid', nullable: true })
  verifiedBy!: string | null;

  /** The name an administrator last verified: the public keeps seeing it while a new name awaits verification. */
  @Column({ name: 'verified_name', type: 'varchar', length: 100, nullable: true })
  verifiedName!: string | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** Roles that vouch for the kind of their organisation: granted only on a verified one of that kind. */
const ROLE_KINDS: Partial<Record<Role, string>> = { [Role.School]: 'school', [Role.Community]: 'community' };

/** Whether the role may be held for this organisation (a teacher only at a verified school, say). */
export const roleFits = (role: Role, org: Organisation): boolean =>
  !ROLE_KINDS[role] || (org.kind === ROLE_KINDS[role] && Boolean(org.verifiedAt));

/** The name an administrator last verified, if any (organisations verified on import recorded none: their name). */
export const lastVerifiedName = (org: Organisation): string | null =>
  org.verifiedName ?? (org.verifiedAt ? org.name : null);

/** The name the public sees: the verified one while a new name awaits verification, else the name as given. */
export const publicName = (org: Organisation): string => lastVerifiedName(org) ?? org.name;
