import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Resource } from '@kepu/register';

/**
 * The register's resources, read through the entity the register exports: a crossing into another
 * lib's table (docs/table-ownership.md, "entity classes the owner exports"), kept here so it is the
 * only one in schedule and a register port can replace it in one place.
 */
@Injectable()
export class ScheduledResourcesStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(id: string): Promise<Resource | null> {
    return this.dataSource.getRepository(Resource).findOneBy({ id });
  }
}
