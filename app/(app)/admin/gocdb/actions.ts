'use server';
// The admin's "Sync now" button: runs one GOCDB sync and reports its outcome (the run is also listed on the page).
import { revalidatePath } from 'next/cache';
import { type ActionResult, actionError } from '@/lib/actions/action-result';
import { withOwnWrites } from '@/lib/actions/run-action';
import { can } from '@/lib/auth/authorize';
import { requireUser } from '@/lib/auth/current-user';
import { actorOf } from '@/lib/auth/principal';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { readGocdbConfig } from '@/lib/gocdb/config';
import { runGocdbSync } from '@/lib/gocdb/run-sync';

export async function syncGocdbAction(): Promise<ActionResult> {
  try {
    const user = await requireUser();
    if (!can(user, 'gocdb.sync')) throw new ForbiddenError('Only Early Adopters admins run the GOCDB sync.');
    const gocdb = readGocdbConfig();
    if (!gocdb.configured) throw new ValidationError(`${gocdb.reason}; teams are typed by hand until it is set.`);
    const outcome = await withOwnWrites(() => runGocdbSync(gocdb.config, { trigger: 'admin', actor: actorOf(user) }));
    revalidatePath('/admin/gocdb');
    revalidatePath('/teams/new');
    const summary = `${outcome.counts.added} added, ${outcome.counts.updated} updated, ${outcome.counts.marked} marked removed`;
    if (outcome.status === 'SUCCEEDED') return { ok: true, message: `GOCDB sync done: ${summary}.` };
    return { ok: false, message: `GOCDB sync ${outcome.status === 'PARTIAL' ? 'finished with errors' : 'failed'} (${summary}); see the run below.` };
  } catch (error) {
    return actionError(error);
  }
}
