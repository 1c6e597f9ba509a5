import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PersonalDataHolder, PersonalDataRegistry, PersonalDataSection } from '@kepu/core';
import { DataSource, EntityManager } from 'typeorm';

/** The messages sent to an account are part of what Kepu holds about the person, and go with the account. */
@Injectable()
export class DeliveredMessages implements OnModuleInit, PersonalDataHolder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.personalData.register(this);
  }

  async exportFor(accountId: string): Promise<PersonalDataSection[]> {
    const messages = await this.dataSource.query(
      `SELECT created_at AS "sentAt", channel, kind, recipient, subject, text, status
         FROM notification_deliveries WHERE account_id = $1 ORDER BY created_at DESC`,
      [accountId],
    );
    return [{ name: 'messages', data: messages }];
  }

  async erase(accountId: string, tx: EntityManager): Promise<void> {
    await tx.query(`DELETE FROM notification_deliveries WHERE account_id = $1`, [accountId]);
  }
}
