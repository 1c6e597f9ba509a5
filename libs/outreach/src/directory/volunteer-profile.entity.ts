import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Account } from '@kepu/identity';

/**
 * What a science volunteer (科技志愿者) says of themself: the name their certificate of hours
 * carries, their skills and the districts they can serve. Their teams are their `volunteer` roles.
 */
@Entity('volunteer_profiles')
@Check('volunteer_profiles_skills', `cardinality("skills") <= 20`)
@Check('volunteer_profiles_districts', `cardinality("district_codes") <= 50`)
export class VolunteerProfile {
  @PrimaryColumn({ name: 'account_id', type: 'uuid', primaryKeyConstraintName: 'volunteer_profiles_pkey' })
  accountId!: string;

  @OneToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'volunteer_profiles_account_fkey' })
  account?: Relation<Account>;

  /** As on the volunteer's ID: printed on the certificate of hours. */
  @Column({ name: 'real_name', type: 'varchar', length: 64 })
  realName!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills!: string[];

  @Column({ name: 'district_codes', type: 'text', array: true, default: () => "'{}'" })
  districtCodes!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
