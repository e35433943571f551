/** `1 case`, `2 cases`, `3 dialHosts`: counts in every human-readable line read as English. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
