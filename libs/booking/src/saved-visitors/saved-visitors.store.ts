import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { SavedVisitor } from './saved-visitor.entity';

/** The `saved_visitors` table: the people an account books for, sealed. */
@Injectable()
export class SavedVisitorsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** An account's saved visitors, in the order saved. */
  listOf(accountId: string): Promise<SavedVisitor[]> {
    return this.dataSource.getRepository(SavedVisitor).find({ where: { accountId }, order: { createdAt: 'ASC' } });
  }

  countOf(tx: EntityManager, accountId: string): Promise<number> {
    return tx.countBy(SavedVisitor, { accountId });
  }

  insert(
    tx: EntityManager,
    fields: Pick<SavedVisitor, 'accountId' | 'name' | 'category' | 'document' | 'documentHash'>,
  ): Promise<SavedVisitor> {
    return tx.save(tx.create(SavedVisitor, fields));
  }

  /** Deletes one of the account's saved visitors; whether there was one. */
  async remove(accountId: string, id: string): Promise<boolean> {
    const { affected } = await this.dataSource.getRepository(SavedVisitor).delete({ id, accountId });
    return Boolean(affected);
  }

  /** Those of the ids that are the account's saved visitors. */
  findOf(tx: EntityManager, accountId: string, ids: string[]): Promise<SavedVisitor[]> {
    return tx.findBy(SavedVisitor, { id: In(ids), accountId });
  }

  async removeAllOf(tx: EntityManager, accountId: string): Promise<void> {
    await tx.delete(SavedVisitor, { accountId });
  }
}
