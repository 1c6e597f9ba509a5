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
import { Account } from '@kepu/identity';
import type { VisitorCategory } from '../bookings/booking.entity';

/**
 * Someone an account books for (常用参观人): name and document sealed with the PersonalDataCipher
 * (the document as `documentText`), its keyed hash keeping one person once per account.
 */
@Entity('saved_visitors')
@Check('saved_visitors_category', `"category" IN ('adult', 'child', 'senior')`)
@Index('saved_visitors_account_idx', ['accountId', 'createdAt'])
@Index('saved_visitors_one_per_document', ['accountId', 'documentHash'], {
  unique: true,
  where: `"document_hash" IS NOT NULL`,
})
export class SavedVisitor {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'saved_visitors_pkey' })
  id!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'saved_visitors_account_fkey' })
  account?: Relation<Account>;

  @Column({ type: 'bytea' })
  name!: Buffer;

  @Column({ type: 'varchar', length: 8 })
  category!: VisitorCategory;

  @Column({ type: 'bytea', nullable: true })
  document!: Buffer | null;

  @Column({ name: 'document_hash', type: 'bytea', nullable: true })
  documentHash!: Buffer | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
