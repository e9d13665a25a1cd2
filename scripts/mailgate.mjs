#!/usr/bin/env node
// The mail gateway (after Request Tracker's rt-mailgate): the mail server pipes one RFC 5322 message
// to this program, which posts it unchanged to the app's POST /api/v1/inbound-mail and turns the
// answer into the exit status the mail server understands (sysexits.h):
//   0  EX_OK        applied, answered or deliberately dropped (autoresponder mail)
//   65 EX_DATAERR   refused (not a team's member or contact, unknown rollout or team, no command…):
//                   the reason goes to standard error and the mail server bounces the message with it
//   75 EX_TEMPFAIL  the app is unreachable, times out, answers 5xx or 429, or its inbound mail is not
//                   configured or the secret is wrong: the mail server keeps the message and retries
//   64 EX_USAGE     this program was called without --url
// Plain Node (no TypeScript loader, no packages, no database): it runs on the mail host, and while
// the app holds its embedded database.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const EX_OK = 0;
const EX_USAGE = 64;
const EX_DATAERR = 65;
const EX_TEMPFAIL = 75;
const SECRET_HEADER = 'x-inbound-mail-secret';

const USAGE = `Usage: npm run mailgate -- --url <app URL> [--secret-file <file>] [--timeout <seconds>] [--debug]
Reads one message on standard input and posts it to <app URL>/api/v1/inbound-mail.
The shared secret is the first line of --secret-file, else the INBOUND_MAIL_SECRET environment variable.`;

function fail(code, reason) {
  process.stderr.write(`mailgate: ${reason}\n`);
  process.exit(code);
}

function readOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        url: { type: 'string' },
        'secret-file': { type: 'string' },
        timeout: { type: 'string', default: '180' },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    fail(EX_USAGE, `${error.message}\n${USAGE}`);
  }
  // Like rt-mailgate, --help never "delivers": a message piped to it must not be lost silently.
  if (parsed.help) fail(EX_USAGE, USAGE);
  if (!parsed.url || !/^https?:\/\//i.test(parsed.url)) fail(EX_USAGE, `--url must be the app's http(s) address.\n${USAGE}`);
  const timeout = Number(parsed.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0) fail(EX_USAGE, '--timeout must be a number of seconds.');
  return { url: parsed.url.replace(/\/+$/, ''), secretFile: parsed['secret-file'], timeoutMs: timeout * 1000, debug: parsed.debug };
}

/** A configuration problem on our side must not bounce a member's reply: it is a temporary failure. */
function readSecret(secretFile) {
  if (secretFile) {
    try {
      const secret = readFileSync(secretFile, 'utf8').split(/\r?\n/)[0].trim();
      if (secret) return secret;
      fail(EX_TEMPFAIL, `the secret file ${secretFile} is empty.`);
    } catch (error) {
      fail(EX_TEMPFAIL, `cannot read the secret file ${secretFile}: ${error.code ?? error.message}.`);
    }
  }
  const secret = process.env.INBOUND_MAIL_SECRET?.trim();
  if (!secret) fail(EX_TEMPFAIL, 'no secret: pass --secret-file <file> or set INBOUND_MAIL_SECRET.');
  return secret;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function reasonOf(response) {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text);
    if (body && typeof body.message === 'string') return body.message;
  } catch {
    // not JSON: an error page of a proxy in front of the app
  }
  return text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300) || response.statusText;
}

/** The exit status for an HTTP answer (see the header). */
function exitFor(status) {
  if (status >= 200 && status < 300) return EX_OK;
  if (status >= 500 || status === 429 || status === 401 || (status >= 300 && status < 400)) return EX_TEMPFAIL;
  return EX_DATAERR;
}

async function main() {
  const options = readOptions();
  const secret = readSecret(options.secretFile);
  const message = await readStdin();
  if (!/\S/.test(message.toString('latin1'))) {
    // rt-mailgate's convention: nothing to deliver is not an error worth a bounce.
    process.stderr.write('mailgate: no message on standard input; nothing posted.\n');
    process.exit(EX_OK);
  }
  const endpoint = `${options.url}/api/v1/inbound-mail`;
  if (options.debug) process.stderr.write(`mailgate: posting ${message.length} bytes to ${endpoint}\n`);
  let response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'message/rfc822', [SECRET_HEADER]: secret },
      body: message,
      redirect: 'manual', // a redirected POST would arrive as a GET: say so instead
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const cause = error.name === 'TimeoutError' ? `no answer within ${options.timeoutMs / 1000} s` : (error.cause?.code ?? error.cause?.message ?? error.message);
    fail(EX_TEMPFAIL, `cannot reach ${endpoint} (${cause}); the mail server will retry.`);
  }
  const code = exitFor(response.status);
  if (code === EX_OK) {
    if (options.debug) process.stderr.write(`mailgate: ${response.status} ${await response.text()}\n`);
    process.exit(EX_OK);
  }
  const reason = response.status >= 300 && response.status < 400 ? `redirected to ${response.headers.get('location')}; use that address as --url` : await reasonOf(response);
  if (code === EX_TEMPFAIL) fail(code, `the app answered ${response.status}: ${reason} The mail server will retry.`);
  fail(code, `refused (${response.status}): ${reason}`);
}

main().catch((error) => fail(EX_TEMPFAIL, `unexpected failure: ${error.message}`));
