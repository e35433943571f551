import { escapeForDisplay } from '../text/escape.js';

/** Untrusted text made safe and short for a human-facing line. */
export function displayText(text: string, max = 160): string {
  const safe = escapeForDisplay(text);
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}

/** Word-wraps to `width` with a hanging indent; long words are cut, not overflowed. */
export function wrap(text: string, width: number, indent = ''): string {
  const out: string[] = [];
  let line = '';
  const room = Math.max(20, width - indent.length);
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = word;
    while (w.length > room) {
      if (line) { out.push(line); line = ''; }
      out.push(w.slice(0, room));
      w = w.slice(room);
    }
    if (line && line.length + 1 + w.length > room) { out.push(line); line = w; }
    else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out.map((l) => indent + l).join('\n');
}

/** Evidence paths are shown relative to their run when they sit inside it. */
export function shortPath(path: string, run: string): string {
  return path.startsWith(`${run}/`) ? path.slice(run.length + 1) : path;
}
