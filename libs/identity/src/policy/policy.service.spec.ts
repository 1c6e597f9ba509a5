import { AppError, RegionTree } from '@kepu/core';
import { Role } from '../roles';
import { Actor } from './actor';
import { PolicyService } from './policy.service';

describe('PolicyService', () => {
  const regions = { contains: async () => true } as unknown as RegionTree;
  const actor = new Actor('a1', 's1', [{ id: 'g1', role: Role.Visitor, regionCode: null, organisationId: null }]);

  function service() {
    const policy = new PolicyService(regions);
    policy.define('thing.read', () => 'allow');
    policy.define('thing.edit', () => false);
    policy.define('thing.secret', () => 'hide');
    return policy;
  }

  it('maps decisions to outcomes: allow, 403 FORBIDDEN, 404 NOT_FOUND, 401 without an actor', async () => {
    const policy = service();
    await expect(policy.authorize(actor, 'thing.read')).resolves.toBe(actor);
    await expect(policy.authorize(actor, 'thing.edit')).rejects.toMatchObject({
      definition: { code: 'FORBIDDEN', status: 403 },
    });
    await expect(policy.authorize(actor, 'thing.secret')).rejects.toMatchObject({
      definition: { code: 'NOT_FOUND', status: 404 },
    });
    await expect(policy.authorize(undefined, 'thing.read')).rejects.toBeInstanceOf(AppError);
    await expect(policy.authorize(undefined, 'thing.read')).rejects.toMatchObject({ definition: { status: 401 } });
  });

  it('never allows an action nobody defined, and refuses a second definition', async () => {
    const policy = service();
    await expect(policy.authorize(actor, 'thing.unknown')).rejects.toThrow('No policy is defined for thing.unknown');
    expect(() => policy.define('thing.read', () => true)).toThrow('defined twice');
    expect(policy.actions()).toEqual(['thing.edit', 'thing.read', 'thing.secret']);
  });
});
