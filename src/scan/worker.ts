/**
 * A scan worker: claims ranges of large line files from the shared counter (see
 * SharedRangeScan) and sends back the events of their candidate lines. Parsing runs here, in
 * parallel; run context, rules and triage stay on the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { bytePrefilter } from '../prefilter/byte-prefilter.js';
import { scanRange } from './scan-input.js';
import { workerLoop, type RangeResult, type RangeTask, type WorkerSetup } from './pool.js';
import { EventPacker, transferList } from './packed-events.js';
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
  rangeBytes: setup.rangeBytes,
};

/** A range scanned with its events packed as they come: none outlives its batch here. */
async function scanPacked(task: RangeTask, index: number): Promise<RangeResult> {
  const packer = new EventPacker();
  const result = await scanRange(task, index, settings, (event) => packer.add(event));
  return { ...result, packed: packer.finish() };
}

/** A result's packed events are transferred to the main thread, not copied. */
function send(result: RangeResult): void {
  parentPort!.postMessage(result, result.packed ? transferList(result.packed) : []);
}

await workerLoop(setup, scanPacked, send);
