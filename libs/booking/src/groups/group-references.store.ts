import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Organisation, Resource } from '@kepu/register';
import { Offering, Slot } from '@kepu/schedule';

/**
 * The rows of other libs that group visits and agreements name, read through the owners' entities:
 * register's venues and schools, schedule's offerings and slots. `get…` is for a row a foreign key
 * guarantees; `find…` answers null when there is none.
 */
@Injectable()
export class GroupReferencesStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findVenue(id: string, manager: EntityManager = this.dataSource.manager): Promise<Resource | null> {
    return manager.findOneBy(Resource, { id });
  }

  getVenue(id: string, manager: EntityManager = this.dataSource.manager): Promise<Resource> {
    return manager.findOneByOrFail(Resource, { id });
  }

  venues(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Resource[]> {
    return manager.findBy(Resource, { id: In(ids) });
  }

  findSchool(id: string, manager: EntityManager = this.dataSource.manager): Promise<Organisation | null> {
    return manager.findOneBy(Organisation, { id });
  }

  getSchool(id: string, manager: EntityManager = this.dataSource.manager): Promise<Organisation> {
    return manager.findOneByOrFail(Organisation, { id });
  }

  schools(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Organisation[]> {
    return manager.findBy(Organisation, { id: In(ids) });
  }

  findOffering(id: string, manager: EntityManager = this.dataSource.manager): Promise<Offering | null> {
    return manager.findOneBy(Offering, { id });
  }

  offerings(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Offering[]> {
    return manager.findBy(Offering, { id: In(ids) });
  }

  findSlot(id: string, manager: EntityManager = this.dataSource.manager): Promise<Slot | null> {
    return manager.findOneBy(Slot, { id });
  }

  getSlot(id: string, manager: EntityManager = this.dataSource.manager): Promise<Slot> {
    return manager.findOneByOrFail(Slot, { id });
  }

  slots(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Slot[]> {
    return manager.findBy(Slot, { id: In(ids) });
  }
}
