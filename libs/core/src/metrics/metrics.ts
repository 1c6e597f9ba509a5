import { Injectable } from '@nestjs/common';
import { Counter, CounterConfiguration, Gauge, GaugeConfiguration, Registry } from 'prom-client';

/**
 * This process's Prometheus metrics (`GET /metrics`, docs/search.md "Metrics"). One registry per
 * application rather than prom-client's global one, since tests run many applications in one
 * process; no default process metrics, whose observers would outlive each test's application
 * (the host's exporters measure processes).
 */
@Injectable()
export class Metrics {
  private readonly registry = new Registry();

  counter<L extends string>(configuration: Omit<CounterConfiguration<L>, 'registers'>): Counter<L> {
    return new Counter({ ...configuration, registers: [this.registry] });
  }

  gauge<L extends string>(configuration: Omit<GaugeConfiguration<L>, 'registers'>): Gauge<L> {
    return new Gauge({ ...configuration, registers: [this.registry] });
  }

  /** The text exposition format Prometheus scrapes. */
  text(): Promise<string> {
    return this.registry.metrics();
  }
}
