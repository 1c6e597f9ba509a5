import { DynamicModule, Global, Module } from '@nestjs/common';
import { KepuConfig } from './config';

/** Injection token for the validated configuration. */
export const KEPU_CONFIG = Symbol('KEPU_CONFIG');

/** Makes the already validated configuration injectable everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: KepuConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: KEPU_CONFIG, useValue: config }], exports: [KEPU_CONFIG] };
  }
}
