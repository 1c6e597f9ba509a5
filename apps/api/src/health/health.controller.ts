import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { Public } from '@kepu/identity';
import { HealthView } from './health.views';
import { SearchHealthIndicator } from './search.indicator';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly search: SearchHealthIndicator,
    private readonly dataSource: DataSource,
  ) {}

  /** Liveness and readiness: the database must answer; search may be down. */
  @Get()
  // Terminus' own documentation of the answers is looser than ours (any status, any indicator fields).
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOkResponse({
    type: HealthView,
    description: 'Database up; search up or down (search falls back to the database).',
  })
  @ApiServiceUnavailableResponse({ description: 'Database down, or the service is shutting down.' })
  async check(): Promise<HealthView> {
    const [result, search] = await Promise.all([
      // The data source is handed over rather than looked up by Terminus 11, whose lookup reaches into
      // @nestjs/typeorm's dist folder, which @nestjs/typeorm 12 (ESM, with an exports map) no longer exposes.
      this.health.check([() => this.database.pingCheck('database', { connection: this.dataSource, timeout: 2_000 })]),
      this.search.check(),
    ]);
    const health = { ...result, info: { ...result.info, ...search }, details: { ...result.details, ...search } };
    // A failed check throws (503), so the result here is always `ok`, with both checks in it.
    return health as unknown as HealthView;
  }
}
