export { StatsModule } from './stats.module';
export { StatsService } from './stats.service';
export { StatsRollupJob } from './stats-rollup.job';
export { StatsErrors } from './stats-errors';
export type * from './stats.views';
export type * from './service-criteria.views';
