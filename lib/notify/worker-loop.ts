// The background loop of the app process (and of `npm run worker`): every few seconds one delivery
// round; about once a minute the deadline scanner and the subscription fan-out. Ticks never overlap;
// the timer is unref'd (it never keeps a process alive) and stops on SIGTERM after the running tick.
import 'server-only';
import { fanOutAuditEvents } from './audit-fanout';
import { recordLapsedEmbargoes } from '@/lib/embargo/record-lapsed-embargoes';
import { scanDeadlines } from './deadline-scanner';
import { scanReadiness } from '@/lib/readiness/scan-readiness';
import { isReadinessTestClockEnabled } from '@/lib/readiness/test-clock';
import { readMailConfig } from './mail-config';
import { runOutboxUntilIdle } from './outbox-worker';
import { triggerScheduledGocdbSync } from '@/lib/gocdb/scheduled-sync';

export interface WorkerLoopOptions {
  intervalMs?: number;
  scanIntervalMs?: number;
  /** Also handle SIGTERM/SIGINT (the standalone worker); the app leaves that to Next. */
  exitOnSignal?: boolean;
}

export interface WorkerHandle {
  stop(): Promise<void>;
  /** One full round now (delivery, deadlines, fan-out), for "run checks now". */
  runNow(): Promise<TickReport>;
}

export interface TickReport {
  sent: number;
  retried: number;
  failed: number;
  reminders: number;
  escalations: number;
  fanOut: number;
  mail: string;
}

const globalLoop = globalThis as unknown as { __notifyWorker?: WorkerHandle };

export async function runChecksOnce(options: { scan?: boolean } = {}): Promise<TickReport> {
  const report: TickReport = { sent: 0, retried: 0, failed: 0, reminders: 0, escalations: 0, fanOut: 0, mail: '' };
  if (options.scan !== false) {
    await recordLapsedEmbargoes();
    // Stalls and auto-accept (lib/readiness/scan-readiness.ts); with the readiness test clock on, only at the test's times.
    if (!isReadinessTestClockEnabled()) await scanReadiness();
    const deadlines = await scanDeadlines();
    const fanOut = await fanOutAuditEvents();
    Object.assign(report, { reminders: deadlines.reminders, escalations: deadlines.escalations, fanOut: fanOut.messages });
  }
  const mail = readMailConfig();
  if (mail.configured) {
    const delivered = await runOutboxUntilIdle({ mail: mail.config }, 20);
    Object.assign(report, { sent: delivered.sent, retried: delivered.retried, failed: delivered.failed, mail: mail.config.display });
  } else {
    report.mail = mail.reason; // messages wait in the outbox, readable in the app
  }
  return report;
}

export function startWorkerLoop(options: WorkerLoopOptions = {}): WorkerHandle {
  if (globalLoop.__notifyWorker) return globalLoop.__notifyWorker;
  const intervalMs = options.intervalMs ?? Number(process.env.NOTIFY_INTERVAL_MS ?? 5_000);
  const scanIntervalMs = options.scanIntervalMs ?? Number(process.env.NOTIFY_SCAN_INTERVAL_MS ?? 60_000);
  let running: Promise<unknown> | null = null;
  let stopped = false;
  let lastScan = 0;

  const tick = async (force = false): Promise<TickReport | null> => {
    if (stopped && !force) return null;
    const scan = force || Date.now() - lastScan >= scanIntervalMs;
    if (scan) lastScan = Date.now();
    if (scan && !force) triggerScheduledGocdbSync(); // in the background, when GOCDB_URL is set and a sync is due
    try {
      const report = await runChecksOnce({ scan });
      if (report.sent || report.failed || report.reminders || report.escalations) {
        console.log(`[notify] sent ${report.sent}, retrying ${report.retried}, failed ${report.failed}, reminders ${report.reminders}, escalations ${report.escalations}`);
      }
      return report;
    } catch (error) {
      console.error('[notify] worker round failed; trying again later', error);
      return null;
    }
  };

  const timer = setInterval(() => {
    if (running) return;
    running = tick().finally(() => (running = null));
  }, intervalMs);
  timer.unref();

  const mail = readMailConfig();
  console.log(`[notify] worker started (every ${intervalMs / 1000}s): ${mail.configured ? `SMTP ${mail.config.display}` : `${mail.reason}; messages wait in the outbox`}`);

  const signals: { listener?: (signal: NodeJS.Signals) => void } = {};
  const handle: WorkerHandle = {
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (signals.listener) {
        process.off('SIGTERM', signals.listener);
        process.off('SIGINT', signals.listener);
      }
      await running;
      if (globalLoop.__notifyWorker === handle) globalLoop.__notifyWorker = undefined;
    },
    async runNow() {
      while (running) await running;
      const report = tick(true);
      running = report.finally(() => (running = null));
      return (await report) ?? { sent: 0, retried: 0, failed: 0, reminders: 0, escalations: 0, fanOut: 0, mail: 'the round failed; see the server log' };
    },
  };
  globalLoop.__notifyWorker = handle;

  const onSignal = (signal: NodeJS.Signals) => {
    void handle.stop().then(() => {
      // Only exit if nobody else (Next's own handler) is listening for the signal.
      if (options.exitOnSignal || process.listenerCount(signal) === 0) process.exit(0);
    });
  };
  signals.listener = onSignal;
  process.once('SIGTERM', onSignal);
  if (options.exitOnSignal) process.once('SIGINT', onSignal);
  return handle;
}

/** The running loop of this process, if any. */
export function currentWorker(): WorkerHandle | undefined {
  return globalLoop.__notifyWorker;
}
