/**
 * Heroku's log router (Logplex): `heroku logs` writes every line as the time with its offset, the
 * source (`app` for what a dyno printed, `heroku` for the platform's own lines) and the dyno or
 * component in brackets, then the line:
 *   2018-02-28T01:29:48.968833+00:00 app[web.1]: Unhandled Exception: …UvException: Error -13 EACCES permission denied
 *   2011-03-01T16:16:29-08:00 heroku[web.1]: State changed from starting to crashed
 *   2017-12-13T09:51:12.178728+00:00 heroku[router]: at=info method=GET path="/" host=… status=200 …
 * Read before the bare timestamp of `docker logs -t`, which would otherwise take the time and leave
 * `app[web.1]: ` in front of the message, where no payload grammar or wording expects it. A dyno's
 * lines are a service's (its process type: `web` of `web.1`), so an error it prints is no tool's last
 * word; the platform's lines (`heroku[web.1]: Process exited with status 1`) keep their own wordings.
 */
import { createToken } from '../chevrotain.js';
import { parseIsoTimestamp } from '../time.js';
import { REST_OF_LINE, defineLineGrammar, type EnvelopeResult } from '../kit.js';
import { nameAndBracketed, prefixThenMessage, prefixVisitor, type ReadPrefix } from '../prefix-grammar.js';

const RouterTime = createToken({
  name: 'RouterTime',
  pattern: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}) /,
});
const SourceDyno = createToken({ name: 'SourceDyno', pattern: /(?:app|heroku)\[[\w.-]{1,64}\]: ?/, push_mode: 'message' });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

const herokuTokens = { modes: { prefix: [RouterTime, SourceDyno], message: [Message] }, defaultMode: 'prefix' };
const HerokuParser = prefixThenMessage([{ tokens: [RouterTime] }, { tokens: [SourceDyno] }], Message);

const readHeroku: ReadPrefix = (images, parse) => {
  const [source, dyno] = nameAndBracketed(images.SourceDyno!);
  const ts = parseIsoTimestamp(images.RouterTime!.trimEnd(), parse.tz);
  // A dyno (`web.1`, `worker.2`, `run.4821`) is an instance of its process type; the router and the API are no dyno.
  const processType = /^([\w-]+)\.\d+$/.exec(dyno)?.[1];
  return {
    envelope: 'heroku',
    ...(ts === undefined ? {} : { ts }),
    ...(source === 'app' ? { service: processType ?? dyno } : {}),
    ...(processType === undefined ? {} : { task: dyno }),
    details: { source, dyno },
    message: images.Message ?? '',
  };
};

export const herokuSamples = [
  {
    line: '2018-02-28T01:29:48.968833+00:00 app[web.1]: Unhandled Exception: Microsoft.AspNetCore.Server.Kestrel.Transport.Libuv.Internal.Networking.UvException: Error -13 EACCES permission denied',
    fields: { 'heroku.source': 'app', 'heroku.dyno': 'web.1' },
    source: 'aspnet/KestrelHttpServer#2352 (heroku logs of an ASP.NET Core app)',
  },
  {
    line: '2011-03-01T16:16:29-08:00 heroku[web.1]: State changed from starting to crashed',
    fields: { 'heroku.source': 'heroku', 'heroku.dyno': 'web.1' },
    source: 'Heroku Dev Center, "Error codes" (the line the signal tests quote)',
  },
  {
    line: '2017-12-13T09:51:12.178728+00:00 heroku[router]: at=info method=GET path="/" host=v2ryheroku.herokuapp.com request_id=29005dee-b9fb-4a6e-bad2-9a3e87c4778b fwd="110.185.210.113" dyno=web.1 connect=1ms service=9ms status=200 bytes=6960 protocol=http',
    fields: { 'heroku.source': 'heroku', 'heroku.dyno': 'router', status: '200' },
    source: 'onplus/v2hero#1 (heroku logs of a deployed app)',
  },
] as const;

export const herokuRouter = defineLineGrammar<EnvelopeResult, InstanceType<typeof HerokuParser>>({
  name: 'heroku',
  role: 'envelope',
  title: "Heroku's log router (`heroku logs`: `<RFC 3339> app[web.1]: …`, `heroku[router]: …`)",
  unmistakable: true,
  sniff: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}) (?:app|heroku)\[[\w.-]{1,64}\]:(?: |$)/,
  samples: herokuSamples,
  lexer: herokuTokens,
  parser: () => new HerokuParser(),
  visitor: prefixVisitor(readHeroku),
});
