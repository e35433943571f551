import type { HistoryMark } from '../history/marks.js';

function times(n: number): string {
  return n === 1 ? '1 earlier run' : `${n} earlier runs`;
}

/** What the history says of a failure, in the same words in every format that a person reads. */
export function historyMarkText(mark: HistoryMark): string {
  const parts: string[] = [];
  if (mark.newSince !== undefined) parts.push(`new since ${mark.newSince} (the recipe's last green run)`);
  else if (mark.lastGreen !== undefined) parts.push(`its line was in the last green run too (${mark.lastGreen})`);
  const seen = mark.seenBefore;
  if (seen) parts.push(`seen in ${times(seen.runs)} since ${seen.since} (${seen.at.replace(/\.000Z$/, 'Z')})`);
  if (parts.length === 0) return 'first seen: in no earlier recorded run, and no green run of the recipe is recorded';
  return parts.join('; ');
}
