import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@kepu/identity';
import { SearchHealthIndicator } from './search.indicator';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly search: SearchHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOkResponse({ description: 'Database up; search up or down (search falls back to the database).' })
  @ApiServiceUnavailableResponse({ description: 'Database down, or the service is shutting down.' })
  async check(): Promise<HealthCheckResult> {
    const [result, search] = await Promise.all([
      this.health.check([() => this.database.pingCheck('database', { timeout: 2_000 })]),
      this.search.check(),
    ]);
    return { ...result, info: { ...result.info, ...search }, details: { ...result.details, ...search } };
  }
}
