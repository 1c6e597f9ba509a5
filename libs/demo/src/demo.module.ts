import { Module } from '@nestjs/common';
import { IdentityModule } from '@kepu/identity';
import { DemoSeeder } from './demo.seeder';

@Module({ imports: [IdentityModule], providers: [DemoSeeder] })
export class DemoModule {}
