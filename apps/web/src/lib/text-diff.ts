/** One run of a text beside its other version: unchanged, or removed (before) / added (after). */
export interface DiffPart {
  text: string;
  changed: boolean;
}

/**
 * The units a reader compares: each Chinese or Japanese character on its own (Chinese has no
 * spaces between words), a Latin word or number whole, a run of spaces, any other mark.
 */
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}_'’-]+|\s+|./gsu;

export const tokensOf = (text: string): string[] => text.match(TOKEN) ?? [];

/** Beyond this many removed and added tokens the two texts have little in common: marked whole. */
const MAX_EDITS = 800;

/**
 * Which tokens of each side lie outside their longest common subsequence (Myers' O(ND) diff,
 * keeping each step's frontier to walk back along), or undefined past `MAX_EDITS`.
 */
function changedTokens(a: string[], b: string[]): [boolean[], boolean[]] | undefined {
  const removed = a.map(() => false);
  const added = b.map(() => false);
  const limit = Math.min(a.length + b.length, MAX_EDITS);
  // Frontier k (diagonal x − y) at index k + limit + 1.
  let frontier = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = [];
  const at = (v: Int32Array, k: number) => v[k + limit + 1];
  for (let d = 0; d <= limit; d++) {
    trace.push(frontier);
    frontier = frontier.slice();
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && at(frontier, k - 1) < at(frontier, k + 1));
      let x = down ? at(frontier, k + 1) : at(frontier, k - 1) + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) [x, y] = [x + 1, y + 1];
      frontier[k + limit + 1] = x;
      if (x < a.length || y < b.length) continue;
      // Walk back from the end, one edit per step, marking what was removed or added.
      for (let step = d; step > 0; step--) {
        const v = trace[step];
        const kk = x - y;
        const fromAbove = kk === -step || (kk !== step && at(v, kk - 1) < at(v, kk + 1));
        const prevK = fromAbove ? kk + 1 : kk - 1;
        const prevX = at(v, prevK);
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY) [x, y] = [x - 1, y - 1];
        if (fromAbove) added[prevY] = true;
        else removed[prevX] = true;
        [x, y] = [prevX, prevY];
      }
      return [removed, added];
    }
  }
  return undefined;
}

const runs = (tokens: string[], changed: boolean[]): DiffPart[] =>
  tokens.reduce<DiffPart[]>((parts, text, i) => {
    const last = parts.at(-1);
    if (last && last.changed === changed[i]) last.text += text;
    else parts.push({ text, changed: changed[i] });
    return parts;
  }, []);

/**
 * Two versions of a text as runs, what changed marked on each side: word by word in English,
 * character by character in Chinese, so a reviewer sees the edit rather than two whole texts.
 */
export function textDiff(before: string, after: string): { before: DiffPart[]; after: DiffPart[] } {
  const a = tokensOf(before);
  const b = tokensOf(after);
  const marks = changedTokens(a, b) ?? [a.map(() => true), b.map(() => true)];
  return { before: runs(a, marks[0]), after: runs(b, marks[1]) };
}
