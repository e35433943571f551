/**
 * The CLI from the unbundled build (dist/src), for profiling: its module paths name the
 * pipeline stage of each function (bench/stages.ts), where the bundle's chunks name none.
 */
import { run } from '../src/cli.js';

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
