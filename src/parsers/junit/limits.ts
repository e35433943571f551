/** Bounds on a junit document: size read whole, element depth, and the text kept per result body. */
export const JUNIT_LIMITS = {
  maxBytes: 512 * 1024 * 1024,
  maxDepth: 64,
  maxBodyChars: 64 * 1024,
  /** Longer text runs and attribute values are cut to their first and last halves before parsing (compact.ts); under maxBodyChars with the marker. */
  maxBodyBytes: 60 * 1024,
};
