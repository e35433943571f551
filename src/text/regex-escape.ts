/** `text` as a regular expression matching exactly it (`/` escaped too, for regexes written between slashes). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
