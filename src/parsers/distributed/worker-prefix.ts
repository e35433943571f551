/**
 * The prefix a distributed job's launcher puts before each line a worker printed, so that the lines
 * of many processes can share one stream:
 *   [rank0]: Traceback (most recent call last):                           torchrun (PyTorch 2.2 and later)
 *   (VllmWorker rank=0 pid=2445155) ERROR 05-10 16:00:15 [multiproc_executor.py:470] RuntimeError: …   Ray, vLLM
 *   (LLMRayActor pid=20770) INFO 06-28 06:11:45 distributed_gpu_executor.py:45] # GPU blocks: 378
 *   [1,0]<stdout>:#       size         count      type   redop    root …   mpirun --tag-output
 * Peeled so that what the worker printed is read at its start: a traceback's first line, a logger's
 * own layout, an exception that ended it. Which worker said it is kept as fields.
 */
import { createToken } from '../chevrotain.js';
import { REST_OF_LINE, defineLineGrammar, type EnvelopeResult } from '../kit.js';
import { prefixThenMessage, prefixVisitor, type ReadPrefix } from '../prefix-grammar.js';

const TorchRank = createToken({ name: 'TorchRank', pattern: /\[rank\d{1,6}\]: ?/, push_mode: 'message' });
/** Ray's actor or task, optionally named and ranked (vLLM's workers), and on another node its address. */
const RayProcess = createToken({
  name: 'RayProcess',
  pattern: /\((?:[A-Za-z_][\w.-]{0,63} )?(?:rank=\d{1,6} )?pid=\d{1,10}(?:, ip=[\d.]{7,15})?\) ?/,
  push_mode: 'message',
});
const MpiRank = createToken({ name: 'MpiRank', pattern: /\[\d{1,6},\d{1,6}\]<std(?:out|err)>: ?/, push_mode: 'message' });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

const workerTokens = { modes: { prefix: [TorchRank, RayProcess, MpiRank], message: [Message] }, defaultMode: 'prefix' };
const WorkerPrefixParser = prefixThenMessage([{ tokens: [TorchRank, RayProcess, MpiRank] }], Message);

const RAY_PROCESS = /^\((?:(\S+) )?(?:rank=(\d+) )?pid=(\d+)(?:, ip=([\d.]+))?\)/;

function workerOf(images: Record<string, string | undefined>): Record<string, string | number> {
  if (images.TorchRank) return { launcher: 'torchrun', rank: Number(/\d+/.exec(images.TorchRank)![0]) };
  if (images.MpiRank) {
    const [, job, rank, stream] = /^\[(\d+),(\d+)\]<(\w+)>/.exec(images.MpiRank)!;
    return { launcher: 'mpirun', job: Number(job), rank: Number(rank), stream };
  }
  const [, name, rank, pid, ip] = RAY_PROCESS.exec(images.RayProcess!)!;
  return {
    launcher: 'ray',
    ...(name === undefined ? {} : { name }),
    ...(rank === undefined ? {} : { rank: Number(rank) }),
    pid: Number(pid),
    ...(ip === undefined ? {} : { ip }),
  };
}

const readWorkerPrefix: ReadPrefix = (images) => ({
  envelope: 'worker',
  details: workerOf(images),
  message: images.Message ?? '',
});

export const workerPrefixSamples = [
  {
    line: '[rank0]: Traceback (most recent call last):',
    fields: { 'worker.launcher': 'torchrun', 'worker.rank': 0 },
    source: 'huggingface/trl#3436 (torchrun, an SFT run out of GPU memory)',
  },
  {
    line: '(VllmWorker rank=0 pid=2445155) ERROR 05-10 16:00:15 [multiproc_executor.py:470] RuntimeError: CUDA out of memory occurred when warming up sampler with 256 dummy requests.',
    fields: { 'worker.launcher': 'ray', 'worker.name': 'VllmWorker', 'worker.rank': 0, 'worker.pid': 2445155 },
    source: 'vllm-project/vllm#17939 (vLLM V1, the multiprocess executor)',
  },
  {
    line: '(LLMRayActor pid=20770) INFO 06-28 06:11:45 distributed_gpu_executor.py:45] # GPU blocks: 378, # CPU blocks: 1638',
    fields: { 'worker.launcher': 'ray', 'worker.name': 'LLMRayActor', 'worker.pid': 20770 },
    source: 'OpenRLHF/OpenRLHF#336 (vLLM in a Ray actor)',
  },
  {
    line: '[1,0]<stdout>:           8             2     float     sum      -1    12.90    0.00    0.00      0    12.87    0.00    0',
    fields: { 'worker.launcher': 'mpirun', 'worker.rank': 0, 'worker.stream': 'stdout' },
    source: 'aws/aws-k8s-tester#503 (nccl-tests under mpirun --tag-output)',
  },
] as const;

export const workerPrefix = defineLineGrammar<EnvelopeResult, InstanceType<typeof WorkerPrefixParser>>({
  name: 'worker',
  role: 'envelope',
  title: "A distributed job's worker prefix (torchrun's `[rank0]: `, Ray's `(VllmWorker rank=0 pid=2445155) `, mpirun's `[1,0]<stdout>:`)",
  unmistakable: true,
  sniff: /^(?:\[rank\d{1,6}\]:|\((?:[A-Za-z_][\w.-]{0,63} )?(?:rank=\d{1,6} )?pid=\d{1,10}(?:, ip=[\d.]{7,15})?\)|\[\d{1,6},\d{1,6}\]<std(?:out|err)>:)/,
  samples: workerPrefixSamples,
  lexer: workerTokens,
  parser: () => new WorkerPrefixParser(),
  visitor: prefixVisitor(readWorkerPrefix),
});
