import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { errorDetailModels, finishOpenApi } from '@kepu/core';
import { IdentityErrors } from '@kepu/identity';
import { API_GUIDE } from './api-guide';
import pluginMetadata from './plugin-metadata';

/** What the CLI plugin read from the DTOs, views and controllers (npm run openapi:metadata); loaded once per process. */
let modelsLoaded: Promise<void> | undefined;
export const loadOpenApiModels = () => (modelsLoaded ??= SwaggerModule.loadPluginMetadata(pluginMetadata));

const info = new DocumentBuilder()
  .setTitle('Kepu API · 科普资源名录')
  .setDescription(API_GUIDE)
  .setVersion('1')
  .addServer(
    '/',
    'The server this document came from: production, or local in development',
    {},
    { 'x-internal': false },
  )
  .addBearerAuth({
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      'An access token from POST /api/v1/auth/login (15 minutes; renew with POST /api/v1/auth/refresh). ' +
      'HS256 JWTs issued and checked following RFC8725: the algorithm is fixed, never taken from the token.',
  })
  .setLicense('Proprietary: ask the operator of this server', '/')
  .build();

/**
 * The OpenAPI document of an app whose routes are in place (the running API, or the preview app of
 * npm run openapi:document): docs/api.md, "The OpenAPI document".
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  return finishOpenApi(
    SwaggerModule.createDocument(app, info, {
      extraModels: errorDetailModels(),
      // `bookingsCreate`: stable while the controller and method keep their names.
      operationIdFactory: (controller, method) =>
        controller.replace(/Controller$/, '').replace(/^./, (c) => c.toLowerCase()) +
        method.replace(/^./, (c) => c.toUpperCase()),
    }),
    // A token that expired, was revoked or belongs to a suspended account.
    [IdentityErrors.TOKEN_INVALID],
  );
}
