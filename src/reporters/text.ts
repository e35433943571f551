import { escapeForDisplay } from '../text/escape.js';

/** Untrusted text made safe and short for a human-facing line. */
export function displayText(text: string, max = 160): string {
  const safe = escapeForDisplay(text);
  if (safe.length <= max) return safe;
  // Never cut a surrogate pair in half: a lone surrogate prints as U+FFFD (or breaks UTF-8 consumers).
  let cut = max - 1;
  const last = safe.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${safe.slice(0, cut)}…`;
}

/** Word-wraps to `width` with a hanging indent; long words are cut, not overflowed. */
export function wrap(text: string, width: number, indent = ''): string {
  return wrapStyled([[text]], width, indent, indent);
}

/** A stretch of text and the style (a chalk function) its words are printed in. */
export type Styled = readonly [text: string, style?: (s: string) => string];

/**
 * Word-wraps styled stretches to `width`: the first line at `indent`, the rest at `hanging`.
 * Each word is styled on its own, so a colour never spans a line break and the visible width
 * is that of the plain text (the table must fit 80 columns with or without colour).
 */
export function wrapStyled(pieces: readonly Styled[], width: number, indent = '', hanging = indent): string {
  const lines: string[] = [];
  let line = '';
  let visible = 0;
  let prefix = indent;
  const room = () => Math.max(8, width - prefix.length);
  const flush = () => {
    if (visible > 0) lines.push(prefix + line);
    line = '';
    visible = 0;
    prefix = hanging;
  };
  for (const [text, style = (s: string) => s] of pieces) {
    for (const word of text.split(/\s+/).filter(Boolean)) {
      let rest = word;
      while (rest.length > 0) {
        const gap = visible > 0 ? 1 : 0;
        if (visible + gap + rest.length <= room()) {
          line += `${gap ? ' ' : ''}${style(rest)}`;
          visible += gap + rest.length;
          break;
        }
        if (visible > 0) { flush(); continue; }
        // A word longer than a whole line is cut, not overflowed: after a path or name separator
        // when one falls in the line's latter part, so `warm-gitea_app.log` breaks as a reader would.
        const chunk = rest.slice(0, breakPoint(rest, room()));
        line = style(chunk);
        visible = chunk.length;
        rest = rest.slice(chunk.length);
        flush();
      }
    }
  }
  flush();
  return lines.join('\n');
}

// Between words of a name first; a dot or colon only when no such break is near, so
// `app.log:2` stays whole.
const NAME_SEPARATORS = new Set(['/', '-', '_', ',', '=', '&', '?']);
const WEAK_SEPARATORS = new Set(['.', ':']);

function breakPoint(word: string, room: number): number {
  for (const separators of [NAME_SEPARATORS, WEAK_SEPARATORS]) {
    for (let at = room; at > room / 2; at--) if (separators.has(word[at - 1])) return at;
  }
  return room;
}

/** Evidence paths are shown relative to their run when they sit inside it. */
export function shortPath(path: string, run: string): string {
  return path.startsWith(`${run}/`) ? path.slice(run.length + 1) : path;
}

/** How a report names a unit: a recipe by name, a service or an input by what it is. */
export function unitLabel(u: { recipe: string | null; unit?: { kind: string; name: string } }): string {
  if (u.unit && u.unit.kind !== 'recipe') return `${u.unit.kind} ${u.unit.name}`;
  return u.recipe ?? '(unknown recipe)';
}

/** A tier for display: null when the evidence names no tier. */
export function tierLabel(tier: string | null | undefined): string {
  return tier ?? 'no tier';
}
