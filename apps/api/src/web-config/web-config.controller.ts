import { Controller, Get, Inject, Module } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { KEPU_CONFIG, KepuConfig } from '@kepu/core';
import { Public } from '@kepu/identity';
import { WebConfigView } from './web-config.views';

/** What the web app needs to know about this deployment at run time, so one build serves every site. */
@ApiTags('web')
@Public()
@Controller('web-config')
export class WebConfigController {
  constructor(@Inject(KEPU_CONFIG) private readonly config: KepuConfig) {}

  /** The deployment's settings for the web app: its base map. */
  @Get()
  get(): WebConfigView {
    return { map: this.config.map };
  }
}

@Module({ controllers: [WebConfigController] })
export class WebConfigModule {}
