/** Bounds on a junit document: size read whole, element depth, and the text kept per result body. */
export const JUNIT_LIMITS = { maxBytes: 512 * 1024 * 1024, maxDepth: 64, maxBodyChars: 64 * 1024 };
