import { Module } from '@nestjs/common';
import { IdentityModule } from '@kepu/identity';
import { RegisterModule } from '@kepu/register';
import { DemoSeeder } from './demo.seeder';

@Module({ imports: [IdentityModule, RegisterModule], providers: [DemoSeeder] })
export class DemoModule {}
