import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** One lib's part of a person's data export: JSON for the whole, and optionally a table as CSV. */
export interface PersonalDataSection {
  /** Key in my-data.json, e.g. `bookings`. */
  name: string;
  data: unknown;
  /** Written beside the JSON as `<name>.csv`: a header row, then one row per record. */
  table?: unknown[][];
}

/**
 * A lib that holds personal data about accounts (PIPL arts. 45 and 47): it shows a person what it
 * holds, and erases or anonymises it when the account is deleted. Each lib registers its holder in
 * onModuleInit; identity's account deletion and data export go through every one.
 */
export interface PersonalDataHolder {
  /** Refuses (with an AppError) while the account has something it must hand over first. */
  assertErasable?(accountId: string, tx: EntityManager): Promise<void>;
  exportFor(accountId: string): Promise<PersonalDataSection[]>;
  /** Runs in the deletion's transaction, before the account row itself is erased. */
  erase(accountId: string, tx: EntityManager): Promise<void>;
}

@Injectable()
export class PersonalDataRegistry {
  private readonly registered: PersonalDataHolder[] = [];

  register(holder: PersonalDataHolder): void {
    this.registered.push(holder);
  }

  get holders(): readonly PersonalDataHolder[] {
    return this.registered;
  }
}
