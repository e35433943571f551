import type { Rule } from './types.js';
import { alreadyDeployedOnPromote } from './abra/already-deployed-on-promote.js';
import { annotatedTagRevertedTree } from './harness/annotated-tag-reverted-tree.js';
import { caddyOndemandAskRotatingRefused } from './caddy/caddy-ondemand-ask-rotating-refused.js';
import { canonicalDomainCollision } from './harness/canonical-domain-collision.js';
import { composePrepullUndefinedService } from './compose/compose-prepull-undefined-service.js';
import { composeUndefinedServiceDeployFatal } from './compose/compose-undefined-service-deploy-fatal.js';
import { deployTimeout } from './harness/deploy-timeout.js';
import { giteaAppIniReadonlyJwt } from './gitea/gitea-appini-readonly-jwt.js';
import { handshakeTimeoutUnderLoad } from './mumble/handshake-timeout-under-load.js';
import { pgRelationMissingAfterRestore } from './postgres/pg-relation-missing-after-restore.js';
import { readyProbe404AfterUpgrade } from './harness/ready-probe-404-after-upgrade.js';
import { releasePredatesImageMigration } from './recipe/release-predates-image-migration.js';
import { staleVersionedConfig } from './docker/stale-versioned-config.js';

/** Bumped whenever a built-in rule changes what it matches or says. */
export const RULESET_VERSION = '2026.12.1';

/** The built-in rules, sorted by id. One rule per file; the file name is the id. */
export const BUILTIN_RULES: readonly Rule[] = [
  alreadyDeployedOnPromote,
  annotatedTagRevertedTree,
  caddyOndemandAskRotatingRefused,
  canonicalDomainCollision,
  composePrepullUndefinedService,
  composeUndefinedServiceDeployFatal,
  deployTimeout,
  giteaAppIniReadonlyJwt,
  handshakeTimeoutUnderLoad,
  pgRelationMissingAfterRestore,
  readyProbe404AfterUpgrade,
  releasePredatesImageMigration,
  staleVersionedConfig,
];
