import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Resource } from '../resources/resource.entity';

/**
 * A short name people type for a resource (超算, 少年宫), kept outside its revisions: its
 * administrators edit the list and search indexes it next to the name (docs/search.md, "Aliases").
 */
@Entity('resource_aliases')
@Check('resource_aliases_alias_length', `char_length("alias") BETWEEN 1 AND 40`)
// Unique per resource whatever the case, on lower("alias"): beyond TypeORM, the index is the migration's.
@Index('resource_aliases_resource_alias_unique', { synchronize: false })
export class ResourceAlias {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'resource_aliases_pkey' })
  id!: string;

  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => Resource, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'resource_aliases_resource_fkey' })
  resource?: Resource;

  @Column({ type: 'varchar', length: 40 })
  alias!: string;

  /** Null for demo data. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
