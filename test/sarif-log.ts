/**
 * The SARIF 2.1.0 that `--format sarif` writes, as the tests read it: the fields our reporter
 * always sets are required here, the ones it sets only sometimes are optional. A test that breaks
 * a log on purpose widens the part it deletes to Partial.
 */

export interface SarifMessage {
  text: string;
}

export interface SarifRegion {
  startLine: number;
  snippet?: SarifMessage;
}

export interface SarifArtifactLocation {
  uri: string;
  uriBaseId: string;
}

export interface SarifLocation {
  id?: number;
  physicalLocation: {
    artifactLocation: SarifArtifactLocation;
    /** Absent when the evidence has no line: the location names the artifact only. */
    region?: SarifRegion;
  };
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  helpUri: string;
  defaultConfiguration: { enabled: boolean; level: string };
  properties: { classification?: string; tags: string[] };
}

/** A result's history mark (with --history): the mark's fields, as the JSON carries them, and its text. */
export interface SarifHistory {
  newSince?: string;
  lastGreen?: string;
  seenBefore?: { since: string; at: string; runs: number };
  text: string;
}

/** A finding's result carries the finding's fields; an unexplained failure's its candidates. */
export interface SarifResultProperties {
  findingId?: string;
  classification?: string;
  run: string;
  recipe: string | null;
  tier: string | null;
  test: string | null;
  candidates?: number;
  scores?: number[];
  history?: SarifHistory;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: SarifMessage;
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
  /** SARIF 2.1.0 §3.27.24, against the recorded runs of a history: on every result or on none. */
  baselineState?: 'new' | 'unchanged' | 'updated' | 'absent';
  properties: SarifResultProperties;
}

export interface SarifNotification {
  level: string;
  message: SarifMessage;
}

export interface SarifRun {
  tool: { driver: { name: string; version: string; rules: SarifRule[] } };
  invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: SarifNotification[] }>;
  originalUriBaseIds: Record<string, { uri?: string; description: SarifMessage }>;
  results: SarifResult[];
}

export interface SarifLog {
  $schema: string;
  version: string;
  runs: SarifRun[];
}
