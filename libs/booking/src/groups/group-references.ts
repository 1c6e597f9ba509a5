import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Organisation, OrganisationsStore, Resource, ResourceStore } from '@kepu/register';
import { Offering, OfferingsStore, Slot, SlotsStore } from '@kepu/schedule';

/**
 * The rows of other libs that group visits and agreements name, read through their owners' stores:
 * register's venues and schools, schedule's offerings and slots. `get…` is for a row a foreign key
 * guarantees; `find…` answers null when there is none.
 */
@Injectable()
export class GroupReferences {
  constructor(
    private readonly resources: ResourceStore,
    private readonly organisations: OrganisationsStore,
    private readonly offeringRows: OfferingsStore,
    private readonly slotRows: SlotsStore,
  ) {}

  findVenue(id: string, manager?: EntityManager): Promise<Resource | null> {
    return this.resources.findById(id, manager);
  }

  getVenue(id: string, manager?: EntityManager): Promise<Resource> {
    return this.resources.getById(id, manager);
  }

  venues(ids: string[], manager?: EntityManager): Promise<Resource[]> {
    return this.resources.findByIds(ids, manager);
  }

  findSchool(id: string, manager?: EntityManager): Promise<Organisation | null> {
    return this.organisations.findById(id, manager);
  }

  getSchool(id: string, manager?: EntityManager): Promise<Organisation> {
    return this.organisations.getById(id, manager);
  }

  schools(ids: string[], manager?: EntityManager): Promise<Organisation[]> {
    return this.organisations.findByIds(ids, manager);
  }

  findOffering(id: string, manager?: EntityManager): Promise<Offering | null> {
    return this.offeringRows.find(id, manager);
  }

  offerings(ids: string[], manager?: EntityManager): Promise<Offering[]> {
    return this.offeringRows.findByIds(ids, manager);
  }

  findSlot(id: string, manager?: EntityManager): Promise<Slot | null> {
    return this.slotRows.findById(id, manager);
  }

  getSlot(id: string, manager?: EntityManager): Promise<Slot> {
    return this.slotRows.getById(id, manager);
  }

  slots(ids: string[], manager?: EntityManager): Promise<Slot[]> {
    return this.slotRows.findByIds(ids, manager);
  }
}
