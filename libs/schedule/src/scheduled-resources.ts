import { Injectable } from '@nestjs/common';
import { AppError, CoreErrors } from '@kepu/core';
import { Actor, PolicyService } from '@kepu/identity';
import { Resource, ResourceStore } from '@kepu/register';

/** The register's resources as schedules see them: who may read and who may change their hours and offerings. */
@Injectable()
export class ScheduledResources {
  constructor(
    private readonly resources: ResourceStore,
    private readonly policy: PolicyService,
  ) {}

  private async find(id: string): Promise<Resource> {
    const resource = await this.resources.findById(id);
    if (!resource) throw new AppError(CoreErrors.NOT_FOUND);
    return resource;
  }

  /** Published resources for everyone; the others only for their members and administrators. */
  async readable(actor: Actor | undefined, id: string): Promise<Resource> {
    const resource = await this.find(id);
    if (resource.status === 'published') return resource;
    if (actor && (await this.policy.decide(actor, 'schedule.read_private', resource)) === 'allow') return resource;
    throw new AppError(CoreErrors.NOT_FOUND);
  }

  /** Operators of the owning organisation; 403 to other insiders, 404 to everyone else. */
  async manageable(actor: Actor, id: string): Promise<Resource> {
    const resource = await this.find(id);
    await this.policy.authorize(actor, 'schedule.manage', resource);
    return resource;
  }
}
