// An admin's "Sync now": the permission check, the configuration check and one GOCDB sync, audited as
// the admin (the scheduled sync runs as the system in lib/gocdb/scheduled-sync.ts).
import 'server-only';
import { requirePermission } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { ValidationError } from '@/lib/errors';
import { readGocdbConfig } from './config';
import { runGocdbSync, type SyncOutcome } from './run-sync';

export async function syncGocdbNow(user: CurrentUser): Promise<SyncOutcome> {
  requirePermission(user, 'gocdb.sync', {}, 'Only Early Adopters admins run the GOCDB sync.');
  const gocdb = readGocdbConfig();
  if (!gocdb.configured) throw new ValidationError(`${gocdb.reason}; teams are typed by hand until it is set.`);
  return runGocdbSync(gocdb.config, { trigger: 'admin', actor: actorOf(user) });
}
