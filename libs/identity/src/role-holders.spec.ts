import { RegionTree } from '@kepu/core';
import { AccountsStore } from './accounts.store';
import { RoleHolders } from './role-holders';
import { Role } from './roles';

describe('RoleHolders.administratorsOver', () => {
  const paths: Record<string, string> = { '440305': '440000/440300/440305' };
  const regions = { pathOf: async (code: string) => paths[code] } as unknown as RegionTree;

  it('asks for the holders of the region itself and of every region above it', async () => {
    const regionRoleHolders = jest.fn(async () => ['a1']);
    const holders = new RoleHolders({ regionRoleHolders } as unknown as AccountsStore, regions);
    expect(await holders.administratorsOver('440305', Role.CityAdmin)).toEqual(['a1']);
    expect(regionRoleHolders).toHaveBeenCalledWith(['440000', '440300', '440305'], Role.CityAdmin, undefined);
  });

  it('finds nobody for a region the tree does not hold', async () => {
    const regionRoleHolders = jest.fn();
    const holders = new RoleHolders({ regionRoleHolders } as unknown as AccountsStore, regions);
    expect(await holders.administratorsOver('999999', Role.DistrictAdmin)).toEqual([]);
    expect(regionRoleHolders).not.toHaveBeenCalled();
  });
});
