import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Organisation } from '@kepu/register';
import { MenuProviderLocationView } from './menu/menu.views';

/**
 * SQL for the venue that places a provider on the map: its first published resource by name.
 * One definition, so the menu's bbox filter and the answers place a provider at the same point.
 */
export const venueOf = (organisationId: string) =>
  `SELECT r.name, r.latitude, r.longitude FROM venue_facts r
    WHERE r.organisation_id = ${organisationId} AND r.status = 'published' ORDER BY r.name, r.id LIMIT 1`;

/** A provider organisation with where it is on the map. */
export interface Provider {
  organisation: Organisation;
  location: MenuProviderLocationView | null;
}

/**
 * Register's organisations as outreach reads them (orderers, providers, teams), through register's
 * entity: the reads stay in this one place until register offers a port for them.
 */
@Injectable()
export class OrganisationsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Organisation | null> {
    return manager.findOneBy(Organisation, { id });
  }

  /** An organisation a foreign key keeps, so it exists. */
  get(tx: EntityManager, id: string): Promise<Organisation> {
    return tx.findOneByOrFail(Organisation, { id });
  }

  /** Organisations by id, each with its venue, in one query. */
  async providers(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, Provider>> {
    if (!ids.length) return new Map();
    const { entities, raw } = await manager
      .createQueryBuilder(Organisation, 'o')
      .addSelect(
        `(SELECT json_build_object('latitude', v.latitude, 'longitude', v.longitude, 'resourceName', v.name)
            FROM (${venueOf('o.id')}) v)`,
        'location',
      )
      .where('o.id IN (:...ids)', { ids })
      .getRawAndEntities<{ o_id: string; location: MenuProviderLocationView | null }>();
    const locations = new Map(raw.map((row) => [row.o_id, row.location]));
    return new Map(entities.map((o) => [o.id, { organisation: o, location: locations.get(o.id) ?? null }]));
  }
}
