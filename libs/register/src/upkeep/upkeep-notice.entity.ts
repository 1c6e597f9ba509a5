import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { Resource } from '../resources/resource.entity';

/**
 * A reminder the upkeep jobs sent about a resource, so a rerun or a restart sends none twice
 * (docs/register.md, "Accreditations and their expiry"). The key names what it was about: an
 * accreditation, its expiry date and the threshold; or the confirmation a re-confirmation is due after.
 */
@Entity('register_upkeep_notices')
export class UpkeepNotice {
  @PrimaryColumn({ name: 'resource_id', type: 'uuid', primaryKeyConstraintName: 'register_upkeep_notices_pkey' })
  resourceId!: string;

  @ManyToOne(() => Resource, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'register_upkeep_notices_resource_fkey' })
  resource!: Relation<Resource>;

  /** The notification kind, e.g. `register.accreditation_expiring`. */
  @PrimaryColumn({ type: 'varchar', length: 48, primaryKeyConstraintName: 'register_upkeep_notices_pkey' })
  kind!: string;

  @PrimaryColumn({ type: 'varchar', length: 100, primaryKeyConstraintName: 'register_upkeep_notices_pkey' })
  key!: string;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;
}
