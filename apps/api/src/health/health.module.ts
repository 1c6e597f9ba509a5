import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { SearchHealthIndicator } from './search.indicator';

@Module({
  imports: [TerminusModule.forRoot({ gracefulShutdownTimeoutMs: 0, logger: false })],
  controllers: [HealthController],
  providers: [SearchHealthIndicator],
})
export class HealthModule {}
