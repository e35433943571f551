/** The spaces a line starts with, counted up to `limit` (a caller that needs no more stops there). */
export function leadingSpaces(text: string, limit = Number.POSITIVE_INFINITY): number {
  let spaces = 0;
  while (spaces < limit && text.charCodeAt(spaces) === 0x20) spaces += 1;
  return spaces;
}

/** The line without its first `indent` spaces; undefined when it does not start with that many. */
export function withoutIndent(text: string, indent: number): string | undefined {
  return leadingSpaces(text, indent) === indent ? text.slice(indent) : undefined;
}
