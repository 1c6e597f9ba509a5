import { Module } from '@nestjs/common';
import { IdentityModule } from '@kepu/identity';
import { RegisterModule } from '@kepu/register';
import { ScheduleModule } from '@kepu/schedule';
import { DemoSeeder } from './demo.seeder';

@Module({ imports: [IdentityModule, RegisterModule, ScheduleModule], providers: [DemoSeeder] })
export class DemoModule {}
