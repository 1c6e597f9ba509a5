import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { queriesOn } from '@kepu/core';
import { Organisation, OrganisationsStore } from '@kepu/register';
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
 * Providers with where they are on the map: the organisations from register's store, their
 * venues from register's `venue_facts` view (venueOf).
 */
@Injectable()
export class ProviderLocationsStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsStore,
  ) {}

  /** Organisations by id, each with its venue. */
  async providers(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, Provider>> {
    if (!ids.length) return new Map();
    const [organisations, located] = await queriesOn(manager, [
      () => this.organisations.findByIds(ids, manager),
      () =>
        manager.query(
          `SELECT o.id, (SELECT json_build_object('latitude', v.latitude, 'longitude', v.longitude, 'resourceName', v.name)
                           FROM (${venueOf('o.id')}) v) AS location
             FROM unnest($1::uuid[]) AS o(id)`,
          [ids],
        ) as Promise<{ id: string; location: MenuProviderLocationView | null }[]>,
    ]);
    const locations = new Map(located.map((row) => [row.id, row.location]));
    return new Map(organisations.map((o) => [o.id, { organisation: o, location: locations.get(o.id) ?? null }]));
  }
}
