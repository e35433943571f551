import type { LogEvent } from '../events.js';
import type { InputRef } from '../inputs/types.js';
import { isWarmStack, recipeFromWarmDomain, serviceOfExitedContainer, serviceOfSystemdLine, serviceOfTaskRow, recipeFromRelativePath, recipeFromStack, recipeFromTestPath, testKey, tierFromTestPath } from './attribution.js';
import type { RunRecord } from './collector.js';

const PROMOTE_COMPONENTS = new Set(['WC5', 'promote', 'canonical']);

/**
 * Applies the run's structure to one input's events, in file order: the recipe (RECIPE= line,
 * directory, test path, stack), the tier (tier boundaries, promote lines, warm stacks, time
 * windows from the run's logs) and the test. Only structural lines change this state, and the
 * scanner hands those on in both the fast and the full-grammar path, so both agree.
 */
export class InputContext {
  private fileRecipe?: string;
  private currentTier?: string;
  private readonly directoryRecipe?: string;

  constructor(private readonly input: InputRef, private readonly run: RunRecord) {
    this.directoryRecipe = recipeFromRelativePath(input.relative);
  }

  apply(event: LogEvent): void {
    event.run = this.input.run;
    const f = event.fields;
    if (event.kind === 'recipe' && typeof f.recipe === 'string') this.fileRecipe = f.recipe;

    const statementRecipe = typeof f.recipe === 'string' && event.format === 'harness' ? f.recipe : undefined;
    const testPath = typeof f.nodeid === 'string' ? f.nodeid : typeof f.classname === 'string' ? f.classname : undefined;
    event.recipe ??=
      statementRecipe ??
      this.fileRecipe ??
      this.directoryRecipe ??
      recipeFromTestPath(testPath) ??
      recipeFromStack(event.stack) ??
      // abra and the harness name the warm domain they act on; a proxy's log names every stack's.
      (event.format === 'abra' || event.format === 'harness' ? recipeFromWarmDomain(event.message) : undefined);
    // A line naming no recipe stays so here: whether its run names one recipe only is known once the
    // run is read, and then RunRecord.soleRecipe gives it that recipe (rule groups, units).

    if (event.kind === 'test-result' && typeof f.nodeid === 'string') event.test ??= testKey(f.nodeid);
    // `web_1 exited with code 1` is compose speaking of the web service: its unit, not the file's.
    if (event.service === undefined && event.format === 'text') event.service = serviceOfExitedContainer(event.message) ?? serviceOfTaskRow(event.message);
    if (event.service === 'systemd') event.service = serviceOfSystemdLine(event.message) ?? event.service;

    if (event.tier === undefined) {
      const component = typeof f.component === 'string' ? f.component : undefined;
      if (event.kind === 'tier-start' || event.kind === 'tier-end') event.tier = String(f.tier);
      else if (event.kind === 'promote-start' || event.kind === 'promote-end' || (component && PROMOTE_COMPONENTS.has(component))) event.tier = 'promote';
      else if (this.currentTier) event.tier = this.currentTier;
      else if (isWarmStack(event.stack)) event.tier = 'promote';
      else if (event.ts !== undefined && event.recipe) event.tier = this.run.tierAt(event.recipe, event.ts);
      if (event.tier === undefined && (event.kind === 'test-result' || event.kind === 'test-case')) event.tier = tierFromTestPath(testPath);
    }

    if (event.kind === 'tier-start') this.currentTier = String(f.tier);
    else if (event.kind === 'promote-start') this.currentTier = 'promote';
    else if (event.kind === 'tier-end' || event.kind === 'promote-end') this.currentTier = undefined;
  }
}
