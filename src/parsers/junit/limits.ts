/**
 * Bounds on a junit document: size read whole, element depth, the text kept per result body, and
 * what one parse holds.
 */
export const JUNIT_LIMITS = {
  maxBytes: 512 * 1024 * 1024,
  maxDepth: 64,
  maxBodyChars: 64 * 1024,
  /**
   * Longer text runs and attribute values are cut to their first and last halves before parsing
   * (compact.ts); under maxBodyChars with the marker.
   */
  maxBodyBytes: 60 * 1024,
  /** Test cases handed to fast-xml-parser at once: its tree is an order of magnitude larger than the text. */
  casesPerBatch: 256,
  /** Characters of test cases handed to fast-xml-parser at once (a single larger case is parsed alone). */
  batchChars: 256 * 1024,
  /**
   * A single test case longer than this is not handed to fast-xml-parser as it is, but cut first
   * (oversized.ts): its bodies can be made of many texts each under maxBodyBytes (CDATA sections,
   * reruns), and the parser's tree of one element is an order of magnitude larger than its text.
   */
  maxCaseChars: 4 * 1024 * 1024,
  /** The head of each text body such a case keeps: under maxBodyChars, so the cut marker after it is kept too. */
  caseBodyHeadChars: 60 * 1024,
};
