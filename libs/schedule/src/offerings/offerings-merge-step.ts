import { Injectable, OnModuleInit } from '@nestjs/common';
import { ResourceMergeSteps } from '@kepu/register';
import { Slot } from '../slots/slot.entity';
import { Offering } from './offering.entity';

/**
 * A merged venue's offerings, with their slots, move to the kept venue (docs/register.md,
 * "Duplicates and merging"). Opening hours stay: the kept venue's own hours are the ones that hold.
 */
@Injectable()
export class OfferingsMergeStep implements OnModuleInit {
  constructor(private readonly steps: ResourceMergeSteps) {}

  onModuleInit(): void {
    this.steps.register(async (tx, { from, into }) => {
      const offerings = await tx.getRepository(Offering).update({ resourceId: from }, { resourceId: into });
      await tx.getRepository(Slot).update({ resourceId: from }, { resourceId: into });
      return { offerings: offerings.affected ?? 0 };
    });
  }
}
