/** What every wording is: its words, the signal they give, the literals the prefilter hands its lines on by. */
import type { FailureKind } from '../../events.js';

/** A wording that says a process died or a test failed, and the signal it gives. */
export interface DeathPattern {
  kind: FailureKind;
  pattern: RegExp;
  detail: string;
  /** Counts whatever level the line is logged at (a tool's verdict), not only at error or none. */
  whateverLevel?: true;
  /**
   * For the prefilter: every line the pattern matches holds one of these, and a line is tried
   * only against the patterns whose literals it holds. Each is the part of its wording whose
   * rarest five bytes are rare in logs too (the prefilter keys a literal on them): `l pid term`,
   * not `Kernel pid terminated`, whose `Kerne` every kernel line holds.
   */
  literals: readonly string[];
}

/**
 * Python's errors a failing test raises most, by name: `Error` alone as a literal would hand on
 * every line holding `error` (the prefilter keys a five-byte literal on its `rror`).
 */
export const PYTHON_ERRORS: readonly string[] = [
  'AssertionError', 'ValueError', 'TypeError', 'KeyError', 'AttributeError', 'RuntimeError', 'IndexError', 'ImportError',
  'ModuleNotFoundError', 'NameError', 'OSError', 'FileNotFoundError', 'TimeoutError', 'ZeroDivisionError', 'NotImplementedError',
];

/** A pod's status or waiting reason when its container cannot run. */
export const POD_CANNOT_RUN = 'ContainerCannotRun|ImagePullBackOff|ErrImagePull|CreateContainerConfigError|CreateContainerError|RunContainerError|InvalidImageName';
