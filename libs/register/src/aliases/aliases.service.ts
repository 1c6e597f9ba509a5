import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, CoreErrors, fieldProblem } from '@kepu/core';
import { Actor, PolicyService } from '@kepu/identity';
import { DataSource, EntityManager } from 'typeorm';
import { RegisterErrors } from '../register-errors';
import { ResourceStore } from '../resources/resource.store';
import { Resource } from '../resources/resource.entity';
import { MAX_ALIAS_LENGTH, MAX_ALIASES, ResourceAliasesDto, tidyAlias } from './aliases.dto';
import { ResourceAliasesView } from './aliases.views';
import { AliasesStore } from './aliases.store';
import { RegisterProblems } from '../register-problems';

/** Aliases compare ignoring case and spacing, as the unique index does for case. */
const aliasKey = (alias: string) => tidyAlias(alias).toLowerCase();

/** The list without repeats, the first spelling kept. */
function distinct(aliases: string[]): string[] {
  const seen = new Set<string>();
  return aliases.filter((alias) => !seen.has(aliasKey(alias)) && seen.add(aliasKey(alias)));
}

/**
 * Resources' aliases (docs/search.md, "Aliases"): public like the resource, edited by the
 * administrators of its region, each change in its history and announced to search at once.
 */
@Injectable()
export class ResourceAliases {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly store: ResourceStore,
    private readonly aliases: AliasesStore,
  ) {}

  /** Public for a published resource; its members and administrators also see an unpublished one's. */
  async get(actor: Actor | undefined, id: string): Promise<ResourceAliasesView> {
    const resource = await this.store.findById(id);
    if (!resource) throw new AppError(CoreErrors.NOT_FOUND);
    const insider = actor && (await this.policy.decide(actor, 'resource.read_private', resource)) === 'allow';
    if (!insider && resource.status !== 'published') throw new AppError(CoreErrors.NOT_FOUND);
    return { resourceId: id, aliases: await this.current(this.dataSource.manager, id) };
  }

  /** Replaces the list. The name itself is refused: it is searchable already, and an alias repeating it is a slip. */
  async replace(
    actor: Actor,
    id: string,
    dto: ResourceAliasesDto,
    correlationId?: string,
  ): Promise<ResourceAliasesView> {
    return this.dataSource.transaction(async (tx) => {
      const resource = await this.store.lock(tx, id);
      await this.policy.authorize(actor, 'resource.edit_aliases', resource);
      const aliases = distinct(dto.aliases);
      const name = aliasKey(resource.name);
      const sameAsName = aliases.filter((alias) => aliasKey(alias) === name);
      if (sameAsName.length)
        throw new AppError(RegisterErrors.ALIAS_SAME_AS_NAME, [
          fieldProblem('aliases', RegisterProblems.ALIAS_SAME_AS_NAME, { aliases: sameAsName.join('、') }),
        ]);
      await this.write(tx, resource, aliases, actor.accountId, correlationId);
      return { resourceId: id, aliases: await this.current(tx, id) };
    });
  }

  /**
   * Adds the `incoming` aliases the resource lacks (ignoring case), up to the limit, with the same
   * history entry as an edit. Returns whether anything changed.
   */
  async add(
    tx: EntityManager,
    resource: Pick<Resource, 'id' | 'publishedRevisionId' | 'status'>,
    incoming: readonly string[],
    actorId: string | null,
    correlationId?: string,
  ): Promise<boolean> {
    const aliases = distinct([...(await this.current(tx, resource.id)), ...incoming]).slice(0, MAX_ALIASES);
    return this.write(tx, resource, aliases, actorId, correlationId);
  }

  /**
   * Makes `aliases` (valid and distinct) the resource's list, keeping the rows of those it had;
   * records the change and tells search. Returns whether anything changed.
   */
  private async write(
    tx: EntityManager,
    resource: Pick<Resource, 'id' | 'publishedRevisionId' | 'status'>,
    aliases: string[],
    actorId: string | null,
    correlationId?: string,
  ): Promise<boolean> {
    const before = await this.current(tx, resource.id);
    const removed = before.filter((alias) => !aliases.includes(alias));
    const added = aliases.filter((alias) => !before.includes(alias));
    if (!removed.length && !added.length) return false;
    // Removed first: a new spelling of a kept alias (超算 → 超算 with another case) must not meet the old one.
    if (removed.length) await this.aliases.remove(tx, resource.id, removed);
    if (added.length) await this.aliases.add(tx, resource.id, added, actorId);
    await this.store.record(tx, resource.id, {
      actorId,
      action: 'resource.aliases_changed',
      details: { added, removed },
      correlationId,
    });
    await this.store.announce(tx, resource, 'resource.aliases_changed');
    return true;
  }

  /**
   * On a merge, the kept entry takes the merged one's aliases and its name, which people still
   * type (docs/search.md, "Aliases"): those it lacks, up to the limit, never its own name.
   */
  async takeOver(
    tx: EntityManager,
    merged: Pick<Resource, 'id' | 'name'>,
    kept: Pick<Resource, 'id' | 'name' | 'publishedRevisionId' | 'status'>,
    actorId: string,
    correlationId?: string,
  ): Promise<void> {
    const incoming = [tidyAlias(merged.name), ...(await this.current(tx, merged.id))].filter(
      (alias) => alias.length <= MAX_ALIAS_LENGTH && aliasKey(alias) !== aliasKey(kept.name),
    );
    await this.add(tx, kept, incoming, actorId, correlationId);
  }

  /** The aliases of these resources, by resource id, in one query: for search's batches. */
  async of(ids: string[], manager?: EntityManager): Promise<Map<string, string[]>> {
    if (!ids.length) return new Map();
    const rows = await this.aliases.of(ids, manager);
    return new Map(rows.map((row) => [row.id, row.aliases]));
  }

  private async current(manager: EntityManager, id: string): Promise<string[]> {
    return (await this.of([id], manager)).get(id) ?? [];
  }
}
