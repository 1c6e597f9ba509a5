import { Injectable } from '@nestjs/common';
import type { ResourceView } from './resources.views';

/** Adds properties to a resource's page, e.g. its opening hours and offerings (from the schedule lib). */
export type ResourceViewExtension = (view: ResourceView) => Promise<Record<string, unknown>>;

/**
 * Where libs that build on the register hang their part of `GET /resources/:id`, so the register
 * does not depend on them. Each registers once when its module starts.
 */
@Injectable()
export class ResourceViewExtensions {
  private readonly extensions: ResourceViewExtension[] = [];

  register(extension: ResourceViewExtension): void {
    this.extensions.push(extension);
  }

  async apply(view: ResourceView): Promise<ResourceView & Record<string, unknown>> {
    const parts = await Promise.all(this.extensions.map((extend) => extend(view)));
    return Object.assign({}, view, ...parts);
  }
}
