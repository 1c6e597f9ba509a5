import { Module } from '@nestjs/common';
import { RegionStore } from './region.store';
import { RegionTree } from './region-tree.service';

/**
 * The region tree (docs/regions.md): core owns the `regions` table. RegionStore alone holds its SQL
 * (besides the `insideRegions` fragment other libs filter with), RegionTree its one cache.
 * DomainSupportModule imports it, so every lib can inject both.
 */
@Module({
  providers: [RegionStore, RegionTree],
  exports: [RegionStore, RegionTree],
})
export class RegionsModule {}
