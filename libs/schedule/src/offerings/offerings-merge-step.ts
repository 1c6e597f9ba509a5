import { Injectable, OnModuleInit } from '@nestjs/common';
import { ResourceMergeSteps } from '@kepu/register';
import { SlotsStore } from '../slots/slots.store';
import { OfferingsStore } from './offerings.store';

/**
 * A merged venue's offerings, with their slots, move to the kept venue (docs/register.md,
 * "Duplicates and merging"). Opening hours stay: the kept venue's own hours are the ones that hold.
 */
@Injectable()
export class OfferingsMergeStep implements OnModuleInit {
  constructor(
    private readonly steps: ResourceMergeSteps,
    private readonly offerings: OfferingsStore,
    private readonly slots: SlotsStore,
  ) {}

  onModuleInit(): void {
    this.steps.register(async (tx, { from, into }) => {
      const offerings = await this.offerings.moveToResource(tx, from, into);
      await this.slots.moveToResource(tx, from, into);
      return { offerings };
    });
  }
}
