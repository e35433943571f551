import type { AnalysisResult, RunTimeline, TimelineBar, TimelineLane, TimelineMark, TimelineRestart } from '../result.js';
import { attr, escapeHtml, type Anchors } from './html-text.js';
import { displayText, shortPath } from './text.js';

/** Geometry of every timeline: one scale for all runs, so a recipe's lanes line up across runs. */
const LABEL_WIDTH = 230;
const PLOT_WIDTH = 900;
const LANE_HEIGHT = 22;
const BAR_HEIGHT = 12;
const AXIS_HEIGHT = 22;
const CURVE_HEIGHT = 40;
const RIGHT_PAD = 40;
/** Horizontal room one evidence mark needs. */
const MARK_GAP = 9;

const TIER_LETTER: Record<string, string> = { install: 'i', upgrade: 'u', backup: 'b', restore: 'r', custom: 'c', promote: 'p' };

/** Milliseconds from a run's start to the right edge of every plot: the longest run. */
export function timelineSpan(result: AnalysisResult): number {
  let span = 0;
  for (const run of result.runs) {
    if (run.timeline) span = Math.max(span, Date.parse(run.timeline.end) - Date.parse(run.timeline.start));
  }
  // A run whose evidence has one instant still gets a plot a minute wide.
  return Math.max(span, 60_000);
}

interface Scale {
  /** The run's start, in milliseconds. */
  origin: number;
  span: number;
}

function xOf(scale: Scale, at: string): number {
  const offset = Math.max(0, Date.parse(at) - scale.origin);
  return LABEL_WIDTH + Math.min(1, offset / scale.span) * PLOT_WIDTH;
}

const round = (n: number): string => (Math.round(n * 10) / 10).toString();

/** `+1h05m`, `+12m`, `+40s`: an offset from the run's start. */
export function formatOffset(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `+${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `+${m}m${s % 60 ? `${String(s % 60).padStart(2, '0')}s` : ''}`;
  return `+${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/** Tick marks every 1, 2, 5, 10, 15, 30 minutes or 1, 2, 4, 8 hours: no more than ten across the plot. */
function tickStep(span: number): number {
  const minutes = [1 / 6, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 960];
  for (const m of minutes) if (span / (m * 60_000) <= 10) return m * 60_000;
  return span / 10;
}

function axis(scale: Scale, y: number): string {
  const step = tickStep(scale.span);
  const parts = [`<g class="axis" aria-hidden="true"><line x1="${LABEL_WIDTH}" x2="${LABEL_WIDTH + PLOT_WIDTH}" y1="${y}" y2="${y}"/>`];
  for (let t = 0; t <= scale.span + 1; t += step) {
    const x = round(LABEL_WIDTH + (t / scale.span) * PLOT_WIDTH);
    parts.push(`<line x1="${x}" x2="${x}" y1="${y}" y2="${y - 4}"/><text x="${x}" y="${y - 7}" text-anchor="middle">${formatOffset(t)}</text>`);
  }
  parts.push('</g>');
  return parts.join('');
}

function barTitle(bar: TimelineBar): string {
  const result = bar.result ?? 'no result';
  const open = bar.open ? ', never ended (the run was killed inside it)' : '';
  return `${bar.tier}: ${result}${open}, ${bar.start} to ${bar.end} (from ${bar.source === 'harness' ? "the harness's tier lines" : 'its junit suite'})`;
}

function drawBar(bar: TimelineBar, scale: Scale, y: number, mark: string): string {
  const x1 = xOf(scale, bar.start);
  const width = Math.max(2, xOf(scale, bar.end) - x1);
  const result = (bar.result ?? 'none').replace('/', '');
  const letter = TIER_LETTER[bar.tier] ?? bar.tier.slice(0, 1);
  // The tier's letter and, on a red bar, the table's mark (✗ explained, ? not) where they fit, so a
  // bar reads without its colour.
  const label = width >= 10 ? `<text class="bar-label" x="${round(x1 + width / 2)}" y="${y + BAR_HEIGHT - 2}" text-anchor="middle" aria-hidden="true">${escapeHtml(displayText(letter, 3))}${bar.result === 'fail' ? escapeHtml(mark) : ''}</text>` : '';
  return `<g class="bar bar-${result}${mark === '?' ? ' bar-unexplained' : ''}" data-tier="${attr(bar.tier)}" data-result="${attr(bar.result ?? '')}" data-mark="${attr(mark)}" data-source="${bar.source}"${bar.open ? ' data-open="true"' : ''}>` +
    `<title>${escapeHtml(displayText(barTitle(bar), 300))}</title><rect x="${round(x1)}" y="${y}" width="${round(width)}" height="${BAR_HEIGHT}"/>${label}</g>`;
}

/** A mark is a link: hovering shows the line (its title), focusing reads it, clicking opens the evidence. */
function drawMark(
  mark: TimelineMark,
  x: number,
  y: number,
  run: string,
  anchors: Anchors,
  lineText: (m: TimelineMark) => string,
): string {
  const target = mark.finding !== undefined
    ? anchors.evidence(mark.finding, mark.path, mark.line)
    : anchors.unexplained(mark.unexplained!);
  const kind = mark.finding !== undefined ? 'finding' : 'unexplained';
  const title = `${mark.at} ${shortPath(mark.path, run)}:${mark.line}: ${lineText(mark)}`;
  const cy = y + BAR_HEIGHT / 2;
  const shape = kind === 'finding'
    ? `<path d="M${round(x)} ${round(cy - 6)}l6 6l-6 6l-6-6z"/>`
    : `<circle cx="${round(x)}" cy="${round(cy)}" r="5"/>`;
  return `<a class="mark mark-${kind}" href="#${target}" data-at="${attr(mark.at)}"><title>${escapeHtml(displayText(title, 600))}</title>${shape}</a>`;
}

function drawRestart(
  restart: TimelineRestart,
  scale: Scale,
  y: number,
  run: string,
  target: string | undefined,
): string {
  const x = round(xOf(scale, restart.at));
  const title = `${restart.at} restart: task ${restart.task} of ${restart.service} (${shortPath(restart.path, run)}:${restart.line})`;
  const tick = `<title>${escapeHtml(displayText(title, 400))}</title><line x1="${x}" x2="${x}" y1="${y - 3}" y2="${y + BAR_HEIGHT + 3}"/>`;
  return target ? `<a class="restart" href="#${target}">${tick}</a>` : `<g class="restart">${tick}</g>`;
}

export interface LaneRow {
  run: string;
  timeline: RunTimeline;
  lane: TimelineLane;
  label: string;
  verdict?: string;
  /** The table's mark of one of the lane's tiers. */
  markOf: (tier: string) => string;
}

/** How many recipes deployed while this one did (its own window, not one instant: the step curve shows the peak). */
function loadLabel(lane: TimelineLane): string {
  if (lane.concurrency === undefined) return '';
  return lane.concurrency > 1 ? `with ${lane.concurrency - 1} more` : 'alone';
}

/** The lanes of one picture, top to bottom, with the run's concurrency curve under them when asked. */
export function drawLanes(
  rows: readonly LaneRow[],
  span: number,
  anchors: Anchors,
  lineText: (run: string, m: TimelineMark) => string,
  restartTarget: (run: string, r: TimelineRestart) => string | undefined,
  caption: string,
  curve?: RunTimeline,
): string {
  const height = AXIS_HEIGHT + rows.length * LANE_HEIGHT + (curve?.concurrency ? CURVE_HEIGHT + 8 : 0) + 4;
  const width = LABEL_WIDTH + PLOT_WIDTH + RIGHT_PAD;
  const out = [`<svg class="timeline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-label="${escapeHtml(displayText(caption, 300))}">`];
  out.push(axis({ origin: 0, span }, AXIS_HEIGHT - 2));
  rows.forEach((row, i) => {
    const scale = { origin: Date.parse(row.timeline.start), span };
    const y = AXIS_HEIGHT + i * LANE_HEIGHT + (LANE_HEIGHT - BAR_HEIGHT) / 2;
    const load = loadLabel(row.lane);
    out.push(`<g class="lane" data-run="${attr(row.run)}" data-recipe="${attr(row.lane.recipe)}"${row.lane.concurrency !== undefined ? ` data-concurrency="${row.lane.concurrency}"` : ''}${row.verdict ? ` data-verdict="${attr(row.verdict)}"` : ''}>`);
    out.push(`<text class="lane-label" x="4" y="${y + BAR_HEIGHT - 2}">${escapeHtml(displayText(row.label, load ? 24 : 34))}${load ? `<tspan class="load"> · ${load}</tspan>` : ''}</text>`);
    if (row.lane.start && row.lane.end) {
      const x1 = xOf(scale, row.lane.start);
      out.push(`<line class="window" x1="${round(x1)}" x2="${round(Math.max(x1 + 1, xOf(scale, row.lane.end)))}" y1="${y + BAR_HEIGHT / 2}" y2="${y + BAR_HEIGHT / 2}" aria-hidden="true"/>`);
    }
    for (const bar of row.lane.bars) out.push(drawBar(bar, scale, y, row.markOf(bar.tier)));
    for (const restart of row.lane.restarts) {
      out.push(drawRestart(restart, scale, y, row.run, restartTarget(row.run, restart)));
    }
    // Marks closer than a mark's width are moved apart (their titles keep the exact time), so each
    // can be hovered and clicked.
    let lastX = -Infinity;
    for (const mark of row.lane.marks) {
      const x = Math.max(xOf(scale, mark.at), lastX + MARK_GAP);
      lastX = x;
      out.push(drawMark(mark, x, y, row.run, anchors, (m) => lineText(row.run, m)));
    }
    out.push('</g>');
  });
  if (curve?.concurrency) out.push(concurrencyCurve(curve, span, AXIS_HEIGHT + rows.length * LANE_HEIGHT + 8));
  out.push('</svg>');
  return out.join('');
}

/** The run's concurrency as a step curve: each step holds until the next window opens or closes. */
function concurrencyCurve(timeline: RunTimeline, span: number, top: number): string {
  const steps = timeline.concurrency ?? [];
  const peak = Math.max(1, ...steps.map((s) => s.count));
  const scale = { origin: Date.parse(timeline.start), span };
  const bottom = top + CURVE_HEIGHT;
  const yOf = (count: number) => round(bottom - (count / peak) * CURVE_HEIGHT);
  let d = `M${LABEL_WIDTH} ${bottom}`;
  for (const step of steps) d += `H${round(xOf(scale, step.at))}V${yOf(step.count)}`;
  const summary = steps.map((s) => `${formatOffset(Date.parse(s.at) - scale.origin)} ${s.count}`).join(', ');
  return `<g class="concurrency" data-peak="${peak}"><text class="lane-label" x="4" y="${bottom - 4}">recipes deploying (peak ${peak})</text>` +
    `<line class="baseline" x1="${LABEL_WIDTH}" x2="${LABEL_WIDTH + PLOT_WIDTH}" y1="${bottom}" y2="${bottom}" aria-hidden="true"/>` +
    `<path d="${d}"><title>${escapeHtml(displayText(`recipes deploying at once, from the run's start: ${summary}`, 2000))}</title></path></g>`;
}
