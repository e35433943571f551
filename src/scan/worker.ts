/**
 * A scan worker: claims ranges of large line files from the shared counter (see
 * SharedRangeScan) and sends back the events of their candidate lines. Parsing runs here, in
 * parallel; run context, rules and triage stay on the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { bytePrefilter } from '../prefilter/byte-prefilter.js';
import { scanRange } from './scan-input.js';
import { workerLoop, type RangeResult, type WorkerSetup } from './pool.js';
import { packEvents, transferList } from './packed-events.js';
import { buildFormatSet } from '../parsers/user/format-set.js';

const setup = workerData as WorkerSetup;
// The main thread checked these definitions at load; here they only need building.
const formats = await buildFormatSet(setup.formats);
const settings = {
  tz: setup.tz,
  literals: setup.literals,
  prefilter: setup.fullGrammar ? undefined : bytePrefilter(setup.literals),
  grammarOnly: setup.fullGrammar,
  formats,
};
/** A result with its events packed: transferred to the main thread, not copied as objects. */
function send(result: RangeResult): void {
  const packed = packEvents(result.events);
  parentPort!.postMessage({ ...result, events: [], packed }, transferList(packed));
}

await workerLoop(setup, (task, index) => scanRange(task, index, settings), send);
