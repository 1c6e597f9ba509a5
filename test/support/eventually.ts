/**
 * Polls `check` until it passes, for at most `seconds`: for what happens on another clock (a
 * worker, a restarted server). Throws naming `what`, and what `seen` reports, when it does not
 * happen in time.
 */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  {
    seconds = 60,
    what = 'the condition',
    seen,
    everyMs = 100,
  }: { seconds?: number; what?: string; seen?: () => string; everyMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`${what} did not hold within ${seconds} s${seen ? `; seen: ${seen()}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
