// An admin's "Run checks now" on the outbox page: the deadline scanner, the subscription fan-out and a
// delivery round without waiting for the worker's next tick (through the worker when it runs here).
import 'server-only';
import { requirePermission } from '@/lib/auth/authorize';
import type { CurrentUser } from '@/lib/auth/principal';
import { currentWorker, runChecksOnce, type TickReport } from './worker-loop';

export async function runChecksNow(user: CurrentUser): Promise<TickReport> {
  requirePermission(user, 'outbox.view', {}, 'Only admins can run the checks.');
  const worker = currentWorker();
  return worker ? worker.runNow() : runChecksOnce();
}
