/** One approximate occurrence of a pattern in a text. */
export interface ApproxMatch {
  /** Start offset of the matched stretch in the text. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** Edit distance (insertions, deletions, substitutions) between the stretch and the pattern. */
  errors: number;
}

/**
 * Every stretch of `text` within `maxErrors` edits of `pattern`, best per end position (Sellers' semi-global
 * edit distance). O(text × pattern): fine for a note's passage against one article.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  const m = pattern.length;
  // Column j holds, for each pattern prefix, the cost and the start offset of the best stretch ending at j.
  let cost = Array.from({ length: m + 1 }, (_, i) => i);
  let from = new Array<number>(m + 1).fill(0);
  const found: ApproxMatch[] = [];
  for (let j = 1; j <= text.length; j++) {
    const nextCost = [0];
    const nextFrom = [j];
    const c = text[j - 1];
    for (let i = 1; i <= m; i++) {
      const diagonal = (cost[i - 1] as number) + (pattern[i - 1] === c ? 0 : 1);
      const up = (nextCost[i - 1] as number) + 1;
      const left = (cost[i] as number) + 1;
      if (diagonal <= up && diagonal <= left) {
        nextCost.push(diagonal);
        nextFrom.push(from[i - 1] as number);
      } else if (left <= up) {
        nextCost.push(left);
        nextFrom.push(from[i] as number);
      } else {
        nextCost.push(up);
        nextFrom.push(nextFrom[i - 1] as number);
      }
    }
    cost = nextCost;
    from = nextFrom;
    const errors = cost[m] as number;
    if (errors <= maxErrors) found.push({ start: from[m] as number, end: j, errors });
  }
  return found;
}
