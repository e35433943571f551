/** What a junit document yields: suites, test cases and the problems met reading them. */
export type CaseOutcome = 'passed' | 'failed' | 'error' | 'skipped';

export interface JunitResult {
  kind: string; // failure | error | skipped | flakyFailure | rerunFailure | …
  message?: string;
  type?: string;
  body?: string;
}

export interface JunitCase {
  suite?: string;
  classname?: string;
  name?: string;
  file?: string;
  sourceLine?: number;
  time?: number;
  outcome: CaseOutcome;
  results: JunitResult[];
  systemOut?: string;
  systemErr?: string;
  properties: Record<string, string>;
  /** Line of the <testcase> element. */
  line: number;
  /** Line of its first result element, the better evidence for a red case. */
  resultLine?: number;
}

export interface JunitSuite {
  name?: string;
  line?: number;
  properties: Record<string, string>;
  attributes: Record<string, string>;
}

export interface JunitProblem {
  message: string;
  line?: number;
  offset?: number;
}

/** Receives a document's suites and cases in document order, as they are read. */
export interface JunitHandler {
  suite(suite: JunitSuite): void;
  testCase(testCase: JunitCase): void;
}

/** How the chunked read went: the largest batch is all the parser ever held at once. */
export interface BatchStats {
  batches: number;
  largestCases: number;
  largestChars: number;
}

/** What is known once a document has been read (its suites and cases went to the handler). */
export interface JunitOutline {
  root?: string;
  cases: number;
  errors: JunitProblem[];
  batches: BatchStats;
}

/** A whole document in memory: for callers that want every case at once (tests, small files). */
export interface JunitDocument {
  root?: string;
  cases: JunitCase[];
  suites: JunitSuite[];
  errors: JunitProblem[];
}
