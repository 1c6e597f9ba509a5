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
import { Organisation } from '../organisations/organisation.entity';

export type MediaPurpose = 'photo' | 'evidence';

/** An uploaded file: a photo (public once referenced) or accreditation evidence (members and admins only). */
@Entity('media')
@Check('media_purpose', `"purpose" IN ('photo', 'evidence')`)
export class Media {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'media_pkey' })
  id!: string;

  @Index('media_organisation_idx')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'media_organisation_fkey' })
  organisation!: Relation<Organisation>;

  @Column({ type: 'varchar', length: 16 })
  purpose!: MediaPurpose;

  @Column({ name: 'content_type', type: 'varchar', length: 64 })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey!: string;

  @Column({ name: 'original_name', type: 'varchar', length: 255, nullable: true })
  originalName!: string | null;

  @Column({ type: 'integer', nullable: true })
  width!: number | null;

  @Column({ type: 'integer', nullable: true })
  height!: number | null;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
