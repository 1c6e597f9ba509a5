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

@Entity('accounts')
@Check('accounts_login_present', `"email" IS NOT NULL OR "phone" IS NOT NULL`)
@Check('accounts_status', `"status" IN ('active', 'disabled')`)
export class Account {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower-cased. */
  @Column({ type: 'varchar', length: 254, nullable: true, unique: true })
  email!: string | null;

  /** Mainland mobile number, 11 digits. */
  @Column({ type: 'varchar', length: 11, nullable: true, unique: true })
  phone!: string | null;

  @Column({ name: 'display_name', type: 'varchar', length: 64 })
  displayName!: string;

  /** argon2id, PHC string format. */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: 'active' | 'disabled';

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
