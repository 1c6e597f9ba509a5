import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Actor } from './actor';

export { PUBLIC, Public } from '@kepu/core';
export const AUTHORIZE = Symbol('AUTHORIZE');

/**
 * Asks the policy service before the handler runs, for actions that concern no single object
 * (object-level checks happen in the service, which has the object).
 */
export const Authorize = (action: string): MethodDecorator => SetMetadata(AUTHORIZE, action);

export interface RequestWithActor {
  id?: string;
  actor?: Actor;
  headers: Record<string, string | string[] | undefined>;
}

/** The signed-in actor (the guard has already refused anonymous callers on non-public routes). */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<RequestWithActor>().actor,
);
