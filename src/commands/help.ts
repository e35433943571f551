/**
 * One example per use: --help is where a CI author looks first (the scan options hide under the
 * default command, so the main help must show them).
 */
export const EXAMPLES = `
Examples:
  cat run.log | redfix-forensics                      pipe one log: stdin (also: redfix-forensics -)
  redfix-forensics /var/lib/cc-ci-runs/sweep-17       batch-scan a sweep directory: the triage table
  redfix-forensics sweep-16/ sweep-17/                several directories: one run each, compared
  redfix-forensics --runs runs/ --format json         each subdirectory a run; compare runs (flake or genuine)
  redfix-forensics app.log junit.xml.gz -             loose files (.gz read as is) and stdin: one run
  redfix-forensics -f sarif -o triage.sarif run/      SARIF for code scanning, written to a file
  redfix-forensics -f junit run/ > triage.xml         junit for a CI test dashboard
  redfix-forensics -f markdown run/ > comment.md      a pull-request comment
  redfix-forensics -f ndjson run/ | jq 'select(.type=="finding")'   one record per line
  redfix-forensics --fail-on recipe-defect run/       exit 1 only for recipe defects (none: always 0)
  redfix-forensics --recipe gitea --tier promote run/ only these recipes and tiers
  redfix-forensics --rules my-rules/ run/             add (or replace) rules from a JSON pack
  redfix-forensics --disable-rule deploy-timeout run/ do not run one rule
  redfix-forensics --formats harness.yaml run/        read a harness layout or an app's log format given as data
  redfix-forensics --tz Europe/Berlin run/            zone of timestamps that carry none
  redfix-forensics --history history.db sweep-17/     record the runs; recorded runs settle flake or genuine
  redfix-forensics history flakes --history history.db   per recipe and test: red under load, green alone, verdict
  redfix-forensics rules list --json                  the rules: id, classification, severity, origin
  redfix-forensics test-rules                         regression-test the rules against corpus/
  redfix-forensics parse services/app.log             the events a rule would see, as NDJSON
  redfix-forensics explain gitea-appini-readonly-jwt run/   why a rule did or did not fire
  redfix-forensics draft-rule run/                    draft a rule from an unexplained failure
  redfix-forensics --version                          the tool and rule-set versions

Exit status: 0 nothing reaches --fail-on · 1 a finding or unexplained failure does ·
2 usage error or an input that cannot be read (the rest is still reported).`;
