/**
 * A tool's, a build's, a job's or a supervisor's words that a process exited non-zero or a run failed: package
 * managers, compilers and build systems, CI runners, deploy tools and cloud CLIs, Kubernetes and swarm, backups.
 */
import type { DeathPattern } from './pattern.js';
import { POD_CANNOT_RUN } from './pattern.js';

export const EXIT_WORDINGS: readonly DeathPattern[] = [
  // The build's own verdict is a non-zero exit: a harness-red kind would be taken as a red tier's.
  // xcodebuild's verdict through xcpretty and fastlane too (`[15:48:30]: ▸ ** BUILD FAILED **`).
  // Maven says its BUILD FAILURE at [INFO] (Maven 2 at [ERROR]): the verdict counts whatever level it is said at,
  // behind an Ant task's prefix too (`[artifact:mvn] [INFO] BUILD FAILURE`, eclipse-ee4j/glassfish#24241) or a
  // wrapper's (Project Piper's `info  mavenBuild - [INFO] BUILD FAILURE`).
  {
    kind: 'exit',
    pattern: /(?:^|\] |\S - )(?:\[(?:INFO|ERROR)\] )?BUILD FAILURE\s*$|^BUILD FAILED\b|\bFAILURE: Build failed with an exception\.|\bFAILURE: Build completed with \d+ failures?\b|\bExecution failed for task '|^Finished: FAILURE\s*$|(?:^\s*|▸ )\*\* (?:BUILD|TEST|ARCHIVE) FAILED \*\*/,
    detail: 'CI build failed (Maven, Gradle, Jenkins, Xcode)',
    whateverLevel: true,
    literals: ['BUILD FAIL', 'Build failed with an exception', 'Build completed with', 'Execution failed for task', 'Finished: FAILURE', 'TEST FAILED **', 'ARCHIVE FAILED'],
  },
  { kind: 'exit', pattern: /\bsignal: (?:aborted|segmentation fault)\b/, detail: 'killed by a signal', literals: ['signal: aborted', 'signal: segm'] },
  {
    kind: 'exit',
    // `kubectl get pods` (its NAMESPACE column first with --all-namespaces); describe's waiting `Reason:`; an eviction.
    pattern: new RegExp('^(?:\\S+\\s+)?\\S+\\s+\\d+\\/\\d+\\s+(?:Init:)?(?:Error|Evicted|' + POD_CANNOT_RUN + ') {3,}\\d'
      + '|^\\s*Reason:\\s+(?:' + POD_CANNOT_RUN + '|Evicted)\\s*$'
      // Pasted with its columns collapsed to one space (`    my_pod_1 0/1 ErrImagePull 0 59m`).
      + '|^\\s*(?:\\S+ )?\\S+ \\d+\\/\\d+ (?:Init:)?(?:' + POD_CANNOT_RUN + ') \\d+ \\S+\\s*$'),
    detail: 'pod cannot run (kubectl)',
    literals: ['Error   ', 'ContainerCannotRun', 'ImagePullBackOff', 'ErrImagePull', 'ContainerConfigError', 'ontainerError', 'InvalidImageName', 'Evicted'],
  },
  // The kubelet says it at info (klog's I): an older one as `… is unhealthy …, it will be killed and re-created.`
  {
    kind: 'exit',
    pattern: /\bfailed liveness probe, will be restarted\b|\bis unhealthy \(probe result: failure\), it will be killed and re-created\b/,
    detail: 'killed by the kubelet: failed liveness probe',
    whateverLevel: true,
    literals: ['failed liveness probe', 'killed and re-created'],
  },
  // Nomad's client restarts a task whose check stays unhealthy (`watch.checks: restarting due to unhealthy check:
  // alloc_id=…`), and its restart policy gives up (`Not Restarting   Exceeded allowed attempts 2 in interval 30m0s
  // and mode is "fail"`, an allocation's recent events).
  {
    kind: 'exit',
    pattern: /\brestarting due to unhealthy check\b|\bExceeded allowed attempts \d+ in interval \S+ and mode is "fail"/,
    detail: 'Nomad restarted a task for its failed check, or gave up restarting it',
    whateverLevel: true,
    literals: ['due to unhealthy check', 'Exceeded allowed attempts'],
  },
  // Docker swarm's own progress output (`docker stack deploy`/`service update` with --detach=false): an update
  // rolled back or paused (`service update paused: update paused due to failure or early termination of task …`), a
  // task that failed while it was watched. Docker Compose v2's progress: a service it could not pull, create or start
  // (` ✘ byparr Error  manifest unknown`), a dependency `--wait` found unhealthy. The docker CLI's hint after its own
  // error (`See 'docker run --help'.`), which it prints only then.
  {
    kind: 'exit',
    pattern: new RegExp([
      /^rollback: update rolled back due to failure\b|^service update paused: update paused due to failure\b/.source,
      /^verify: Detected task failure\b|^\s*✘ (?:Container |Network |Volume )?\S+ +Error\b|^container \S+ is unhealthy\s*$/.source,
      /^See '(?:\S*\/)?docker(?:-current)?(?: [a-z-]+){1,2} --help'\.\s*$/.source,
    ].join('|')),
    detail: 'a swarm or compose deployment, or a docker command, failed',
    whateverLevel: true,
    literals: ['update rolled back', 'update paused due to failure', 'Detected task failure', ' ✘ ', 'is unhealthy', " --help'."],
  },
  // A hosting platform's verdict on the app: AWS Lambda's time-out and its runtime killed (`Task timed out after
  // 3.07 seconds`, `Runtime exited with error: signal: killed`), Fly.io's init that saw the app exit non-zero (at
  // INFO: `INFO Main child exited normally with code: 2`) and the machine it stopped restarting (`machine has
  // reached its max restart count (10)`), Dokku's container check (`App container failed to
  // start!!`), Cloud Run's (`Cloud Run error: Container failed to start.`), Kamal's (`ERROR
  // (Kamal::Cli::Healthcheck::Error): …`) and kamal-proxy's (`Error: target failed to become healthy …`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bTask timed out after \d+(?:\.\d+)? seconds\b|\bRuntime exited with error: /.source,
      /\bMain child exited normally with code: [1-9]\d*\b|\bmachine has reached its max restart count\b/.source,
      /\bApp container failed to start\b|\bCloud Run error: Container failed to start\b/.source,
      /^\s*ERROR \((?:Kamal|SSHKit)::[\w:]+\): |\btarget failed to become healthy\b/.source,
    ].join('|')),
    detail: 'the hosting platform says the app failed (Lambda, Fly.io, Dokku, Cloud Run, Kamal)',
    whateverLevel: true,
    literals: [
      'Task timed out after', 'Runtime exited with error', 'Main child exited', 'max restart count', 'container failed to start', 'Container failed to start',
      'ERROR (Kamal::', 'ERROR (SSHKit::', 'failed to become healthy',
    ],
  },
  // A CI job's end that is no test's: GitHub Actions' time-out (`The job has exceeded the maximum execution time of
  // 30m0s`), act's verdict (`[CI/build] 🏁  Job failed`), MSBuild stopping on its own error (`MSBUILD : error MSB4017:
  // The build stopped unexpectedly because of an unexpected logger failure.`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bThe job has exceeded the maximum execution time\b|🏁 +Job failed\b|^MSBUILD : error MSB\d+: /.source,
      // CircleCI's time-out for a silent step (`Too long with no output (exceeded 10m0s): context deadline exceeded`),
      // TeamCity's step that exited non-zero, which it flags as a warning (`[17:31:52]W: [docker] Process exited with
      // code 1`).
      /\bToo long with no output \(exceeded [\dhms.]+\)|^Process exited with code [1-9]\d*(?: \(Step: [^)\n]*\))?\s*$/.source,
    ].join('|')),
    detail: 'a CI job ended in failure (a time-out, its runner\'s verdict, MSBuild)',
    whateverLevel: true,
    literals: ['exceeded the maximum execution time', 'Job failed', 'MSBUILD : error', 'Too long with no output', 'Process exited with code'],
  },
  // The runner's own error annotation, which a step writes as it fails (Azure Pipelines' `##[error]Dotnet command
  // failed with non-zero exit code on the following projects : …`, GitHub Actions' `##[error]The operation was
  // canceled.`), or the workflow command an action prints for it, as its output shows it (setup-miniconda's
  // `Solving environment: ...working... ::error::The process '…/conda' failed with exit code null`). Not a
  // `##[error]` that names the exit code: that line is read as one (`##[error]Process completed with exit code 1.`,
  // `##[error]Bash exited with code '1'.`). The workflow command may stand anywhere in its line, so no look-ahead
  // to the line's end follows it: tried at each `::error` of a line, that would be quadratic.
  {
    kind: 'exit',
    pattern: /^##\[error\](?![^\n]*\bexit(?:ed with)? code:? '?-?\d)\S|(?:^|\s)::error(?: [^:\n]{1,200})?::\S/,
    detail: "a CI step failed (its runner's ##[error])",
    whateverLevel: true,
    literals: ['##[error]', '::error'],
  },
  // Package managers and app-build tools that gave up, in their own words: Chocolatey (`Chocolatey installed 0/1
  // packages. 1 packages failed.`, `The install of notepadplusplus was NOT successful.`), CocoaPods (`None of your
  // spec sources contain a spec satisfying the dependency: …`, `CocoaPods could not find compatible versions for pod
  // …`), fastlane (`[17:54:26]: fastlane finished with errors`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bChocolatey (?:installed|upgraded|uninstalled) \d+\/\d+ packages?\. [1-9]\d* packages? failed\b|\bThe install of \S+ was NOT successful\b/.source,
      /\bNone of your spec sources contain a spec satisfying the dependency\b|\bCocoaPods could not find compatible versions for pod\b/.source,
      /\bfastlane finished with errors\b/.source,
    ].join('|')),
    detail: 'a package manager or an app build gave up (Chocolatey, CocoaPods, fastlane)',
    whateverLevel: true,
    literals: [
      ' packages failed', ' package failed', 'was NOT successful', 'None of your spec sources', 'could not find compatible versions',
      'fastlane finished with errors',
    ],
  },
  // Infrastructure tools that gave up, in their own words: Packer (`Build 'amazon-ebs' errored: …`, `==> Builds
  // finished but no artifacts were created.`, `Failed to initialize build 'amazon-ebs': …`), a Salt state run's
  // summary (`Failed:    1`), Pulumi's stack (`error: update failed`; its program that threw: `error: Running program
  // '/app' failed with an unhandled exception:`), a Puppet agent run (`Error: Could not retrieve catalog; skipping
  // run`), cloud-init's module that failed (the user data's script: `util.py[WARNING]: Running module scripts-user
  // (<module 'cloudinit.config.cc_scripts_user' from '…'>) failed`, `Failed to run module scripts-user (scripts in
  // /var/lib/cloud/instance/scripts)`), said as a warning.
  {
    kind: 'exit',
    pattern: new RegExp([
      /^Build '[^'\n]+' errored\b|\bBuilds finished but no artifacts were created\b|^Failed to initialize build '[^'\n]+': /.source,
      /^\s*Failed:\s+[1-9]\d*\s*$|^\s*error: update failed\s*$|\bCould not retrieve catalog; skipping run\b/.source,
      /^\s*error: Running program '[^'\n]*' failed with an unhandled exception:/.source,
      /\bRunning module [\w-]+ \(<module '[^'\n]*' from '[^'\n]*'>\) failed\s*$|\bFailed to run module [\w-]+ \(scripts in /.source,
    ].join('|')),
    detail: 'an infrastructure tool gave up (Packer, Salt, Pulumi, Puppet, cloud-init)',
    whateverLevel: true,
    literals: ["' errored", 'no artifacts were created', 'Failed to initialize build', 'Failed:', 'update failed', 'skipping run',
      'with an unhandled exception', "'>) failed", 'Failed to run module'],
  },
  // Ruby's and PHP's tools: RubyGems and Bundler that cannot install (`Gem::Ext::BuildError: ERROR: Failed to build
  // gem native extension.`, `Bundler could not find compatible versions for gem "rails":`), Jekyll's build
  // (`jekyll 3.8.4 | Error:  no implicit conversion of nil into String`), a Symfony console command that threw
  // (its exception's class alone in brackets, indented: `  [ErrorException]`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bFailed to build gem native extension\b|\bBundler could not find compatible versions for gem\b|, and Bundler cannot continue\b/.source,
      // Bundler that cannot find a gem the Gemfile names (`Bundler::GemNotFound: Could not find gem 'rails (= 4.2.8)'
      // in any of the gem sources listed in your Gemfile.`), Heroku's Ruby build that failed (` !     Push rejected,
      // failed to compile Ruby app.`).
      /\bBundler::GemNotFound\b|\bPush rejected, failed to compile\b/.source,
      /^\s*jekyll \d+\.\d+\.\d+ \| Error: /.source,
    ].join('|')),
    detail: 'a Ruby build gave up (RubyGems, Bundler, Jekyll)',
    whateverLevel: true,
    literals: ['build gem native extension', 'Bundler could not find compatible', 'Bundler cannot continue', '| Error: ', 'Bundler::GemNotFound', 'Push rejected'],
  },
  // Native builds that stopped: a C or C++ compiler's error (`../main/i2c_simple_main.c:44:12: error: implicit
  // declaration of function …`: the unit does not compile), CMake's (`CMake Error at …/dts.cmake:355 (message):`,
  // `-- Configuring incomplete, errors occurred!`), crosstool-NG's (`[ERROR]  >>  Build failed in step 'Installing PPL
  // for host'`), dpkg-buildpackage's `build dependencies/conflicts unsatisfied; aborting` (said as a warning).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^(?:[A-Za-z]:)?[^\s:]+\.(?:c|cc|cpp|cxx|h|hh|hpp|m|mm|cu|s|S|f90|F90):\d+(?::\d+)?: (?:fatal )?error: /.source,
      /^\W{0,2}CMake Error(?: at [^\n]+)?:(?:\s|$)|\bConfiguring incomplete, errors occurred!/.source,
      /\bBuild failed in step '|\bbuild dependencies\/conflicts unsatisfied; aborting\b/.source,
    ].join('|')),
    detail: 'a native build stopped (a compiler, CMake, crosstool-NG, dpkg-buildpackage)',
    whateverLevel: true,
    literals: [': error: ', ': fatal error: ', 'CMake Error', 'Configuring incomplete', 'Build failed in step', 'unsatisfied; aborting'],
  },
  // Scientific workflows and their schedulers: Snakemake (`Error in rule use_ram:`, `Exiting because a job execution
  // failed.`), Nextflow (`Error executing process > 'FAIL'`), MPI (`MPI_ABORT was invoked on rank 0 …`, `*** An error
  // occurred in MPI_Init`, MPICH's `BAD TERMINATION OF ONE OF YOUR APPLICATION PROCESSES`), PBS (`=>> PBS: job killed:
  // walltime 86415 exceeded limit 86400`), conda and mamba that cannot solve (`UnsatisfiableError:`, `Found conflicts!
  // Looking for incompatible packages.`, `Could not solve for environment specs`), R (`Execution halted`, R CMD check's
  // `Status: 1 ERROR, 2 NOTEs`), Julia's test failures (`Test Failed at …`, `Error During Test at …`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^Error in rule [\w.-]+:\s*$|\bExiting because a job execution failed\b|\bAt least one job did not complete successfully\b/.source,
      /\bError executing process > '/.source,
      /\bMPI_ABORT was invoked on rank \d|\bAn error occurred in MPI_Init\b|\bIt looks like MPI_INIT failed\b|\bBAD TERMINATION OF ONE OF YOUR APPLICATION PROCESSES\b/.source,
      /\bmpirun noticed that process rank \d+ with PID \d+ on node \S+ exited on signal\b/.source,
      /\bPBS: job killed: /.source,
      /\bUnsatisfiableError: |\bPackagesNotFoundError: |^ResolvePackageNotFound:\s*$|^\s*Found conflicts! Looking for incompatible packages\.|\bCould not solve for environment specs\b|\bEncountered problems while solving\b/.source,
      /^\s*Execution halted\s*$|^Status: [1-9] ERRORs?\b|\bError: testthat unit tests failed\b/.source,
    ].join('|')),
    detail: 'a scientific workflow, job or environment failed (Snakemake, Nextflow, MPI, PBS, conda, R)',
    whateverLevel: true,
    literals: [
      'Error in rule ', 'job execution failed', 'did not complete successfully', 'Error executing process', 'MPI_ABORT was invoked',
      'error occurred in MPI_Init', 'MPI_INIT failed', 'BAD TERMINATION', 'mpirun noticed that', 'PBS: job killed', 'UnsatisfiableError',
      'PackagesNotFoundError', 'ResolvePackageNotFound', 'Found conflicts!', 'Could not solve for environment',
      'Encountered problems while solving',
      // R CMD check's count, digit by digit: `Status: ` alone is in every line docker pull ends an image with.
      'Execution halted', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((errors) => `Status: ${errors} ERROR`), 'unit tests failed',
    ],
  },
  // Front-end bundlers that gave up: esbuild (`Error: Build failed with 1 error:`), Parcel (`🚨 Build failed.`);
  // Netlify's verdict on a deploy (`Failing build: Failed to build site`, `Failed during stage 'Reading and parsing
  // configuration files':`, its exit code elsewhere).
  {
    kind: 'exit',
    pattern: /\bBuild failed with \d+ errors?\b|^🚨 +Build failed\.|\bFailing build: Failed to build site\b|^[Ff]ailed during stage '[^'\n]+':/,
    detail: 'a front-end build or its deploy failed (esbuild, Parcel, Netlify)',
    whateverLevel: true,
    literals: ['Build failed with', 'Build failed.', 'Failing build', 'ailed during stage'],
  },
  // Python's packaging and checks in CI: a resolver that found no solution (Poetry's `SolverProblemError` and `…,
  // version solving failed.`, uv's `× No solution found when resolving dependencies`, pipenv's `ResolutionFailure`
  // and `✘ Locking Failed!`), a pre-commit hook that failed (`black……………Failed`), black's `would reformat …`,
  // mypy's `solphin/dos.py:1341: error: …` and `Found 6 errors in 2 files`, pyright's `  …/x.py:319:13 - error: …`,
  // ruff's verdict (`Found 2 errors.`, `Found 3 errors (1 fixed, 2 remaining).`; not `(3 fixed, 0 remaining)`),
  // coverage under its threshold, Sphinx's `Warning, treated as error:`, twine's `HTTPError: 403 Client Error: …`.
  // Not flake8's or ruff's lines (`x.py:195:89: E501 …`): no literal of their own (`.py:` is in every pytest
  // result line).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bSolverProblemError\b|\bversion solving failed\b|\bNo solution found when resolving dependencies\b|\bResolutionFailure\b|\bLocking Failed!/.source,
      /\.\.\.Failed\s*$|^would reformat \S|^Oh no! 💥/.source,
      /^[^\s:]+\.pyi?:\d+(?::\d+)?: error: |^\s*\S+\.pyi?:\d+:\d+ - error: |^Found [1-9]\d* errors? in \d+ files?\b/.source,
      /^Found [1-9]\d* (?:errors?|error\(s\))(?: \(\d+ fixed, [1-9]\d* remaining\))?\.\s*$/.source,
      /\bFAIL Required test coverage of \d+(?:\.\d+)?% not reached\b|\bCoverage failure: total of \S+ is less than fail-under=/.source,
      /^Warning, treated as error:|^\s*HTTPError: \d{3} (?:Client|Server) Error: /.source,
      // The interpreter given a script that is not there (`python: can't open file '/app/scatter.py': [Errno 2] No such
      // file or directory`; Flask's reloader names itself `(null)`): it exits 2.
      /^\S+: can't open file '[^'\n]{1,400}': \[Errno \d+\]/.source,
    ].join('|')),
    detail: 'a Python packaging step or check failed (a resolver, pre-commit, black, mypy, pyright, ruff, coverage, Sphinx, twine)',
    whateverLevel: true,
    literals: [
      'SolverProblemError', 'version solving failed', 'No solution found when resolving', 'ResolutionFailure', 'Locking Failed!',
      '...Failed', 'would reformat', 'Oh no!', ': error: ', ' - error: ', ' error in ', ' errors in ', 'Required test coverage',
      'Coverage failure:', ' error.', ' errors.', ' error(s).', ' remaining).',
      'treated as error', 'Client Error:', 'Server Error:', "can't open file '",
    ],
  },
  // Static sites and documentation: Docusaurus (`Docusaurus found broken links!`, `Unable to build website for locale
  // en.`), Gatsby (`Building static HTML failed for path "/home/"`), Eleventy (`Problem writing Eleventy templates`,
  // `Eleventy:EleventyErrorHandler Error writing templates:`), mdBook (`Error: Rendering failed`), the link checkers
  // (`HTML-Proofer found 4 failures!`, markdown-link-check's `ERROR: 1 dead links found!`, lychee-action's `No links
  // were found. This usually indicates a configuration error.`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bDocusaurus found broken links!|\bUnable to build website for locale\b|\bBuilding static HTML failed for path\b/.source,
      /\bProblem writing Eleventy templates\b|\bEleventyErrorHandler Error writing templates\b|\bError: Rendering failed\b/.source,
      /\bHTML-Proofer found [1-9]\d* failures?!|\b[1-9]\d* dead links? found!|^No links were found\. This usually indicates a configuration error\./.source,
    ].join('|')),
    detail: 'a site or documentation build failed (Docusaurus, Gatsby, Eleventy, mdBook, a link checker)',
    whateverLevel: true,
    literals: [
      'found broken links', 'Unable to build website', 'Building static HTML failed', 'Eleventy templates', 'Error writing templates',
      'Rendering failed', 'HTML-Proofer found', 'dead link', 'No links were found',
    ],
  },
  // Cloud deploys: CloudFormation's stack and resource states (`CREATE_FAILED`, `UPDATE_ROLLBACK_COMPLETE`), the CDK's
  // (`❌  Environment aws://…/us-east-1 failed bootstrapping: …`), Azure Functions Core Tools' publish (`Remote build
  // failed!`, `Error Uploading archive... (NotFound).`, `Error calling sync triggers (BadRequest).`), eksctl's `[✖]`,
  // Cloud Build's (`completed with status "FAILURE"`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\b(?:CREATE|UPDATE|DELETE|IMPORT)_FAILED\b|\b(?:UPDATE_|IMPORT_)?ROLLBACK_(?:IN_PROGRESS|COMPLETE|FAILED)\b|\bfailed bootstrapping: /.source,
      /\bRemote build failed!|\bError Uploading archive\b|\bError calling sync triggers\b|^\[✖\] /.source,
      /\bcompleted with status "(?:FAILURE|TIMEOUT|INTERNAL_ERROR)"/.source,
    ].join('|')),
    detail: 'a cloud deploy failed (CloudFormation, the CDK, Azure Functions, eksctl, Cloud Build)',
    whateverLevel: true,
    literals: [
      'CREATE_FAILED', 'UPDATE_FAILED', 'DELETE_FAILED', 'IMPORT_FAILED', 'ROLLBACK_IN_PROGRESS', 'ROLLBACK_COMPLETE', 'ROLLBACK_FAILED',
      'failed bootstrapping', 'Remote build failed', 'Error Uploading archive', 'Error calling sync triggers', '[✖] ',
      'completed with status "',
    ],
  },
  // Kubernetes controllers: a manager that lost its lease stops (controller-runtime and client-go's `failed to renew
  // lease kube-system/cert-manager-controller: timed out waiting for the condition`, `leader election lost`, at info),
  // Istio's agent whose Envoy was killed (`Epoch 0 terminated with an error: signal: killed`), Argo's controller
  // marking a workflow failed (`Updated phase Running -> Failed`).
  {
    kind: 'exit',
    pattern: /\bfailed to renew lease \S+: |\bleader ?election lost\b|\bEpoch \d+ terminated with an error: |\bUpdated phase \w+ -> (?:Failed|Error)\b/,
    detail: 'a Kubernetes controller or proxy stopped (its lease lost, Envoy killed), or a workflow failed',
    whateverLevel: true,
    literals: ['failed to renew lease', 'leader election lost', 'leaderelection lost', 'terminated with an error', 'Updated phase '],
  },
  // Compiled languages' builds: rustc's (`error[E0425]: cannot find value `args` in this scope`), GHC's (`Could not
  // find module ‘Types’`), golangci-lint's issues (`cmd/root.go:52:12: Error return value of `cmd.Help` is not checked
  // (errcheck)`), Go's module loading, zig build's (`error: the following command terminated unexpectedly:`), Meson's
  // configure (`meson.build:122:0: ERROR: Dependency "libzstd" not found, …`), opam's (`#=== ERROR while compiling
  // lablgtk3.3.0.beta4 ===`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^error\[E\d{4}\]: |\bCould not find module ‘|^go: error loading module requirements\b/.source,
      /^\s*(?:Error: )?[^\s:]+\.go:\d+:\d+: [^\n]* \((?:errcheck|unused|govet|staticcheck|gosimple|ineffassign|typecheck|revive|stylecheck|gocritic|gosec)\)\s*$/.source,
      /\berror: the following command (?:terminated unexpectedly|failed with \d+ compilation errors?|exited with error code \d+)|meson\.build:\d+:\d+: ERROR: /.source,
      /\bERROR while compiling \S/.source,
    ].join('|')),
    detail: 'a compiled-language build or lint failed (rustc, GHC, golangci-lint, go, zig, Meson, opam)',
    whateverLevel: true,
    literals: [
      'error[E', 'Could not find module', 'error loading module requirements', '(errcheck)', '(unused)', '(govet)', '(staticcheck)',
      '(gosimple)', '(ineffassign)', '(typecheck)', '(revive)', '(stylecheck)', '(gocritic)', '(gosec)', 'the following command',
      'meson.build:', 'ERROR while compiling',
    ],
  },
  // Stream processors and shippers: Flink's job (`Job Flink_Job (075a…) switched from state FAILING to FAILED.`, at
  // INFO), Beam's runner (`Pipeline execution failed`), Kafka Streams (`… and sent shutdown request for the entire
  // application.`), Fluentd's config (`[error]: config error file="yay.conf" …`: its worker exits), NiFi's (`Failed to
  // start web server... shutting down.`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bswitched from state \w+ to FAILED\b|\bPipeline execution failed\b/.source,
      /\bsent shutdown request for the entire application\b|\]: config error file=|\bFailed to start web server\.{0,3} shutting down\b/.source,
    ].join('|')),
    detail: 'a stream job or a log shipper stopped (Flink, Beam, Kafka Streams, Fluentd, NiFi)',
    whateverLevel: true,
    literals: ['switched from state', 'Pipeline execution failed', 'sent shutdown request', 'config error file=', 'Failed to start web server'],
  },
  // Batch data jobs' own verdicts, logged at INFO: Dataflow's (`Job 2019-02-04_01_13_57-99… is in state
  // JOB_STATE_FAILED`, `Workflow failed. Causes: S08:group_sentences/Read+…`), Flink's job that may not restart
  // (`Caused by: org.apache.flink.runtime.JobException: Recovery is suppressed by NoRestartBackoffTimeStrategy`),
  // Luigi's summary (`This progress looks :( because there were failed tasks`; `:)` when a retry succeeded), Airbyte's
  // sync (`sync summary: io.airbyte.config.ReplicationAttemptSummary@6ff70434[status=failed,recordsSynced=0,…`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bis in state JOB_STATE_FAILED\b|\bWorkflow failed\. Causes: |\bRecovery is suppressed by \w+RestartBackoffTimeStrategy\b/.source,
      /\bThis progress looks :\( because there were (?:failed tasks|tasks whose scheduling failed)\b|\bsync summary: [\w.$@]+\[status=failed\b/.source,
    ].join('|')),
    detail: 'a batch data job failed (Dataflow, Flink, Luigi, Airbyte)',
    whateverLevel: true,
    literals: ['JOB_STATE_FAILED', 'Workflow failed. Causes', 'Recovery is suppressed by', 'This progress looks :(', 'sync summary: '],
  },
  // Security and policy scanners that fail the job: pip-audit (`Found 1 known vulnerability in 1 package`), yarn audit
  // (`1 vulnerabilities found - Packages audited: 14`), SonarScanner (`Error during SonarScanner execution`, `QUALITY
  // GATE STATUS: FAILED`), CodeQL's CLI (`A fatal error occurred: …`), gitleaks (`leaks found: 1`, `🛑 STOP! Gitleaks
  // encountered leaks`), Super-Linter (`Found errors in [shellcheck] linter!`), Conftest (`FAIL - image …`), Checkov
  // (`Passed checks: 85, Failed checks: 2, …`). Not npm's `found 3 vulnerabilities`: `npm install` says it and goes on.
  {
    kind: 'exit',
    pattern: new RegExp([
      /^Found [1-9]\d* known vulnerabilit(?:y|ies) in \d+ packages?\b|\b[1-9]\d* vulnerabilit(?:y|ies) found - Packages audited: /.source,
      /\bError during SonarScanner execution\b|\bQUALITY GATE STATUS: FAILED\b|^A fatal error occurred: /.source,
      /\bleaks found: [1-9]\d*|\bGitleaks encountered leaks\b|\bFound errors in \[[\w-]+\] linter!|^FAIL - |\bFailed checks: [1-9]\d*/.source,
    ].join('|')),
    detail: 'a security or policy scan failed the job (pip-audit, yarn audit, SonarScanner, CodeQL, gitleaks, Super-Linter, Conftest, Checkov)',
    whateverLevel: true,
    literals: [
      'known vulnerabilit', 'found - Packages audited', 'Error during SonarScanner', 'QUALITY GATE STATUS', 'A fatal error occurred',
      'leaks found: ', 'encountered leaks', 'Found errors in [', 'FAIL - ', 'Failed checks: ',
    ],
  },
  // Machines and nodes that did not come up: Vagrant (`Timed out while waiting for the machine to boot.`), kubeadm
  // (`error execution phase preflight: [preflight] Some fatal errors occurred:`, `Unfortunately, an error has
  // occurred:`), systemd at boot (`Dependency failed for Journal Service.`, `Job x.service/start failed with result
  // 'dependency'.`), VirtualBox (`Power up failed (vrc=VERR_VMX_NO_VMX, …)`), LXC (`lxc_setup: 3906 Failed to setup
  // first automatic mounts`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bTimed out while waiting for the machine to boot\b|\berror execution phase [\w/-]+(?::|\s*$)|\bSome fatal errors occurred:|^Unfortunately, an error has occurred:/.source,
      /\bDependency failed for \S|\bJob \S+\/start failed with result '|\bPower up failed \(vrc=|\blxc_setup: \d+ Failed to setup\b/.source,
    ].join('|')),
    detail: 'a machine, a node or a unit did not come up (Vagrant, kubeadm, systemd, VirtualBox, LXC)',
    whateverLevel: true,
    literals: [
      'waiting for the machine to boot', 'error execution phase', 'Some fatal errors occurred', 'an error has occurred:',
      'Dependency failed for', '/start failed with result', 'Power up failed', 'Failed to setup',
    ],
  },
  // Training and data jobs that ended: torchrun's `torch.distributed.elastic.multiprocessing.errors.ChildFailedError:`,
  // NCCL's watchdog that tears a collective down (`Watchdog caught collective operation timeout: WorkNCCL(…)`), Spark's
  // `Task 0 in stage 1723.0 failed 4 times; aborting job` and YARN's `Container killed by YARN for exceeding memory
  // limits`, dbt's `Done. PASS=0 WARN=0 ERROR=1 SKIP=0 TOTAL=1`, Airflow's `Command exited with return code 1` and
  // `Task received SIGTERM signal`, Jupyter's `KernelRestarter: restarting kernel (1/5)` (the kernel died); torchrun
  // that could not form its group (`torch.distributed.elastic.rendezvous.api.RendezvousConnectionError: …`), vLLM's
  // `EngineCore failed to start.`, TensorFlow's coordinator that stops the training (`Error reported to Coordinator:
  // <class '…UnknownError'>`, at INFO), a CUDA error that leaves the process's GPU context unusable (`CUDA error: an
  // illegal memory access was encountered`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bChildFailedError\b|\bWatchdog caught collective operation timeout\b/.source,
      /\bRendezvous(?:Connection|Closed|Timeout)Error\b|\bEngineCore failed to start\b|\bError reported to Coordinator: /.source,
      /\bCUDA error: (?:an illegal memory access was encountered|device-side assert triggered)\b/.source,
      /\bfailed \d+ times; aborting job\b|\bJob aborted due to stage failure\b|\bContainer killed by YARN for exceeding\b/.source,
      /^(?:\S+ +)?Done\. PASS=\d+ (?:WARN=\d+ )?ERROR=[1-9]\d*\b/.source,
      /\bCommand exited with return code [1-9]\d*\b|\bTask received SIGTERM signal\b|KernelRestarter: restarting kernel \(\d+\/\d+\)/.source,
    ].join('|')),
    detail: 'a training, serving or data job ended (torchrun, NCCL, vLLM, TensorFlow, CUDA, Spark, YARN, dbt, Airflow, Jupyter)',
    whateverLevel: true,
    literals: [
      'ChildFailedError', 'Watchdog caught collective', 'RendezvousConnectionError', 'RendezvousClosedError',
      'RendezvousTimeoutError', 'EngineCore failed to start', 'reported to Coordinator', 'illegal memory access',
      'device-side assert', '; aborting job', 'Job aborted due to stage failure', 'Container killed by YARN',
      ' ERROR=', 'exited with return code', 'Task received SIGTERM signal', 'restarting kernel',
    ],
  },
  // JVM servers and builds that stopped, in their own words: Kafka Connect's `ERROR Stopping due to error`, Play's
  // `Failed to listen for HTTP on /0.0.0.0:9000!`, Spring Boot's `WebServerException: Unable to start Netty`, WildFly's
  // server controller (`StartException in service jboss.as.server-controller: Failed to start service`) and a failed
  // deployment (`MSC000001: Failed to start service jboss.undertow.deployment…`), Gradle's `Gradle build daemon
  // disappeared unexpectedly`; nodemon's `[nodemon] app crashed - waiting for file changes before starting...`.
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bStopping due to error\b|\bFailed to listen for HTTP on \S|\bWebServerException: Unable to start\b/.source,
      /\bjboss\.as\.server-controller: Failed to start service\b|\bMSC000001: Failed to start service\b/.source,
      /\bGradle build daemon disappeared unexpectedly\b|\[nodemon\] app crashed\b/.source,
    ].join('|')),
    detail: 'a JVM server or build, or a Node app under nodemon, stopped (Kafka Connect, Play, Spring Boot, WildFly, Gradle)',
    whateverLevel: true,
    literals: [
      'Stopping due to error', 'Failed to listen for HTTP', 'WebServerException', 'server-controller: Failed', 'MSC000001',
      'daemon disappeared unexpectedly', '[nodemon] app crashed',
    ],
  },
  // supervisord: a program it runs died without being asked to (`exited: postfix (terminated by SIGKILL; not
  // expected)`, `exited: nutch (exit status 127; not expected)`; exit 0 is a one-shot program it restarts), or it
  // gave up restarting one (`gave up: shadowsocks entered FATAL state, too many start retries too quickly`).
  // supervisord logs both at INFO.
  {
    kind: 'exit',
    pattern: /\bexited: \S+ \((?:exit status [1-9]\d*|terminated by SIG[A-Z]+); not expected\)|\bgave up: \S+ entered FATAL state\b/,
    detail: 'a program supervisord runs died, or it gave up restarting one',
    whateverLevel: true,
    literals: ['; not expected', 'entered FATAL state'],
  },
  // `make[1]: *** [Makefile:23: apply] Error 1` reaches here as `*** [Makefile:23: apply] Error 1`: a
  // sub-make's `make[1]:` is peeled like any `name[pid]:` prefix.
  // make's, indented too (a paste's code block, a build tool nesting it): `    make[2]: *** [all] Error 2`, `make[3]:
  // *** No rule to make target 'modules'.  Stop.`
  {
    kind: 'exit',
    pattern: /^\s*(?:[\w-]*make(?:\[\d+\])?: )?\*\*\* (?:\[[^\]\n]*\] Error \d+|No rule to make target [^\n]*Stop\.)|\bdependency failed to start\b/,
    detail: 'make or a compose dependency failed',
    literals: ['] Error ', 'No rule to make target', 'dependency failed to start'],
  },
  // Newer systemd names the signal apart (`Main PID: 843291 (code=dumped, signal=SEGV)`): a core dump is a crash.
  {
    kind: 'exit',
    pattern: /\bcode=(?:killed|dumped), status=\d+\/[A-Z]+|\bcode=dumped, signal=[A-Z]+\b/,
    detail: 'killed by a signal (systemd)',
    literals: ['code=killed', 'code=dumped'],
  },
  // Tiller logs a release it could not install or upgrade as a warning: Helm 2's verdict on it.
  // Flux's helm-operator says it in its `error=` field (`error="Helm release failed" … err="failed to upgrade chart
  // …"`).
  {
    kind: 'exit',
    pattern: /\b(?:Upgrade|Install|Rollback|Release) "[^"\n]+" failed: |^Helm (?:release|upgrade|install) failed$/,
    detail: 'a Helm release failed',
    whateverLevel: true,
    literals: ['" failed: ', 'Helm release failed', 'Helm upgrade failed', 'Helm install failed'],
  },
  { kind: 'exit', pattern: /^Installation failed, (?:deleting|reverting) \.\/composer\.json\b/, detail: 'composer could not install', literals: ['Installation failed'] },
  // `docker-compose ps` (v1): a service's State column.
  { kind: 'exit', pattern: /\S {2,}Exit [1-9]\d*\s*$/, detail: 'a compose service exited (docker-compose ps)', literals: ['  Exit '] },
  // A build or an install that failed, in its tool's words: BuildKit's failed step (` => ERROR [builder 4/6] RUN npm
  // install`; pasted in a markdown quote, `> ERROR [ui-build 4/4] RUN …` once the quote is peeled), pnpm's error
  // codes (` ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" …`), Yarn 2's verdict (`➤ YN0000:
  // Failed with errors in 0s 755ms`), Composer's (`Your requirements could not be resolved to an installable set of
  // packages.`), a registry refusing a push (`denied: requested access to the resource is denied`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^\s*=?> ERROR \[[^\]\n]+\] \S|^ERROR \[[^\]\n]* \d+\/\d+\] \S|^\s*ERR_PNPM_[A-Z_]+ {1,2}\S|\bYN0000: (?:[·│] )?Failed with errors in\b/.source,
      /\bYour requirements could not be resolved to an installable set of packages\b|^denied: requested access to the resource is denied\b/.source,
    ].join('|')),
    detail: 'a build, an install or a push failed (BuildKit, pnpm, Yarn, Composer, a registry)',
    whateverLevel: true,
    literals: ['> ERROR [', 'ERR_PNPM_', 'Failed with errors in', 'could not be resolved to an installable', 'requested access to the resource'],
  },
  // An app's launcher or entrypoint that says its start failed: Discourse's (pups' `Pups::ExecError: … failed with
  // return #<Process::Status: pid 299 exit 5>`, then `** FAILED TO BOOTSTRAP **`), Nextcloud's image (`installing
  // of nextcloud failed!`), Gitea's (`docker setup failed`), a platform stopping a site that `failed during startup`.
  {
    kind: 'exit',
    pattern: new RegExp([
      /\*\* FAILED TO BOOTSTRAP \*\*|\bPups::ExecError: |\binstalling of nextcloud failed!|\bdocker setup failed\b|\bbecause it failed during startup\b/.source,
      // Uptime Kuma, which exits after it (`[SERVER] ERROR: Failed to prepare your database: Access denied …`), and
      // Baserow's all-in-one image as its supervisor stops (`Baserow was stopped or one of it's services crashed, …`).
      /\bFailed to prepare your database: |\bBaserow was stopped or one of it'?s services crashed\b/.source,
    ].join('|')),
    detail: "an app's launcher says its start failed (Discourse, Nextcloud, Gitea, Uptime Kuma, Baserow)",
    whateverLevel: true,
    literals: [
      'FAILED TO BOOTSTRAP', 'Pups::ExecError', 'of nextcloud failed', 'docker setup failed', 'failed during startup',
      'Failed to prepare your database', 'services crashed',
    ],
  },
  // A Celery (billiard) pool worker killed: the task it ran is lost.
  { kind: 'exit', pattern: /\bexited with 'signal \d+ \(SIG(?:KILL|SEGV|ABRT|BUS)\)'/, detail: 'a pool worker was killed (Celery)', literals: ["with 'signal "] },
  { kind: 'exit', pattern: /\bresponded with a non-zero exit status\b/, detail: 'a command over SSH failed (Vagrant)', literals: ['non-zero exit status'] },
  { kind: 'exit', pattern: /\bState changed from \w+ to crashed\b|\bApp crashed\b/, detail: 'the platform says the app crashed (Heroku)', whateverLevel: true, literals: ['to crashed', 'App crashed'] },
  // A Job that gave up (its condition, its event, helm's hook that ran it), or whose describe counts a failed
  // pod and none succeeded or still running.
  {
    kind: 'exit',
    pattern: /\bBackoffLimitExceeded\b|\bJob has reached the specified backoff limit\b|^\s*Pods Statuses:\s+0 (?:Running|Active)(?: \(\d+ Ready\))? \/ 0 Succeeded \/ [1-9]\d* Failed\b/,
    detail: 'a Kubernetes Job failed',
    whateverLevel: true,
    literals: ['BackoffLimitExceeded', 'specified backoff limit', 'Pods Statuses:'],
  },
  // The verdicts of Kubernetes' tools: helm's (its `--debug` stack follows it, so it is not a last word), minikube's,
  // Argo CD's sync (logged at info).
  {
    kind: 'exit',
    pattern: /^(?:Error: )?(?:INSTALLATION|UPGRADE|ROLLBACK|UNINSTALLATION) FAILED\b|^\S{0,2}\s*Exiting due to [A-Z][A-Z\d_]*:/,
    detail: 'helm or minikube failed',
    whateverLevel: true,
    literals: ['INSTALLATION FAILED', 'UPGRADE FAILED', 'ROLLBACK FAILED', 'Exiting due to'],
  },
  {
    kind: 'exit',
    pattern: /\bSync operation to \S+ failed\b|\boperation \(phase: Failed\)|\bOperation has completed with phase: Failed\b/,
    detail: 'an Argo CD sync failed',
    whateverLevel: true,
    literals: ['Sync operation to', 'phase: Failed'],
  },
  // A job runner or a scheduler that stopped: Sidekiq's `Sidekiq died due to the following error, cannot recover,
  // process exiting` (at WARN), Kubernetes' CronJob controller that will not start a job any more (`Cannot determine if
  // job needs to be started: Too many missed start time (> 100). …`), an s6 service whose run script cannot start
  // (`s6-supervise gitea: warning: unable to spawn ./run - waiting 10 seconds`) and runit's (`runsv nginx: fatal:
  // unable to start ./run: file does not exist`), n8n's start after a crash (`Last session crashed`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bcannot recover, process exiting\b|\bToo many missed start times?\b/.source,
      /\bs6-supervise \S+: warning: unable to spawn \.\/run\b|\bLast session crashed\b/.source,
      /\brunsv \S+: fatal: unable to start \.\/run: /.source,
    ].join('|')),
    detail: 'a job runner, a scheduler or a supervised service stopped (Sidekiq, a CronJob, s6, runit, n8n)',
    whateverLevel: true,
    literals: ['cannot recover, process exiting', 'Too many missed start', 'unable to spawn ./run', 'unable to start ./run', 'Last session crashed'],
  },
  // A data race the race detector found: Go's `WARNING: DATA RACE` (`go test -race` fails the test, a -race binary
  // exits 66), ThreadSanitizer's `WARNING: ThreadSanitizer: data race (pid=1234)` (exit code 66 when the program
  // ends). A Kubernetes command's end through component-base (`E0816 17:50:50.905695 32074 run.go:120] "command
  // failed" err="unknown command …"`, then exit 1: kubectl, kubelet, kube-apiserver). GoReleaser's `⨯ release
  // failed after 0.01s error=current folder is not a git repository`. Hugo's `ERROR render of "/authors" failed: …`.
  {
    kind: 'exit',
    pattern: new RegExp([
      /^WARNING: DATA RACE\s*$|^WARNING: ThreadSanitizer: |(?:^|\] )"command failed" err=/.source,
      /\b(?:release|build) failed after \d+(?:\.\d+)?m?s\b|^ERROR render of "[^"\n]*" failed: /.source,
    ].join('|')),
    detail: 'a data race, a Kubernetes command, a release or a site build that failed',
    whateverLevel: true,
    literals: ['WARNING: DATA RACE', 'WARNING: ThreadSanitizer: ', '"command failed" err=', ' failed after ', 'render of "'],
  },
  // Builds that failed, in their tools' own words: Maven's failure summary (`[ERROR] Failed to execute goal …
  // -> [Help 1]`, `Error:  Java heap space -> [Help 1]` as GitHub's problem matcher shows it), Gradle's `> Could not
  // resolve all files for configuration ':app:releaseRuntimeClasspath'.` under `What went wrong:`, sbt's `Project
  // loading failed: (r)etry, (q)uit, (l)ast, or (i)gnore?`, Boost.Test's `test/x.cpp(37): error: in "Suite/Case":
  // check … has failed` and its
  // `*** 511 failures are detected in the test module "GistTests"`.
  {
    kind: 'exit',
    pattern: new RegExp([
      /\s-> \[Help 1\]\s*$|^\s*(?:> )?Could not resolve all (?:files|dependencies|artifacts) for configuration\b/.source,
      // Maven's failing goal, whatever follows it (SAP/jenkins-library#3623: `[ERROR] Failed to execute goal
      // org.apache.maven.plugins:maven-surefire-plugin:2.22.2:test (default-test) on project xxx: There are test
      // failures.`).
      /\bFailed to execute goal \S+ \([^)\n]{1,80}\) on project \S+: /.source,
      /\bProject loading failed: \(r\)etry\b|\): error: in "[^"\n]{1,200}": |^\*\*\* \d+ failures? (?:is|are) detected in the test module\b/.source,
    ].join('|')),
    detail: 'a build failed (Maven, Gradle, sbt, Boost.Test)',
    whateverLevel: true,
    literals: ['-> [Help 1]', 'Could not resolve all ', 'Project loading failed: ', '): error: in "', ' detected in the test module', 'Failed to execute goal '],
  },
  // glog that cannot write its log file exits 2 on it (`log: exiting because of error: log: cannot create log:
  // open /tmp/rollouts-controller….log.ERROR….1: no such file or directory`, Argo Rollouts in a read-only pod).
  {
    kind: 'exit',
    pattern: /^log: exiting because of error: /,
    detail: 'glog could not write its log: the program exits',
    whateverLevel: true,
    literals: ['log: exiting because of error: '],
  },
  // PHP's CLI that found no script to run (`Could not open input file: artisan`): it exits 1. php-fpm's worker that
  // died of a signal (`WARNING: [pool www] child 12 exited on signal 9 (SIGKILL) after 794.522278 seconds from
  // start`): the request it served got a 502; the master respawns it.
  {
    kind: 'exit',
    pattern: /^Could not open input file: |\bchild \d+ exited on signal (?:4|6|7|9|11) \(SIG(?:ILL|ABRT|BUS|KILL|SEGV)\b/,
    detail: 'PHP could not run its script, or a php-fpm worker was killed',
    whateverLevel: true,
    literals: ['Could not open input file: ', 'exited on signal '],
  },
  // bash's report of a job it ran that was killed: `/start: line 73:    23 Killed   bundle exec sidekiq < /dev/null`.
  // bitnami's `libos.sh: line 336:    44 Illegal instruction     "$@"` (MongoDB 5 on a CPU without AVX); the word
  // alone on its line, as `sh -c` reports its command's death (`node dist/main` on a CPU without AVX, immich#511).
  {
    kind: 'exit',
    pattern: /\bline \d+: +\d+ (?:Killed|Illegal instruction|Bus error)\s|^(?:Illegal instruction|Bus error)\s*$/,
    detail: 'killed by a signal, as the shell reports it',
    whateverLevel: true,
    literals: ['Killed', 'Illegal instruction', 'Bus error'],
  },
  // Ansible: a host unreachable, every host failed, a recap row with failures. A task's `fatal: […]:
  // FAILED!` alone is not one: with `ignore_errors` the play prints the same line, then `...ignoring`.
  {
    kind: 'exit',
    pattern: /^fatal: \[[^\]\n]+\]: UNREACHABLE! =>|^NO MORE HOSTS LEFT\b|^\S+\s+: ok=\d+\s+changed=\d+\s+unreachable=(?:[1-9]|\d+\s+failed=[1-9])/,
    detail: 'Ansible play failed',
    whateverLevel: true,
    literals: [']: UNREACHABLE!', 'NO MORE HOSTS', 'unreachable='],
  },
  // The AWS CDK's deploy that failed (` ❌  integ-user-pool-idp-social failed: Error [ValidationError]: …`,
  // `❌ Deployment failed: …`).
  { kind: 'exit', pattern: /❌ +(?:\S+ failed|Deployment failed): /, detail: 'a CDK deploy failed', whateverLevel: true, literals: ['❌  ', ' ❌ '] },
  // A Clojure program that died of what it threw: clojure.main writes the report to a file and says where
  // (`Execution error (UnknownHostException) at sun.nio.ch.NioSocketImpl/connect (NioSocketImpl.java:564).`, then
  // `Full report at:` and the file's path); a REPL that printed the same error goes on and writes no report.
  // Chocolatey that could not install a package (`nodejs not installed. An error occurred during installation:`).
  {
    kind: 'exit',
    pattern: /^Full report at:\s*$|\bnot installed\. An error occurred during installation:/,
    detail: 'a program died of an error it reported (Clojure, Chocolatey)',
    literals: ['Full report at:', 'An error occurred during installation'],
  },
  // kubectl's apply that the API server or its validation rejected (`error validating "k8s/services/backend.yaml":
  // error validating data: …`, `The Deployment "social-auth" is invalid: spec.selector: Invalid value: …: field is
  // immutable`): nothing of that object was applied.
  {
    kind: 'exit',
    pattern: /\berror validating "[^"\n]+": error validating data\b|: field is immutable\b/,
    detail: 'kubectl could not apply a manifest (invalid, or a field is immutable)',
    literals: ['error validating data', 'field is immutable'],
  },
  // An app's upgrade or migration that failed, in its own words: TypeORM's (n8n, Immich), Ghost's
  // knex-migrator, Twenty's upgrade command, Nextcloud's `occ upgrade`, drush's update hook, GitLab's reconfigure
  // (Cinc/Chef), gitea's ORM engine at start, a Rails task (`rake aborted!`).
  {
    kind: 'exit',
    pattern: new RegExp('\\b[Mm]igration "[^"\\n]{1,200}" failed\\b|\\bError occurred while executing the following migration\\b|\\bMigrationScriptError: '
      + '|\\bAborting the upgrade process\\b|^Update failed\\.?\\s*$|\\[error\\] +Update failed: \\S|^There was an error running gitlab-ctl reconfigure:|\\b(?:Cinc|Chef|Chef Infra) Client failed\\.'
      + '|\\bFailed to initialize ORM engine\\b|\\brake aborted!'
      // The migration tools' own: South's, Flyway's and Liquibase's exceptions, Liquibase's failed changesets.
      + '|^Error in migration: |\\bFlywayException: |\\bliquibase\\.exception\\.\\w+Exception: |\\bErrors encountered while deploying the following changesets\\b'
      // Navidrome's (goose underneath): `msg="Failed to apply new migrations"`.
      + '|\\bFailed to apply new migrations\\b'),
    detail: 'an upgrade or migration failed',
    whateverLevel: true,
    literals: [
      'igration "', 'the following migration', 'MigrationScriptError', 'Aborting the upgrade', 'Update failed', 'gitlab-ctl reconfigure',
      'Client failed.', 'initialize ORM engine', 'rake aborted!', 'Error in migration: ', 'FlywayException', 'liquibase.exception',
      'Errors encountered while deploying', 'Failed to apply new migrations',
    ],
  },
  {
    kind: 'exit',
    pattern: /(?:^|\s)ERROR [1-9]\d{3} \([\dA-Z]{5}\)(?: at line \d+)?(?: in file:|: )|^rsync error: [^\n]*\(code [1-9]\d*\)|\bAll renewals failed\.|\bCertbot failed to authenticate some domains\b/,
    detail: 'a client or job stopped on an error (mysql, rsync, certbot)',
    whateverLevel: true,
    literals: ['ERROR 1', 'ERROR 2', 'ERROR 3', 'rsync error: ', 'All renewals failed', 'Certbot failed to authenticate'],
  },
  // A backup or a restore that stopped, in its tool's own words: each exits non-zero on it (pg_dump's and
  // pg_restore's error lines are the postgres format's, whose level table says which end the tool:
  // POSTGRES_LEVELS.exitsOnError), pg_upgrade's
  // `Failure, exiting`, mysqldump's `Got error: 1044: …`, mongo-tools' `Failed: …`, restic's `Fatal: …`
  // and `repository contains errors`, rclone's `Failed to sync: …`, borg's lock timeout, a script's
  // `Backup failed!`.
  {
    kind: 'exit',
    pattern: new RegExp([
      /^Failure, exiting\s*$/.source,
      /^(?:mysqldump|mariadb-dump|mysqlpump): (?:Got error: \d+|Couldn't execute ')/.source,
      /^(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{4}\s+)?Failed: (?!Total\b|none\b|no\b)[^\d\s]/.source,
      /^Fatal: \S|^repository contains errors\s*$/.source,
      // A wrapper may name it first (syncrclone: `2021-11-21 22:52:23: rclone: Failed to copyto: open …`).
      /(?:^|\brclone: )(?:\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} )?(?:[A-Z]+ ?: )?Failed to (?:sync|copy|move|copyto|moveto|bisync|check|create file system)\b/.source,
      /\bFailed to create\/acquire the lock \S+ \(timeout\)|^(?:Backup|Restore) failed[.!]?\s*$/.source,
      // pg_dump older than its server (`pg_dump: aborting because of server version mismatch`, no severity before
      // PostgreSQL 12: the postgres format reads it at INFO, its tool's name apart), mongorestore's count of what
      // it could not insert (`finished restoring zimuzu.yyets (0 documents, 17522 failures)`).
      /^(?:pg_dump(?:all)?: )?aborting because of server version mismatch\b/.source,
      // restic held off by a lock (`unable to create lock in backend: repository is already locked by PID 62 …`),
      // duplicity's last attempt (`Giving up after 1 attempts. IOError: [Errno 2] No such file or directory: …`).
      /\bunable to create lock in backend: |^Giving up after \d+ attempts?\. \w+(?:Error|Exception)\b/.source,
      /\bfinished restoring \S+ \(\d+ documents?, [1-9]\d* failures?\)/.source,
    ].join('|')),
    detail: 'a backup or restore tool failed (pg_dump, pg_restore, mysqldump, mongorestore, restic, rclone, borg)',
    whateverLevel: true,
    literals: [
      'Failure, exiting', 'Got error: ', "Couldn't execute '", 'Failed: ', 'Fatal: ', 'repository contains errors',
      'Failed to sync', 'Failed to copy', 'Failed to move', 'Failed to bisync', 'Failed to check', 'Failed to create file system',
      'acquire the lock', 'Backup failed', 'Restore failed', 'aborting because of server version', 'finished restoring ',
      'unable to create lock in backend', 'Giving up after ',
    ],
  },
  // .NET and Microsoft stacks: MSBuild's and the C# and C++ compilers' errors (`Foo.cs(17,19): error CS0103: …`,
  // `ggml.c(5841,5): error C2065: …`), the linker's (`general.obj : error LNK2019: unresolved external symbol …`,
  // `fatal error LNK1120: 2 unresolved externals`), NuGet's restore (`… .csproj : error NU1101: Unable to find
  // package Humanizer.`), Visual Studio's `========== Build: 1 succeeded, 1 failed, …`, `Build FAILED.`, `    24
  // Error(s)`, MSTest's and xUnit's failed assertions, SQL Server that stops, the Servarr apps'
  // and Umbraco's start that failed, Duplicati's unhandled exception, an App Service container that did not start.
  {
    kind: 'exit',
    pattern: new RegExp([
      /\(\d+(?:,\d+(?:,\d+,\d+)?)?\): error [A-Z]{1,8}\d{3,5}: |^\s*[1-9]\d* Error\(s\)\s*$|^Build FAILED\.\s*$/.source,
      /\berror LNK\d{4}: |\bfatal error (?:LNK|C)\d{4}: |\berror NU1\d{3}: |^=+ (?:Re)?[Bb]uild(?: All)?: \d+ succeeded, [1-9]\d* failed\b/.source,
      /\bAssert\.\w+ failed\. |\bXunit\.Sdk\.\w+Exception\b/.source,
      // ASP.NET Core's host that threw as it started (`Category: Microsoft.AspNetCore.Hosting.Diagnostics`, event 6).
      /^\s*Application startup exception\b/.source,
    ].join('|')),
    detail: 'a .NET build, test run or start failed (MSBuild, the C# compiler, MSTest, xUnit, ASP.NET Core)',
    whateverLevel: true,
    literals: [
      '): error ', ' Error(s)', 'Build FAILED.', 'Assert.', 'Xunit.Sdk.', 'error LNK', 'fatal error LNK', 'fatal error C', 'error NU1',
      '========== Build', '========== Rebuild', 'Application startup exception',
    ],
  },
  // Builds and scripts that stopped: ninja, webpack (its verdict; Vue CLI's; Next.js's after its spinner's dots:
  // `   Running TypeScript  .Failed to compile.`), rpmbuild, Perl, Jenkins,
  // npm, bash's `set -u`, a Symfony command, a migration.
  {
    kind: 'exit',
    pattern: /^ninja: build stopped: |^(?:webpack: )?Failed to compile\.?\s*$|\.Failed to compile\.\s*$|^webpack (?:\d+\.\d+\.\d+ )?compiled with \d+ errors?\b|\bFailed to compile with \d+ errors?\b|^ *ERROR +Build failed with errors\b|\bBad exit status from \S+ \(%\w+\)|\bcompilation aborted at \S+ line \d+|\bmarked build as failure\b|(?:^|\s)npm (?:ERR!|error) code \S|\bERESOLVE unable to resolve dependency tree\b|: unbound variable\s*$|\bError thrown while running command\b|\b[Mm]igrations? failed\b/,
    detail: 'a build or script failed',
    whateverLevel: true,
    literals: [
      'build stopped', 'Failed to compile', 'compiled with ', 'Build failed with errors', 'Bad exit status', 'compilation aborted', 'marked build as failure', 'npm ERR! code', 'npm error code', 'ERESOLVE unable to resolve',
      'unbound variable', 'Error thrown while running', 'igration failed', 'igrations failed',
    ],
  },
  // A test run that could not begin: pytest's own crash (exit 3), a browser the tests drive could not start
  // (Selenium's `session not created`, Puppeteer, Playwright's missing browser), Cypress's server not up, a
  // GoCD job's verdict.
  {
    kind: 'exit',
    pattern: /^INTERNALERROR> |\bSessionNotCreatedException\b|\bsession not created: |\bFailed to launch the browser process\b|\bbrowserType\.launch: Executable doesn't exist\b|\bCypress failed to verify that your server is running\b|\[go\] Current job status: failed\b/,
    detail: 'a test run could not begin (pytest internal error, a browser that would not start, a server not up)',
    whateverLevel: true,
    literals: ['INTERNALERROR>', 'SessionNotCreated', 'session not created', 'Failed to launch the browser', "Executable doesn't exist", 'failed to verify that your server', 'Current job status: failed'],
  },
  // A shell or PowerShell could not find a command: bash exits 127, PowerShell throws.
  {
    kind: 'exit',
    // A shell's exec that found no program (`sh: 1: exec: php-fpm: not found`, bash's `line 5: exec: x: not found`):
    // the shell exits 127 in its place.
    pattern: /: command not found\s*$|\bCommandNotFoundException\b|\bis not recognized as the name of a cmdlet\b|(?:^|: )exec: [^\s:]+: not found\s*$/,
    detail: 'command not found',
    literals: ['command not found', 'CommandNotFound', 'not recognized as the name', 'exec: '],
  },
  // Flux's helm-controller that gave up on a release (`"error":"upgrade retries exhausted"`), a shell script that
  // cannot be parsed (dash's `sh: 1: Syntax error: end of file unexpected`, `/entrypoint.sh: 97: /entrypoint.sh: Syntax
  // error: "(" unexpected (expecting "fi")`, bash's `entrypoint.sh: line 3: syntax error near unexpected token …` and
  // `line 33: syntax error: unexpected end of file`, busybox's `line 6: syntax error: unexpected word (expecting
  // "do")`): the script does not run; Compose refusing a network it did not create (`network
  // internet-monitoring-front-tier was found but has incorrect label com.docker.compose.network set to "…"`); a
  // program to run that is not there (cgo's `cgo: C compiler "gcc" not found: exec: "gcc": executable file not found
  // in $PATH`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^(?:install|upgrade) retries exhausted$/.source,
      /^(?:\S+: )?(?:line )?\d+: (?:\S+: )?(?:Syntax error: |syntax error(?: near unexpected token |: unexpected ))/.source,
      /^network \S+ was found but has incorrect label /.source,
      /\bexecutable file not found in \$PATH\b/.source,
    ].join('|')),
    detail: 'a job could not go on (a release given up, a script that does not parse, a network, a missing program)',
    literals: ['retries exhausted', 'Syntax error: ', 'syntax error near unexpected token', 'syntax error: unexpected ',
      'was found but has incorrect label', 'executable file not found'],
  },
  // Tools that stopped, in their own words: Rust's panic inside a panic (`thread panicked while processing panic.
  // aborting.`), pg_upgrade's `*failure*` (then `Consult the last few lines of …`), Ecto's migrator (`Could not
  // create schema migrations table. This error usually happens due to the following:`), MediaWiki's command line
  // (`Wikimedia\Rdbms\DBQueryError from line 1719 of …/Database.php: Error 1: table dpl_clview already exists`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bthread panicked while processing panic\. aborting\b|^\*failure\*\s*$|\bCould not create schema migrations table\b/.source,
      /^(?:\[[^\]\n]{1,40}\] \[[^\]\n]{1,40}\] )?[\w\\]+(?:Error|Exception) from line \d+ of \S+: /.source,
    ].join('|')),
    detail: 'a tool stopped (a Rust double panic, pg_upgrade, an Ecto migration, a MediaWiki script)',
    whateverLevel: true,
    literals: ['while processing panic', '*failure*', 'schema migrations table', ' from line '],
  },
  // Upstart, the init of Ubuntu before 15.04, through the kernel's log: a job's process that exited with an error
  // or died of a crash signal (`init: docker main process (28969) terminated with status 1`, `… killed by SEGV
  // signal`; not TERM or KILL, its own stop), and the respawns it gave up (`init: docker respawning too fast,
  // stopped`).
  {
    kind: 'exit',
    pattern: /\binit: \S+ (?:main|pre-start|post-start) process \(\d+\) (?:terminated with status [1-9]\d*|killed by (?:SEGV|ABRT|BUS|ILL|FPE) signal)\b|\binit: \S+ respawning too fast, stopped\b/,
    detail: 'a job of upstart exited with an error, crashed, or respawned too fast',
    whateverLevel: true,
    literals: ['main process (', 'start process (', 'respawning too fast'],
  },
  // Builds that stopped, in their tools' words: ninja's failed edge (`FAILED: bins/CMakeFiles/zzcat.dir/zzcat.c.obj`,
  // the command and its errors under it), make before 4.3 (`Makefile:316: recipe for target 'test' failed`); and
  // Alembic's command that failed, a sentence after the same word (`FAILED: Requested revision c1d2e3f4a5b6 overlaps
  // with other requested revisions b2c3d4e5f6a7`; not TestNG's `FAILED: pkg.Test.method`).
  {
    kind: 'exit',
    pattern: /^FAILED: (?=[^\s/\\]*[/\\]|\S+\.o(?:bj)?\s*$|[A-Z][a-z]+ \S)\S|^[^\s:]+:\d+: recipe for target '[^'\n]+' failed\s*$/,
    detail: 'a build or a migration stopped (ninja, make, Alembic)',
    whateverLevel: true,
    literals: ['FAILED: ', 'recipe for target'],
  },
  // systemd: a unit it could not start at all (`borgbackup-job-paki.service: Failed at step NAMESPACE spawning …`, the
  // status 226/NAMESPACE), a process that dumped core (systemd-coredump's `Process 334 (systemd-journal) of user 0
  // dumped core.`), PID 1's own crash (`Caught <SEGV>, dumped core as pid 9102.`), a unit restarted again and again
  // (`pac4cli.service: Scheduled restart job, restart counter is at 2.`: from the second restart on).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bFailed at step [A-Z_]+ spawning \S|\bProcess \d+ \([^)\n]{1,80}\) of user \d+ dumped core\b|\bCaught <(?:SEGV|ABRT|BUS|ILL|FPE)>/.source,
      /\bScheduled restart job, restart counter is at (?:[2-9]|\d{2,})\b/.source,
    ].join('|')),
    detail: 'systemd could not start a unit, a process dumped core, or a unit restarts in a loop',
    whateverLevel: true,
    literals: ['Failed at step ', 'dumped core', 'Caught <', 'restart counter is at'],
  },
  // Mobile and front-end toolchains that stopped: Metro's bundle (`bundling failed: Error: Unable to resolve module
  // …`), the Flutter tool's exit (`Error launching application on iPhone 11.`, its stack's `#0      throwToolExit
  // (package:flutter_tools/src/base/common.dart:10:3)`).
  {
    kind: 'exit',
    pattern: /\bbundling failed: \w*Error\b|^Error launching application on \S|\bthrowToolExit \(package:flutter_tools\//,
    detail: 'a mobile build or run stopped (Metro, Flutter)',
    whateverLevel: true,
    literals: ['bundling failed: ', 'Error launching application on', 'throwToolExit'],
  },
  // Cloud command-line tools that stopped: Terraform before 0.12 (`Error applying plan:`, then `1 error(s) occurred:`
  // and `Terraform does not automatically rollback in the face of errors.`), the AWS CLI (`upload failed:
  // scripts/web.userdata to s3://… An error occurred (AccessDenied) when calling the PutObject operation: …`, its
  // error alone on its line).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^Error applying plan:\s*$|^\d+ error\(s\) occurred:\s*$|^Terraform does not automatically rollback in the face of errors\b/.source,
      /^(?:(?:upload|download|copy|move|delete) failed: \S+ (?:to \S+ )?)?An error occurred \(\w+\) when calling the \w+ operation\b/.source,
    ].join('|')),
    detail: 'a cloud tool stopped (Terraform, the AWS CLI)',
    whateverLevel: true,
    literals: ['Error applying plan', ' error(s) occurred', 'does not automatically rollback', 'An error occurred ('],
  },
  // Tools and test runners that stopped, in their own words: Patroni whose postgres died as it started it (`ERROR:
  // postmaster is not running`), the ClickHouse client's error (`Code: 210. DB::NetException: Connection refused
  // (localhost:9008). (NETWORK_ERROR)`, its exit code; the server says its exceptions inside a line), TestCafe's
  // error box (`Type "testcafe -h" for help.` under it), pabot's suite (`[PID:850] [0] FAILED 01 Test Suite`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bERROR: postmaster is not running\s*$|^Code: \d+\. DB::\w*Exception: /.source,
      /^Type "testcafe -h" for help\.|\[PID:\d+\] \[\d+\] FAILED \S/.source,
    ].join('|')),
    detail: 'a tool or a test run stopped (Patroni, the ClickHouse client, TestCafe, pabot)',
    whateverLevel: true,
    literals: ['postmaster is not running', '. DB::', 'testcafe -h', '] FAILED '],
  },
  // Windows builds and services, in their tools' words: MSBuild's canonical error without a code or a position
  // (`…/restore.proj : error : Unable to load the service index for source …`, `Microsoft.NuGet.targets(186,5): error :
  // The package ControlzEx … could not be found`, `….targets(406,5): Error : Error Code: ERROR_USER_NOT_ADMIN`) and a
  // tool's with its code but no position (WiX's `light.exe : error LGHT0001: A required privilege is not held …`);
  // Chocolatey's installer that failed (`… was not successful. Exit code was '5'.`); Pester's failed test (`[-]
  // DACFx 1.08s (869ms|215ms)`); Windows Error Reporting's crash (`Faulting application name: w3wp.exe, …`), the
  // ASP.NET Core module's in-process app that died (`CLR worker thread exited prematurely`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /(?:\(\d+(?:,\d+){0,3}\)| ): [Ee]rror : \S|\.exe : (?:fatal )?error [A-Z]{1,8}\d{1,5} ?: \S/.source,
      /\bwas not successful\. Exit code was '-?[1-9]\d*'/.source,
      /^\s*(?:[\w-]+: +)?\[-\] \S(?:[^\n]*\s)?\d+(?:\.\d+)?m?s(?: \(\d+m?s\|\d+m?s\))?\s*$/.source,
      /^Faulting application name: \S|\bCLR worker thread exited prematurely\b/.source,
    ].join('|')),
    detail: 'a Windows build, install, test or service failed (MSBuild, WiX, Chocolatey, Pester, IIS)',
    whateverLevel: true,
    literals: ['): error : ', '): Error : ', ' : error : ', ' : Error : ', '.exe : error ', '.exe : fatal error ', 'Exit code was', ' [-] ',
      'Faulting application name', 'CLR worker thread exited prematurely'],
  },
  // CI services that stopped a job for its silence: Travis (`No output has been received in the last 10 minutes, this
  // potentially indicates a stalled build …`, `The build has been terminated`; the web page's line numbers run into
  // both when copied, so neither is anchored).
  {
    kind: 'exit',
    pattern: /No output has been received in the last \d+ ?m|The build has been terminated\.?\s*$/,
    detail: 'the CI service stopped a job that printed nothing for too long (Travis)',
    whateverLevel: true,
    literals: ['No output has been received', 'The build has been terminated'],
  },
  {
    kind: 'exit',
    pattern: /^zsh: (?:killed|abort) +\S/,
    detail: 'a command killed by a signal, as zsh reports it',
    literals: ['zsh: '],
  },
  // GitOps and operators that could not apply: Argo CD's sync result (`adding resource result, status: 'SyncFailed',
  // phase: 'Failed', …` at info), Flux's reconciliation (`"msg":"Reconciliation failed after 10.8s, next try in
  // 30m0s"`), Strimzi's wait for its pods (`Exceeded timeout of 300000ms while waiting for Pods resource
  // x-zookeeper-0 in namespace y to be ready`).
  {
    kind: 'exit',
    pattern: /\bstatus: 'SyncFailed', phase: 'Failed'/,
    detail: 'a GitOps sync failed (Argo CD)',
    whateverLevel: true,
    literals: ["'SyncFailed'"],
  },
  {
    kind: 'exit',
    pattern: /^Reconciliation failed after \S+, next try in \S|\bExceeded timeout of \d+ms while waiting for \S+ resource \S+/,
    detail: 'a controller could not reconcile (Flux, Strimzi)',
    literals: ['Reconciliation failed after', 'Exceeded timeout of'],
  },
  {
    kind: 'exit',
    pattern: /\bexited with code \d+ \(by signal (?:4|5|6|8|31)\)/,
    detail: 'a supervised service died of a signal (s6)',
    whateverLevel: true,
    literals: ['(by signal '],
  },
  // Migrations and builds that stopped, in their tools' words: Liquibase's command line (`Unexpected error running
  // Liquibase: Validation Failed:`), Diesel's (`Failed with: syntax error at or near "VALUE"`), execa's error as a
  // builder prints it (`{ Error: Command failed: nuxt build --standalone …`), Gatsby's error code (` ERROR #95312 `).
  {
    kind: 'exit',
    pattern: /\bUnexpected error running Liquibase: |^Failed with: \S|\bError: Command failed(?: with exit code \d+)?: \S|^\s*ERROR #\d{4,6}\b/,
    detail: 'a migration or a build stopped (Liquibase, Diesel, a builder running a command, Gatsby)',
    literals: ['Unexpected error running Liquibase', 'Failed with: ', 'Error: Command failed', 'ERROR #'],
  },
  // Analysers that fail the job: CodeQL finding nothing it could read (`CodeQL detected code written in Java but could
  // not process any of it.`), golangci-lint that could not run (`level=error msg="Running error: buildir: analysis
  // skipped: …"`), PHPStan's verdict (` [ERROR] Found 133 errors`), tfsec's (`  11 potential problem(s) detected.`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bCodeQL detected code written in \S+ but could not process any of it\b|^Running error: \S/.source,
      /^\s*\[ERROR\] Found [1-9]\d* errors?\b|^\s*[1-9]\d* potential problem\(s\) detected\./.source,
    ].join('|')),
    detail: 'an analyser failed the job (CodeQL, golangci-lint, PHPStan, tfsec)',
    whateverLevel: true,
    literals: ['could not process any of it', 'Running error: ', '[ERROR] Found ', 'potential problem(s) detected'],
  },
  // Supervisors and clients that gave up: the Home Assistant Supervisor's watchdog (`Watchdog found addon Navidrome
  // is unhealthy, restarting...`, at WARNING), illumos's SMF (`Reason: Restarting too quickly.`, `Impact: This service
  // is not running.`), frpc told not to retry (`login to the server failed: … With loginFailExit enabled, no additional
  // retries will be attempted`), Compose with nothing to run (`no containers to start`, then exit 1), a server's
  // database it cannot open as its last word (Stalwart's `Unable to open database: Internal Error: …`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bWatchdog found addon \S+(?: \S+){0,5} is unhealthy, restarting\b|^\s*Reason: Restarting too quickly\./.source,
      /^\s*Impact: This service is not running\.|\bWith loginFailExit enabled, no additional retries will be attempted\b/.source,
      /^no containers to start\s*$|^Unable to open database: \S/.source,
    ].join('|')),
    detail: 'a supervisor or a client gave up (Home Assistant, SMF, frpc, Compose, a server without its database)',
    whateverLevel: true,
    literals: [
      'is unhealthy, restarting', 'Restarting too quickly', 'This service is not running', 'loginFailExit enabled', 'no containers to start',
      'Unable to open database: ',
    ],
  },
  // Builds, jobs and clients that gave up, found in sets 227–232: ninja's failed edge (`FAILED: g++ -MD -MT …`, or
  // newer ninja's `FAILED: build/release/tests/rpc_test.o`; not TestNG's `FAILED: testName`) and the compiler it ran
  // (`g++: internal compiler error: Killed (program cc1plus)`), electron-builder's error mark (`  ⨯ unknown long flag
  // '--build-resource-dir'`), Jenkins' checkout (`ERROR: Error cloning remote repo 'origin'`, behind the Timestamper's
  // clock with one space too, which is no envelope: an application's own time looks the same), Bitnami's wait for a
  // port (`timeout reached before the port went into state "inuse"`), and a client whose retries ran out (Woodpecker's
  // `backoff: maximum elapsed time exceeded`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^FAILED: (?:\S*\/\S*|\S+ \S)|\binternal compiler error: |^\s*⨯ \S|^(?:\d{2}:\d{2}:\d{2} )?ERROR: Error (?:cloning|fetching) remote repo '/.source,
      /^timeout reached before the port went into state "\w+"/.source,
    ].join('|')),
    detail: 'a build, a job or a start-up step failed (ninja, a compiler, electron-builder, Jenkins, a wait)',
    whateverLevel: true,
    literals: [
      'FAILED: ', 'internal compiler error', '  ⨯ ', 'Error cloning remote repo', 'Error fetching remote repo', 'went into state',
    ],
  },
  {
    kind: 'exit',
    pattern: /\bbackoff: maximum elapsed time exceeded\b/,
    detail: 'a client gave up retrying',
    literals: ['maximum elapsed time exceeded'],
  },
  // Found in sets 233–238. A child of Apache httpd killed by a signal, logged at notice (`[core:notice] [pid 1:tid 1]
  // AH00052: child pid 62 exit signal Segmentation fault (11)`); Puma's master killing a worker that stopped answering
  // (`[21147] ! Terminating timed out worker: 13143`).
  {
    kind: 'exit',
    pattern: /\bAH00052: child pid \d+ exit signal [A-Z][a-z]+(?: [a-z]+)* \(\d+\)|^\[\d+\] ! Terminating timed out worker: \d+/,
    detail: 'a server killed or lost a worker process (Apache httpd, Puma)',
    whateverLevel: true,
    literals: ['AH00052', 'Terminating timed out worker'],
  },
  // A build step's compiler that refused its options (`nvcc fatal   : Value 'native' is not defined for option
  // 'gpu-architecture'`) and the driver that ran it (`/usr/bin/nvcc: returned nonzero exit status`).
  {
    kind: 'exit',
    pattern: /^nvcc fatal\s+: |: returned nonzero exit status\b/,
    detail: 'a build step failed (nvcc)',
    whateverLevel: true,
    literals: ['nvcc fatal', 'returned nonzero exit status'],
  },
  // Provisioning and infrastructure tools that gave up, found in set 236: Packer's step (`==> vsphere-iso: Step
  // "StepProvision" failed, aborting...`, behind `-timestamp-ui`'s time too), Salt's state (`  Result: False`, as
  // `state.highstate` prints each state, `Result: True` when it held) and its minion (`    Minion did not return`),
  // Terraform 0.11's provider (`Error installing provider "azurerm": Checksums did not match.`). And a Go program
  // refusing its command line (`flag provided but not defined: -trimpath`, Go's flag package, then its usage: exit 2).
  {
    kind: 'exit',
    pattern: new RegExp([
      /(?:^|: )Step "\w+" failed, aborting\b|^\s+Result: False\s*$|^\s+Minion did not return\b/.source,
      /^Error installing provider "[^"\n]+": |^flag provided but not defined: -\S/.source,
    ].join('|')),
    detail: 'a provisioning run or a command line failed (Packer, Salt, Terraform, Go flags)',
    whateverLevel: true,
    literals: ['failed, aborting', 'Result: False', 'Minion did not return', 'Error installing provider', 'flag provided but not defined'],
  },
  // Backups and restores that failed, found in sets 239 and 242: Velero's verdict (`Phase:  PartiallyFailed (run
  // 'velero restore logs …' for more information)`; not `Phase:  Completed`), rclone's last attempt (`ERROR : Attempt
  // 3/3 failed with 13 errors and: …`), mysqldump's and mariadb-dump's error (`mariadb-dump: Error 2013: Lost
  // connection to server during query when dumping table …`), and a client told that PostgreSQL crashed under it
  // (pg_restore's `WARNING:  terminating connection because of crash of another server process`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^\s*Phase:\s+(?:PartiallyFailed|FailedValidation)\b|\bAttempt (\d+)\/\1 failed with \d+ errors and: /.source,
      /^(?:mysqldump|mariadb-dump): Error \d+: /.source,
    ].join('|')),
    detail: 'a backup, a restore or a sync failed (Velero, rclone, mysqldump)',
    whateverLevel: true,
    literals: ['PartiallyFailed', 'FailedValidation', 'errors and: ', 'dump: Error '],
  },
  // Found in sets 245–250. Windows: a service `net start` could not start (`The jenkins service could not be
  // started.`), Topshelf's host (`The service terminated abnormally | System.PlatformNotSupportedException: …`), the
  // .NET host that cannot load its resolver (`The library hostfxr.dll was found, but loading it from C:\…\hostfxr.dll
  // failed`), Windows Error Reporting's crash report (`EventType=APPCRASH`). Database servers that stop: Galera's
  // state transfer (`[Galera] Application state transfer failed. This is unrecoverable condition, restart required.`),
  // CockroachDB's node (`this node is terminating because a replica inconsistency was detected between …`), Druid's
  // service (`org.apache.druid.cli.CliHistorical - Error when starting up.  Failing.`), Elasticsearch's and
  // OpenSearch's bootstrap at ERROR (`[ERROR][o.o.b.Bootstrap          ] [node] Exception`; not `BootstrapChecks`).
  // Supervisors that gave up or saw a child die: runit's (`…/patroni: exceeded maximum number of restarts 5`),
  // Scrypted's (`plugin @scrypted/snapshot unexpectedly exited, restarting in 60000ms`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^The .{1,200} service could not be started\.\s*$|\bThe service terminated abnormally\b/.source,
      /\bThe library \S+ was found, but loading it from .{1,400} failed\b|^EventType=APPCRASH\b/.source,
      /\bexceeded maximum number of restarts \d+|\bunexpectedly exited, restarting\b/.source,
    ].join('|')),
    detail: 'a Windows service, a .NET host or a supervised process failed (net start, Topshelf, hostfxr, WER, runit)',
    whateverLevel: true,
    literals: [
      'service could not be started', 'service terminated abnormally', 'was found, but loading it from', 'EventType=APPCRASH',
      'exceeded maximum number of restarts', 'unexpectedly exited',
    ],
  },
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bstk500_getsync\(\) attempt (\d+) of \1: not in sync\b|^\[error\] \[ ?\w+\] - Encountered error -\d+: /.source,
      /^ORTE was unable to reliably start one or more daemons\.|-\[[\w./-]+\] Pipeline completed with errors-/.source,
      /^(?:CreateCondaEnvironmentException|WorkflowError):/.source,
      /\bexit with reason reached_max_restart_intensity\b|\b\d\d:\d\d:\d\d\.\d\d ERROR ==> \S/.source,
      /^tar: Error is not recoverable: exiting now\b/.source,
      // Chef's failed resource (`Error executing action `update` on resource 'chef_client_updater[update
      // chef-client]'`), Puppet's (`err: /Stage[main]//Package[apache2]/ensure: change from purged to present failed:
      // Execution of …`).
      /^\s*Error executing action `\w+` on resource '|\/ensure: change from '?[\w.-]+'? to '?[\w.-]+'? failed: /.source,
    ].join('|')),
    detail: 'a flasher, a launcher, a pipeline, a supervisor or a set-up script gave up (avrdude, nrfjprog, Open MPI, nf-core, Snakemake, Erlang/OTP, Bitnami, tar)',
    whateverLevel: true,
    literals: [
      'not in sync', 'Encountered error -', 'unable to reliably start', 'completed with errors', 'CreateCondaEnvironmentException',
      'WorkflowError:', 'reached_max_restart_intensity', 'ERROR ==> ', 'Error is not recoverable', 'Error executing action',
      'change from ',
    ],
  },
  // Found in sets 257–262. Deploys and builds: Firebase's (`Functions deploy had errors with the following
  // functions:`), Vercel's (`Error: No Output Directory named "public" found after the Build completed.`), the Azure
  // CLI's with --debug (`cli.azure.cli.core.util : Azure Error: InvalidTemplateDeployment`), snapcraft's
  // (`'override-build' in part 'treesitter-parsers' failed with code 1.`), Vite's (`[vite] ✗ Build failed in 6.41s`),
  // Eleventy's (`EleventyTemplateError: Having trouble writing template: …`, `[11ty] Problem writing Eleventy
  // templates:`), multipass' (`launch failed: The following errors occurred:`, `exec failed: ssh connection failed:
  // …`), nccl-tests' (`Test NCCL failure common.cu:777 'unhandled system error'`), an NFS mount the server refused
  // (`mount.nfs4: access denied by server while mounting 192.168.1.1:/home/dmig/Media`), a shell's report of its
  // command's abort (`Aborted`, macOS' `Abort trap`, alone on their line).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^Functions deploy had errors with the following functions:|\bNo Output Directory named "[^"\n]*" found after the Build completed\b/.source,
      /: Azure Error: \w|^'[\w-]+' in part '[^'\n]+' failed with code \d+|\[vite\] ✗ Build failed in \d/.source,
      /\bEleventyTemplateError: |\[11ty\] (?:Problem writing Eleventy templates|Eleventy Fatal Error)\b/.source,
      /^(?:launch|exec|start|restart|mount|transfer) failed: \S|\bTest NCCL failure \S+:\d+ '/.source,
      /\baccess denied by server while mounting\b|^(?:Aborted|Abort trap(?:: 6)?)\s*$/.source,
    ].join('|')),
    detail: 'a deploy, a build, a CLI or a mount failed (Firebase, Vercel, Azure CLI, snapcraft, Vite, Eleventy, multipass, NCCL, NFS)',
    whateverLevel: true,
    literals: [
      'Functions deploy had errors', 'No Output Directory named', 'Azure Error: ', "' in part '", 'Build failed in ',
      'EleventyTemplateError', 'Problem writing Eleventy', 'Eleventy Fatal Error', 'launch failed: ', 'exec failed: ',
      'start failed: ', 'mount failed: ', 'transfer failed: ', 'Test NCCL failure', 'access denied by server', 'Aborted',
      'Abort trap',
    ],
  },
  // Found in sets 263–268. Compiled languages' builds: a compiler's error at a line of a source file the older
  // pattern's extensions do not name (zig's `build.zig:15:22: error: no member named 'addCommand' in …`, GHC's
  // `Intuit.hs:10:1: error:` with its message below and its older `Could not find module `Clausify'`), Go's own
  // (`services/substrate/stream.go:31:10: undefined: cr`, `cannot use …`, `declared and not used: x`), cabal's
  // verdict (`cabal.exe: Failed to build exe:intuit from intuit-0.1. See the build log above`), a compile that
  // Emacs ran (`Compilation exited abnormally with code 1 at Wed Mar  6 14:04:42`). Releases a deploy tool could not
  // install: helm's hook (`Error: failed post-install: 1 error occurred:`, indented under Terraform's), Flux's events
  // (`  Warning  InstallFailed  4s  helm-controller  Helm install failed for release …`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^(?:[A-Za-z]:)?[^\s:]+\.(?:zig|hs|lhs|swift|d|nim|cs|vala|ml|mli|pas|cr|odin|v):\d+(?::\d+)?: (?:fatal )?error:(?:\s|$)/.source,
      /\bCould not find module `|^cabal(?:\.exe)?: Failed to build \S|\bexited abnormally with code [1-9]/.source,
      /^(?:[A-Za-z]:)?[^\s:]+\.go:\d+:\d+: (?:undefined: |cannot use |syntax error: |declared and not used\b|\S+ declared (?:and|but) not used\b|"[^"\n]+" imported and not used\b|missing return\b|too many arguments\b|not enough arguments\b|invalid operation: )/.source,
      /\bError: failed (?:pre|post)-(?:install|upgrade): |^\s*(?:\S+\s+){0,2}Warning\s+(?:InstallFailed|UpgradeFailed)\s/.source,
    ].join('|')),
    detail: 'a compiled-language build or a release failed (zig, GHC, cabal, Go, Emacs compile, helm, Flux)',
    whateverLevel: true,
    literals: [
      // A compiler's message may be on the next line (GHC's `Intuit.hs:10:1: error:`).
      ': error:', 'Could not find module `', 'Failed to build ', 'exited abnormally with code', 'undefined: ', 'cannot use ', 'syntax error: ',
      'declared and not used', 'declared but not used', 'imported and not used', 'missing return', 'too many arguments',
      'not enough arguments', 'invalid operation: ', 'Error: failed p', 'InstallFailed', 'UpgradeFailed',
    ],
  },
  // A shell script traced with `set -x` that exits non-zero (`++ exit 1`, in its error handler:
  // kata-containers/tests#2677; not `+ exit 0`).
  {
    kind: 'exit',
    pattern: /^\++ exit [1-9]\d*\s*$/,
    detail: 'a shell script traced with set -x exited non-zero',
    whateverLevel: true,
    literals: ['+ exit '],
  },
  // kopia's snapshot that stopped on an error (`Created partial snapshot with root k… and ID … in 0s`, after `(1 fatal
  // errors)`).
  {
    kind: 'exit',
    pattern: /^Created partial snapshot with root \S+/,
    detail: 'a backup stopped on an error (kopia)',
    whateverLevel: true,
    literals: ['partial snapshot'],
  },
  // The dotnet host without the command it was asked for (`Could not execute because the specified command or file
  // was not found.`, `dotnet ef` with no dotnet-ef); VS Code's build task (`Build finished with error(s).`).
  {
    kind: 'exit',
    pattern: /^Could not execute because the specified command or file was not found\.|^\s*Build finished with errors?(?:\(s\))?\.\s*$/,
    detail: 'a command was not found or a build task failed (dotnet, VS Code)',
    whateverLevel: true,
    literals: ['specified command or file was not found', 'Build finished with error'],
  },
  // Alembic's upgrade that cannot find the revision its database is at (`ERROR [flask_migrate] Error: Can't locate
  // revision identified by 'e935a3b14ca8'`): the migrations did not run.
  {
    kind: 'exit',
    pattern: /\bCan't locate revision identified by '/,
    detail: "a migration could not run: its database is at a revision the code does not know (Alembic)",
    whateverLevel: true,
    literals: ["locate revision identified by"],
  },
  // A Gradle task that failed, as older Gradle prints it (`:kanvas-core:compileKotlin FAILED`) and newer (`> Task
  // :app:compileDebugKotlin FAILED`).
  {
    kind: 'exit',
    pattern: /^\s*(?:> Task )?(?::[\w.-]+)+ FAILED\s*$/,
    detail: 'a Gradle task failed',
    whateverLevel: true,
    literals: [' FAILED'],
  },
  // Found in sets 305–310. The linker's own last word, wherever its driver indents it (rustc's `= note:` block:
  // `          collect2: error: ld returned 1 exit status`); npm's script that ended on a signal, which has no exit
  // code to print (`npm error command failed`, then `npm error signal SIGTERM`; npm 6's `npm ERR! command failed`).
  {
    kind: 'exit',
    pattern: /\bcollect2(?:\.exe)?: error: ld returned [1-9]\d* exit status\b|^npm (?:ERR!|error) command failed\s*$/,
    detail: 'the linker or an npm script failed',
    whateverLevel: true,
    literals: ['ld returned', ' command failed'],
  },
  // Found in sets 311–316. Click's usage error, after which its program exits 2 (uvicorn's `Error: No such option: -c`
  // under `Usage: python -m uvicorn [OPTIONS] APP`), in a service's log too, where the service then stopped.
  {
    kind: 'exit',
    pattern: /^Error: (?:No such (?:option|command)|Missing (?:option|argument)|Got unexpected extra arguments?|Invalid value for)\b/,
    detail: 'a command was called wrong (Click)',
    whateverLevel: true,
    literals: ['Error: No such ', 'Error: Missing ', 'Error: Got unexpected extra', 'Error: Invalid value for'],
  },
  // Found in sets 323–328. A knex migration that failed (`migration file "2026-01-10-0000-convert-float-precision.js"
  // failed`); turbo's task that failed (`[…]:build: ERROR: command finished with error: command (…) pnpm run build
  // exited (-1)`); esbuild's error behind a task runner's prefix (`[esbuild] ✘ [ERROR] Could not resolve "…"`);
  // Ollama's server that crashed under its app (`msg="server crash 4 - exit code 3221225477 - respawning"`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^migration file "[^"\n]{1,200}" failed\b|\bERROR: command finished with error: /.source,
      /(?:^|\] )✘ \[ERROR\] |\bserver crash \d+ - exit code -?\d+\b/.source,
    ].join('|')),
    detail: 'a migration, a build task or a server failed (knex, turbo, esbuild, Ollama)',
    whateverLevel: true,
    literals: ['migration file "', 'command finished with error', '✘ [ERROR]', 'server crash '],
  },
];
