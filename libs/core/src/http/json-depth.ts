/**
 * True when a parsed JSON value has containers (objects, arrays) nested more than `limit` deep.
 * Walks without recursion and stops at the limit, so a hostile body thousands of levels deep costs
 * no more than its size, and the recursive code after it (validation, class-transformer) never
 * sees it.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: { item: unknown; depth: number }[] = [{ item: value, depth: 0 }];
  while (pending.length) {
    const { item, depth } = pending.pop() as { item: unknown; depth: number };
    if (item === null || typeof item !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) pending.push({ item: child, depth: depth + 1 });
  }
  return false;
}
