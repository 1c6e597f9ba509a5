import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  Relation,
} from 'typeorm';
import { RoleGrant } from './role-grant.entity';

export type AccountStatus = 'active' | 'suspended' | 'deleted';

@Entity('accounts')
@Check('accounts_login_present', `"status" = 'deleted' OR "email" IS NOT NULL OR "phone_hash" IS NOT NULL`)
@Check('accounts_status', `"status" IN ('active', 'suspended', 'deleted')`)
export class Account {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower-cased. */
  @Column({ type: 'varchar', length: 254, nullable: true, unique: true })
  email!: string | null;

  /** Mainland mobile number (11 digits), sealed with the PersonalDataCipher. */
  @Column({ name: 'phone_sealed', type: 'bytea', nullable: true })
  phoneSealed!: Buffer | null;

  /** The cipher's lookup hash of the phone login, so sign-in finds the account without a clear number. */
  @Column({ name: 'phone_hash', type: 'bytea', nullable: true, unique: true })
  phoneHash!: Buffer | null;

  @Column({ name: 'display_name', type: 'varchar', length: 64 })
  displayName!: string;

  /** argon2id, PHC string format; null for accounts that sign in by code only. */
  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: AccountStatus;

  /** When the login was proven by a code; until then the account may not book or take roles. */
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  /** The privacy policy version the person last accepted. */
  @Column({ name: 'privacy_version', type: 'varchar', length: 16, nullable: true })
  privacyVersion!: string | null;

  @Column({ name: 'suspended_at', type: 'timestamptz', nullable: true })
  suspendedAt!: Date | null;

  @Column({ name: 'suspended_reason', type: 'varchar', length: 200, nullable: true })
  suspendedReason!: string | null;

  /** Seeded demo account: production refuses to start while one exists. */
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => RoleGrant, (grant) => grant.account)
  grants!: Relation<RoleGrant[]>;
}
