/** One run of a search snippet: plain text, or words search matched (shown in <mark>). */
export interface HighlightPart {
  text: string;
  mark: boolean;
}

/**
 * Search highlights as text runs, split at the <mark> tags search put around matched words. The
 * template renders each run as text (so anything else in the snippet is shown, never parsed as HTML);
 * an unclosed <mark> marks the rest of the snippet and a stray </mark> is dropped, as a browser would.
 */
export function highlightParts(text: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let depth = 0;
  for (const part of text.split(/(<\/?mark>)/)) {
    if (part === '<mark>') depth++;
    else if (part === '</mark>') depth = Math.max(0, depth - 1);
    else if (part) parts.push({ text: part, mark: depth > 0 });
  }
  return parts;
}
