// A stand-in for the site's mail server with a pipe transport to the mail gateway: a real SMTP
// server on 127.0.0.1 that accepts each message and pipes it to `node scripts/mailgate.mjs` (plain
// Node, no TypeScript loader, as on a mail host). Like Postfix or Exim it keeps a message whose
// delivery exited 75 (EX_TEMPFAIL) in its queue for a later retry (flush), and bounces on any
// other non-zero status with the program's standard error.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProcess, type ScriptResult } from './run-script';
import { type SmtpTestServer, startSmtpServer } from './smtp-server';

const MAILGATE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scripts/mailgate.mjs');

/** Runs the mail gateway once with `raw` on standard input (INBOUND_MAIL_SECRET only if given). */
export function runMailgate(args: string[], raw: Buffer | string, env: Record<string, string | undefined> = {}): Promise<ScriptResult> {
  return runProcess(process.execPath, [MAILGATE, ...args], { env: { INBOUND_MAIL_SECRET: undefined, ...env }, input: raw });
}

export interface MailgateMta {
  smtp: SmtpTestServer;
  /** Every delivery attempt, oldest first. */
  attempts: ScriptResult[];
  /** Messages waiting for a retry (their last attempt exited 75). */
  deferred: Buffer[];
  /** Messages the server bounced, with the gateway's reason. */
  bounced: { raw: Buffer; reason: string }[];
  /** Retries the deferred messages once (`postqueue -f`). */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

export async function startMailgateMta(gateArgs: string[]): Promise<MailgateMta> {
  const attempts: ScriptResult[] = [];
  const deferred: Buffer[] = [];
  const bounced: { raw: Buffer; reason: string }[] = [];
  const deliver = async (raw: Buffer) => {
    const run = await runMailgate(gateArgs, raw);
    attempts.push(run);
    if (run.code === 75) deferred.push(raw);
    else if (run.code !== 0) bounced.push({ raw, reason: run.stderr });
  };
  const smtp = await startSmtpServer({ onMessage: deliver });
  return {
    smtp,
    attempts,
    deferred,
    bounced,
    async flush() {
      for (const raw of deferred.splice(0)) await deliver(raw);
    },
    stop: () => smtp.stop(),
  };
}
