import { Chalk } from 'chalk';
import type { ReportContext } from './types.js';
import type { CellMark } from './marks.js';

const MIN_WIDTH = 30;
const MAX_WIDTH = 160;

/** How the table prints: its width and its colours (none unless the context asks for them). */
export interface TableStyle {
  c: InstanceType<typeof Chalk>;
  width: number;
  /** A verdict's colour. */
  verdict(verdict: string): (text: string) => string;
  /** A tier's mark, coloured. */
  mark(mark: CellMark): string;
}

export function tableStyle(context: ReportContext): TableStyle {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  const verdict = (v: string): ((s: string) => string) => {
    switch (v) {
      case 'green': return c.green;
      case 'benign': return c.gray;
      case 'load-flake': return c.yellow;
      case 'leftover-state': return c.cyan;
      case 'harness-defect': return c.magenta;
      case 'unexplained': return c.bold.red;
      default: return c.red;
    }
  };
  const mark = (m: CellMark): string => {
    switch (m) {
      case '✓': return c.green(m);
      case '-': case '·': return c.gray(m);
      case '✗': return c.red(m);
      case '?': return c.bold.red(m);
      default: return m;
    }
  };
  return { c, width: Math.max(MIN_WIDTH, Math.min(context.width, MAX_WIDTH)), verdict, mark };
}
