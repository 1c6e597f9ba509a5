import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isUp, MIGRATIONS, ROOT, stringsOf, tsFilesUnder } from './source-files';
import { TABLE_OWNERS } from './table-owners';

/**
 * What a merge of two venues does with every table that points at a resource (docs/register.md,
 * "Duplicates and merging"). A table with a `resource_id` column or a foreign key to `resources`
 * needs a line here, so a lib that adds one says whether the merged venue's rows follow the kept
 * venue (`slot_walk_ins` was once left behind, and the merged venue's walk-ins fell out of the
 * figures). "moved by X" names the merge step (or service) that moves them; X's file must name the
 * table or its entity.
 */
const MERGE_DECISIONS: Record<string, string> = {
  resources: 'moved by DuplicatesService: entries merged into the merged one are repointed to the kept one',
  offerings: 'moved by OfferingsMergeStep',
  slots: 'moved by OfferingsMergeStep',
  bookings: 'moved by VenueMergeStore, for BookingsMergeStep',
  booking_visitors: 'moved by VenueMergeStore, for BookingsMergeStep',
  group_visits: 'moved by VenueMergeStore, for BookingsMergeStep',
  group_agreements: 'moved by VenueMergeStore, for BookingsMergeStep',
  slot_walk_ins: 'moved by VenueMergeStore, for BookingsMergeStep',
  stats_daily: 'moved by StatsMergeStep',
  resource_aliases: 'kept because AliasesService.takeOver gives the kept entry copies of them and of the merged name',
  opening_hours: "kept because the kept venue's own hours hold",
  opening_seasons: "kept because the kept venue's own hours hold",
  opening_rules: "kept because the kept venue's own hours hold",
  opening_exceptions: "kept because the kept venue's own hours hold",
  resource_revisions: "kept because they are the merged entry's own versions, shown in the kept entry's history",
  resource_duplicate_dismissals:
    "kept because a pair was judged with the merged entry's data; the kept one is judged afresh",
  register_upkeep_notices: 'kept because they are reminders sent about the merged entry; the kept one has its own',
  search_fallback: "dropped by search on the merged entry's resource.unpublished event",
};

/** Tables whose CREATE TABLE or ALTER TABLE gives them a `resource_id` column or a foreign key to `resources`. */
function tablesPointingAtResources(): Set<string> {
  const tables = new Set<string>();
  const migrations = readdirSync(MIGRATIONS).filter((name) => name.endsWith('.ts') && name !== 'index.ts');
  for (const name of migrations) {
    for (const statement of stringsOf(join(MIGRATIONS, name), isUp).flatMap(({ text }) => text.split(';'))) {
      const table = /\b(?:CREATE|ALTER)\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"?([a-z_][a-z0-9_]*)"?/.exec(statement)?.[1];
      if (table && /\bresource_id\b|\bREFERENCES\s+"?resources"?\s*\(/.test(statement)) tables.add(table);
    }
  }
  // Tables dropped since are in no lib's keeping (table-ownership.spec.ts holds TABLE_OWNERS to the migrations).
  return new Set([...tables].filter((table) => table in TABLE_OWNERS));
}

const libFiles = tsFilesUnder(join(ROOT, 'libs'));
const texts = new Map(libFiles.map((path) => [path, readFileSync(path, 'utf8')]));
/** The entity class of each table, from `@Entity('table') … export class Name`. */
const entityOf = new Map(
  [...texts.values()].flatMap((text) =>
    [...text.matchAll(/@Entity\('([a-z_]+)'\)[\s\S]*?export class (\w+)/g)].map(([, table, name]) => [table, name]),
  ),
);
const fileDeclaring = (name: string) => [...texts].find(([, text]) => new RegExp(`\\bclass ${name}\\b`).test(text));

describe('resource merge decisions', () => {
  const pointing = tablesPointingAtResources();

  it('finds the tables that point at a resource in the migrations', () => {
    expect([...pointing]).toEqual(expect.arrayContaining(['resources', 'bookings', 'slot_walk_ins', 'stats_daily']));
  });

  it('has a decision for every table that points at a resource, and only for those', () => {
    expect(
      [...pointing]
        .filter((table) => !(table in MERGE_DECISIONS))
        .map((table) => `${table}: add "moved by <step>" or "kept because …" to MERGE_DECISIONS`),
    ).toEqual([]);
    expect(Object.keys(MERGE_DECISIONS).filter((table) => !pointing.has(table))).toEqual([]);
  });

  it('words each decision as moved, kept or dropped, and a move names a class whose file names the table', () => {
    const wrong = Object.entries(MERGE_DECISIONS).flatMap(([table, decision]) => {
      const mover = /^moved by (\w+)/.exec(decision)?.[1];
      if (!mover) return /^(kept because|dropped by) \S/.test(decision) ? [] : [`${table}: "${decision}"`];
      const file = fileDeclaring(mover);
      const names = [table, entityOf.get(table)].filter(Boolean).map((name) => new RegExp(`\\b${name}\\b`));
      return file && names.some((name) => name.test(file[1])) ? [] : [`${table}: ${mover} does not name it`];
    });
    expect(wrong).toEqual([]);
  });
});
