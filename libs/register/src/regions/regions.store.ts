import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A district with published venues: how many, and the box they lie in. */
export interface DistrictVenues {
  code: string;
  venues: number;
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

/** What the regions pages read of the register's resources. */
@Injectable()
export class RegionsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The districts with published venues. */
  publishedDistricts(): Promise<DistrictVenues[]> {
    return this.dataSource.query(
      `SELECT region_code AS code, count(*)::int AS venues,
                min(longitude) AS "minLng", min(latitude) AS "minLat", max(longitude) AS "maxLng", max(latitude) AS "maxLat"
           FROM resources WHERE status = 'published' GROUP BY region_code`,
    );
  }
}
