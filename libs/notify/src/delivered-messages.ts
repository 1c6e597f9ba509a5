import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataHolder, PersonalDataRegistry, PersonalDataSection } from '@kepu/core';
import { EntityManager } from 'typeorm';
import { NotificationDeliveriesStore } from './notification-deliveries.store';

/** The messages sent to an account are part of what Kepu holds about the person, and go with the account. */
@Injectable()
export class DeliveredMessages implements OnModuleInit, PersonalDataHolder {
  constructor(
    private readonly deliveries: NotificationDeliveriesStore,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.personalData.register(this);
  }

  async exportFor(accountId: string): Promise<PersonalDataSection[]> {
    const messages = await this.deliveries.sentTo(accountId);
    return [{ name: 'messages', data: messages }];
  }

  async erase(accountId: string, tx: EntityManager): Promise<void> {
    await this.deliveries.deleteFor(tx, accountId);
  }
}
