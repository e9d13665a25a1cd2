// Creating an EA team: NGI chosen (or created on request), site chosen or created, the name derived
// as ea-<NGI>-<Site>, and the team's SSO-style group, all in one transaction with its audit row.
import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { inTransaction, type Tx } from '@/lib/db/transaction';
import { teamName } from '@/lib/auth/group-names';
import { isUniqueViolation, ValidationError } from '@/lib/errors';
import type { CreateTeamInput } from './schemas';
import { equalsIgnoringCase } from '@/lib/db/like';
import { assertSiteFromGocdb } from '@/lib/gocdb/synced-site-rule';
import { insertNgi } from './manage-ngis';
import { requireLive } from '@/lib/catalog/live-entry';

/** The NGI with this code (any letter case), or a field error naming the problem. */
export async function resolveNgi(tx: Tx, code: string) {
  const ngi = await tx.ngi.findFirst({ where: { code: equalsIgnoringCase(code) } });
  if (!ngi) {
    throw new ValidationError(`Unknown NGI code "${code}".`, {
      ngiCode: [`Unknown NGI code "${code}". Pick an existing NGI, or tick "Create this NGI" and name it.`],
    });
  }
  return ngi;
}

/** Refuses a site that already has a team, or a name another team or group already uses. */
export async function assertTeamNameFree(tx: Tx, name: string, exceptTeamId?: string) {
  // One after the other: a transaction is one connection (pg deprecates overlapping queries on a client).
  const team = await tx.team.findFirst({ where: { name: equalsIgnoringCase(name), id: exceptTeamId ? { not: exceptTeamId } : undefined } });
  const group = await tx.group.findFirst({ where: { name: equalsIgnoringCase(name), teamId: exceptTeamId ? { not: exceptTeamId } : undefined } });
  if (team) throw duplicateTeam(team.name);
  if (group) throw new ValidationError(`The name ${name} is taken by another group.`, { siteName: [`The group ${group.name} already exists; pick another site name.`] });
}

export function duplicateTeam(name: string) {
  return new ValidationError(`The team ${name} already exists.`, { siteName: [`The team ${name} already exists: each site has one EA team.`] });
}

export async function createTeam(user: CurrentUser, input: CreateTeamInput): Promise<{ id: string; name: string }> {
  try {
    return await inTransaction(async (tx) => {
      requirePermission(user, 'team.create');
      const actor = actorOf(user);
      const existingNgi = await tx.ngi.findFirst({ where: { code: equalsIgnoringCase(input.ngiCode) } });
      let ngi = existingNgi;
      if (!ngi && input.createNgi) ngi = await insertNgi(tx, actor, { code: input.ngiCode, name: input.ngiName });
      if (!ngi) ngi = await resolveNgi(tx, input.ngiCode); // throws the field error
      requireLive(ngi, `The NGI ${ngi.code}`, 'ngiCode', 'no new teams');
      let site = await tx.site.findFirst({ where: { ngiId: ngi.id, name: equalsIgnoringCase(input.siteName) }, include: { team: true } });
      if (site?.team) throw duplicateTeam(site.team.name);
      assertSiteFromGocdb(ngi, site, input.siteName);
      const name = teamName(ngi.code, site?.name ?? input.siteName);
      await assertTeamNameFree(tx, name);
      site ??= await tx.site.create({ data: { ngiId: ngi.id, name: input.siteName, timeZone: input.timeZone }, include: { team: true } });
      const team = await tx.team.create({ data: { name, siteId: site.id, description: input.description } });
      await tx.group.create({ data: { name, kind: 'TEAM', teamId: team.id, description: `Early Adopter team of ${site.name} (${ngi.name})` } });
      await recordAudit(tx, actor, {
        action: 'team.create',
        entityType: 'Team',
        entityId: team.id,
        after: { name, ngi: ngi.code, site: site.name, timeZone: site.timeZone, description: team.description },
      });
      return { id: team.id, name };
    });
  } catch (error) {
    // Two admins creating the same team at once: the loser gets the same message as a plain duplicate.
    if (isUniqueViolation(error)) throw duplicateTeam(teamName(input.ngiCode, input.siteName));
    throw error;
  }
}
