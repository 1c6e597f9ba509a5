import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError, CoreErrors } from '@kepu/core';
import { TokensService } from '../tokens.service';
import { AUTHORIZE, PUBLIC, RequestWithActor } from './decorators';
import { PolicyService } from './policy.service';

function bearerToken(request: RequestWithActor): string | undefined {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/**
 * Global guard: authenticates the bearer token (401 when missing or invalid on a protected route),
 * then applies a route's @Authorize action through the policy service.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokensService,
    private readonly policy: PolicyService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC, [context.getHandler(), context.getClass()]);
    const token = bearerToken(request);
    if (token) {
      try {
        request.actor = await this.tokens.authenticate(token);
      } catch (error) {
        // A stale token must not stop anyone from signing in again.
        if (!isPublic) throw error;
      }
    }
    if (!isPublic && !request.actor) throw new AppError(CoreErrors.UNAUTHORIZED);
    const action = this.reflector.get<string | undefined>(AUTHORIZE, context.getHandler());
    if (action) await this.policy.authorize(request.actor, action);
    return true;
  }
}
