/**
 * Express vs Fastify under Nest on this machine: the same tiny JSON endpoint, the same load.
 * Prints one JSON line per adapter. Run: npm run bench:http
 */
import 'reflect-metadata';
import { Controller, Get, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import autocannon from 'autocannon';

@Controller('ping')
class PingController {
  @Get()
  ping() {
    return { status: 'ok', venues: ['深圳市科学馆', '深圳自然博物馆'] };
  }
}

@Module({ controllers: [PingController] })
class BenchModule {}

async function measure(name: string, app: INestApplication) {
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/ping`.replace('[::1]', '127.0.0.1');
  await autocannon({ url, connections: 16, duration: 2 }); // warm-up
  const result = await autocannon({ url, connections: 64, duration: 8 });
  await app.close();
  return {
    adapter: name,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function main() {
  const express = await NestFactory.create(BenchModule, new ExpressAdapter(), { logger: false });
  console.log(JSON.stringify(await measure('express', express)));
  const fastify = await NestFactory.create(BenchModule, new FastifyAdapter(), { logger: false });
  console.log(JSON.stringify(await measure('fastify', fastify)));
}

void main();
