import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The two resources of a merge: `from` goes, `into` is kept. */
export interface MergePair {
  from: string;
  into: string;
}

/**
 * Moves a lib's rows keyed by a resource from the merged one to the kept one, inside the merge's
 * transaction; answers how many rows of each kind moved (for the history entry).
 */
export type ResourceMergeStep = (tx: EntityManager, pair: MergePair) => Promise<Record<string, number>>;

/**
 * Where libs that keep rows by resource (offerings, bookings, statistics) hang their part of a merge,
 * so the register does not depend on them (docs/register.md, "Duplicates and merging"). Each
 * registers once when its module starts.
 */
@Injectable()
export class ResourceMergeSteps {
  private readonly steps: ResourceMergeStep[] = [];

  register(step: ResourceMergeStep): void {
    this.steps.push(step);
  }

  /** Runs every step in the order they registered; what moved, by kind. */
  async run(tx: EntityManager, pair: MergePair): Promise<Record<string, number>> {
    const moved: Record<string, number> = {};
    for (const step of this.steps) Object.assign(moved, await step(tx, pair));
    return moved;
  }
}
