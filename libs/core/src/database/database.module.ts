import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KepuConfig } from '../config/config';
import { KEPU_CONFIG } from '../config/config.module';
import { dataSourceOptions } from './data-source-options';

/** Postgres through TypeORM. Entities register themselves via TypeOrmModule.forFeature in their libs. */
@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [KEPU_CONFIG],
          useFactory: (config: KepuConfig) => ({ ...dataSourceOptions(config), autoLoadEntities: true }),
        }),
      ],
    };
  }
}
