import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiPublic } from './openapi';

export const PUBLIC = Symbol('PUBLIC');

/**
 * Open to anonymous callers; every other route needs a valid access token. It lives in core so
 * that libs identity depends on (notify's dev mailbox) can open a route too.
 */
export const Public = (): MethodDecorator & ClassDecorator => applyDecorators(SetMetadata(PUBLIC, true), ApiPublic());
