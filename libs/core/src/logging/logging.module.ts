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

/** Levels, masking and output, for every logger of the process (HTTP requests and application code). */
function loggerOptions(config: KepuConfig, destination?: DestinationStream): LoggerOptions {
  return {
    level: config.logLevel,
    // Objects: secrets replaced by key, ID and mobile numbers masked, at any depth.
    formatters: { log: (record) => scrubForLog(record) as Record<string, unknown> },
    // Messages: formatters.log never sees the message text, so mask it on the way in.
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? maskPersonalText(arg) : arg)) as typeof args);
      },
    },
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
              // Only what helps operate the service: no headers, no bodies; personal numbers in URLs masked.
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
