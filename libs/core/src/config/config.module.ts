import { DynamicModule, Global, Module } from '@nestjs/common';
import { KepuConfig } from './config';
import { configToken } from './config-slice';

/** Injection token for the validated configuration (core's settings; the whole composed object at run time). */
export const KEPU_CONFIG = Symbol('KEPU_CONFIG');

/**
 * Makes the already validated configuration injectable everywhere: the whole object under
 * KEPU_CONFIG, and each lib's slice under its own token (`@InjectConfig(bookingConfig)`).
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: KepuConfig): DynamicModule {
    const slices = Object.entries(config).map(([key, value]) => ({ provide: configToken(key), useValue: value }));
    const providers = [{ provide: KEPU_CONFIG, useValue: config }, ...slices];
    return { module: ConfigModule, providers, exports: providers.map((provider) => provider.provide) };
  }
}
