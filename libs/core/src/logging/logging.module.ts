import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream, LoggerOptions } from 'pino';
import { KepuConfig } from '../config/config';
import { maskPersonalText, scrubForLog } from '../privacy/mask';
import { assignCorrelationId } from './correlation-id';

function prettyTransport(config: KepuConfig): LoggerOptions['transport'] {
  if (config.env === 'production' || !process.stdout.isTTY) return undefined;
  try {
    require.resolve('pino-pretty');
    return { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss' } };
  } catch {
    return undefined;
  }
}

/** Options shared by the HTTP logger and the worker's logger: levels, redaction, masking. */
export function loggerOptions(config: KepuConfig, destination?: DestinationStream): LoggerOptions {
  return {
    level: config.logLevel,
    // Every record passes through here: secrets by key, ID and mobile numbers by pattern.
    formatters: { log: (record) => scrubForLog(record) as Record<string, unknown> },
    transport: destination ? undefined : prettyTransport(config),
  };
}

@Module({})
export class LoggingModule {
  static forRoot(config: KepuConfig, destination?: DestinationStream): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: [
            {
              ...loggerOptions(config, destination),
              genReqId: (req) => assignCorrelationId(req),
              customProps: (req) => ({ correlationId: (req as IncomingMessage & { id?: string }).id }),
              // Only what helps operate the service: no headers, no bodies, no query strings with personal data.
              serializers: {
                req: (req: { id: string; method: string; url: string }) => ({
                  id: req.id,
                  method: req.method,
                  url: maskPersonalText(req.url),
                }),
                res: (res: { raw: { statusCode: number } }) => ({ statusCode: res.raw.statusCode }),
              },
            },
            destination as DestinationStream,
          ],
        }),
      ],
    };
  }
}
