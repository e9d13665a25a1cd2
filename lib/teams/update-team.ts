// Editing a team (admins): NGI, site, time zone, description. A new NGI or site renames the team and
// its group (ea-<NGI>-<Site>) in the same transaction; retiring keeps everything for the history.
import 'server-only';
import { inTransaction, updateVersioned } from '@/lib/db/transaction';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { teamName } from '@/lib/auth/group-names';
import { isUniqueViolation, NotFoundError } from '@/lib/errors';
import { requireLive } from '@/lib/catalog/live-entry';
import { assertTeamNameFree, duplicateTeam, resolveNgi } from './create-team';
import type { EditTeamInput } from './schemas';
import { equalsIgnoringCase } from '@/lib/db/like';
import { assertSiteFromGocdb } from '@/lib/gocdb/synced-site-rule';

const STALE = 'This team was changed by someone else since you opened the page; reload and try again.';

export async function updateTeam(user: CurrentUser, input: EditTeamInput): Promise<{ id: string; name: string }> {
  try {
    return await inTransaction(async (tx) => {
      const team = await tx.team.findUnique({ where: { id: input.teamId }, include: { site: { include: { ngi: true } } } });
      if (!team) throw new NotFoundError('This team no longer exists.');
      requirePermission(user, 'team.edit', { teamId: team.id });
      const ngi = await resolveNgi(tx, input.ngiCode);
      if (ngi.id !== team.site.ngiId) requireLive(ngi, `The NGI ${ngi.code}`, 'ngiCode', 'no team moves into it');
      let site = await tx.site.findFirst({ where: { ngiId: ngi.id, name: equalsIgnoringCase(input.siteName) }, include: { team: true } });
      if (site?.team && site.team.id !== team.id) throw duplicateTeam(site.team.name);
      if (site?.id !== team.siteId) assertSiteFromGocdb(ngi, site, input.siteName); // moving to another site: GOCDB's rule
      const name = teamName(ngi.code, site?.name ?? input.siteName);
      if (name !== team.name) await assertTeamNameFree(tx, name, team.id);
      site ??= await tx.site.create({ data: { ngiId: ngi.id, name: input.siteName, timeZone: input.timeZone }, include: { team: true } });
      if (site.timeZone !== input.timeZone) await updateVersioned(tx, 'site', { id: site.id }, { timeZone: input.timeZone });

      await updateVersioned(tx, 'team', { id: team.id, version: input.version }, { name, siteId: site.id, description: input.description }, STALE);
      if (name !== team.name) await tx.group.updateMany({ where: { teamId: team.id }, data: { name } });
      await recordAudit(tx, actorOf(user), {
        action: 'team.edit',
        entityType: 'Team',
        entityId: team.id,
        before: { name: team.name, ngi: team.site.ngi.code, site: team.site.name, timeZone: team.site.timeZone, description: team.description },
        after: { name, ngi: ngi.code, site: site.name, timeZone: input.timeZone, description: input.description },
      });
      return { id: team.id, name };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateTeam(teamName(input.ngiCode, input.siteName));
    throw error;
  }
}

/** Retire (no new invitations, hidden from the default table) or bring back a team. */
export async function setTeamRetired(user: CurrentUser, input: { teamId: string; version: number; retire: boolean }): Promise<void> {
  await inTransaction(async (tx) => {
    const team = await tx.team.findUnique({ where: { id: input.teamId } });
    if (!team) throw new NotFoundError('This team no longer exists.');
    requirePermission(user, 'team.edit', { teamId: team.id });
    const retiredAt = input.retire ? (team.retiredAt ?? new Date()) : null;
    await updateVersioned(tx, 'team', { id: team.id, version: input.version }, { retiredAt }, STALE);
    await recordAudit(tx, actorOf(user), {
      action: input.retire ? 'team.retire' : 'team.reactivate',
      entityType: 'Team',
      entityId: team.id,
      before: { retiredAt: team.retiredAt },
      after: { retiredAt },
    });
  });
}
