/** A resource's aliases: the short names search also finds it by (docs/search.md, "Aliases"). */
export class ResourceAliasesView {
  resourceId!: string;
  /** Oldest first. */
  aliases!: string[];
}
