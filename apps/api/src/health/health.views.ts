import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';

/** One dependency's state (Terminus' shape). */
export class HealthIndicatorView {
  status!: 'up' | 'down';
  /** Why it is down: for search `timeout`, `unreachable`, `HTTP <status>` or `circuit open` (docs/search.md). */
  message?: string;
}

/** The dependencies checked. */
export class HealthChecksView {
  database!: HealthIndicatorView;
  /** Search may be down while Kepu stays healthy: search falls back to the database. */
  search!: HealthIndicatorView;
}

/** `GET /health` while healthy: Terminus' result, the database up and search up or down. */
@ApiExtraModels(HealthIndicatorView)
export class HealthView {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';
  info!: HealthChecksView;
  /** Failed checks: empty in this answer (a failed database check answers 503). */
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(HealthIndicatorView) },
    maxProperties: 0,
  })
  error!: Record<string, HealthIndicatorView>;
  details!: HealthChecksView;
}
