import { Module } from '@nestjs/common';
import { IdentityModule } from '@kepu/identity';
import { RegisterModule } from '@kepu/register';
import { ScheduleModule } from '@kepu/schedule';
import { StatsController } from './stats.controller';
import { ServiceCriteriaController } from './service-criteria.controller';
import { ServiceCriteriaService } from './service-criteria.service';
import { StatsPolicies } from './stats.policies';
import { StatsRollupJob } from './stats-rollup.job';
import { StatsService } from './stats.service';
import { StatsMergeStep } from './stats-merge-step';
import { OutreachFiguresService } from './outreach-figures';
import { OutreachFiguresStore } from './outreach-figures.store';
import { GroupVisitFiguresStore } from './group-visit-figures.store';
import { RegisterFiguresStore } from './register-figures.store';
import { ServiceCriteriaStore } from './service-criteria.store';
import { StatsDailyStore } from './stats-daily.store';

/** Figures for venues, districts and the city, from a daily rollup the worker keeps, and outreach figures. */
@Module({
  // The policies stats builds on (census.manage, schedule.manage) are theirs.
  imports: [IdentityModule, RegisterModule, ScheduleModule],
  controllers: [StatsController, ServiceCriteriaController],
  providers: [
    StatsService,
    ServiceCriteriaService,
    OutreachFiguresService,
    StatsPolicies,
    StatsRollupJob,
    StatsMergeStep,
    StatsDailyStore,
    ServiceCriteriaStore,
    RegisterFiguresStore,
    GroupVisitFiguresStore,
    OutreachFiguresStore,
  ],
  exports: [StatsService, StatsRollupJob],
})
export class StatsModule {}
