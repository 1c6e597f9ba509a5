import { Controller, Get, Header, Headers, Inject, Module } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiErrors, AppError, CoreErrors, KEPU_CONFIG, KepuConfig, Metrics } from '@kepu/core';
import { Public } from '@kepu/identity';
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Prometheus' scrape of this process: search's cache and circuit breaker (docs/search.md, "Metrics"). */
@ApiTags('health')
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(KEPU_CONFIG) private readonly config: KepuConfig,
    private readonly metrics: Metrics,
  ) {}

  /** This process's metrics, in Prometheus' text format, for a bearer of `METRICS_TOKEN`. */
  @Get()
  @ApiProduces('text/plain')
  @ApiOkResponse({
    description: 'Prometheus text exposition format',
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  @ApiErrors(CoreErrors.UNAUTHORIZED, CoreErrors.ROUTE_NOT_FOUND)
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(@Headers('authorization') authorization: string | undefined): Promise<string> {
    this.checkToken(authorization);
    return this.metrics.text();
  }

  private checkToken(authorization: string | undefined): void {
    const token = this.config.metricsToken;
    if (!token) throw new AppError(CoreErrors.ROUTE_NOT_FOUND);
    // Compared as digests: equal lengths, and no early exit that would time the guess.
    if (!timingSafeEqual(digest(authorization ?? ''), digest(`Bearer ${token}`)))
      throw new AppError(CoreErrors.UNAUTHORIZED);
  }
}

@Module({ controllers: [MetricsController] })
export class MetricsModule {}
