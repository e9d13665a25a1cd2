// JSON shapes of the teams API. A team in GET /api/v1/teams and in GET /api/v1/teams/{name} is the same
// object (teamJson, from the teams table's row); the detail adds the rollouts the team was invited to.
// Every reference carries its id and its natural name; links are absolute. The shapes are zod schemas:
// the builders are typed by them, and the OpenAPI description documents them as the responses.
import { z } from 'zod';
import { appUrl } from '@/lib/notify/enqueue-message';
import { teamPath } from '@/lib/notify/links';
import type { TeamDetail } from './get-team';
import type { TeamRow } from './list-teams';

const instant = z.iso.datetime();

export const ZTeamJson = z.strictObject({
  id: z.string(),
  name: z.string(),
  ngi: z.strictObject({ code: z.string(), name: z.string() }),
  site: z.strictObject({ name: z.string(), timeZone: z.string() }),
  description: z.string(),
  status: z.enum(['active', 'retired']),
  version: z.int(),
  createdAt: instant,
  retiredAt: instant.nullable(),
  members: z.array(z.strictObject({ id: z.string(), name: z.string(), email: z.string(), sources: z.array(z.enum(['IDP', 'APP'])) })),
  contacts: z.array(z.strictObject({ email: z.string(), name: z.string() })),
  commitments: z.array(
    z.strictObject({
      id: z.string(),
      component: z.strictObject({ id: z.string(), name: z.string(), retired: z.boolean() }),
      stack: z.strictObject({ slug: z.string(), name: z.string(), retired: z.boolean() }),
      provider: z.string(),
      platform: z.strictObject({ id: z.string(), os: z.string(), arch: z.string(), label: z.string(), retired: z.boolean() }),
    }),
  ),
  counts: z.strictObject({ members: z.int(), contacts: z.int(), commitments: z.int(), rollouts: z.int() }),
  url: z.url(),
});

export const ZTeamDetailJson = ZTeamJson.extend({
  rollouts: z.array(
    z.strictObject({
      number: z.int(),
      title: z.string(),
      rolloutStatus: z.enum(['NEW', 'OPEN', 'RESOLVED']),
      outcome: z.enum(['ACCEPT', 'REJECT', 'SUPERSEDED']).nullable(),
      participation: z.enum(['INVITED', 'ACCEPTED', 'DECLINED', 'VOLUNTEERED', 'WITHDRAWN', 'CLOSED']),
      invitedAt: instant,
      reportSubmittedAt: instant.nullable(),
      url: z.url(),
    }),
  ),
});

export function teamJson(row: TeamRow): z.infer<typeof ZTeamJson> {
  return {
    id: row.id,
    name: row.name,
    ngi: row.ngi,
    site: { name: row.site, timeZone: row.siteTimeZone },
    description: row.description,
    status: row.retiredAt ? 'retired' : 'active',
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    retiredAt: row.retiredAt?.toISOString() ?? null,
    members: row.members.map((member) => ({ id: member.id, name: member.name, email: member.email, sources: member.sources })),
    contacts: row.contacts,
    commitments: row.commitments.map((c) => ({
      id: c.id,
      component: { id: c.componentId, name: c.component, retired: c.componentRetired },
      stack: { slug: c.stackSlug, name: c.stack, retired: c.stackRetired },
      provider: c.provider,
      platform: { id: c.platformId, os: c.os, arch: c.arch, label: `${c.os} ${c.arch}`, retired: c.platformRetired },
    })),
    counts: row.counts,
    url: appUrl(teamPath(row)),
  };
}

export function teamDetailJson(row: TeamRow, team: TeamDetail): z.infer<typeof ZTeamDetailJson> {
  return {
    ...teamJson(row),
    rollouts: team.participations.map((p) => ({
      number: p.rollout.number,
      title: p.rollout.title,
      rolloutStatus: p.rollout.status,
      outcome: p.rollout.outcome,
      participation: p.status,
      invitedAt: p.invitedAt.toISOString(),
      reportSubmittedAt: p.report?.submittedAt.toISOString() ?? null,
      url: appUrl(`/rollouts/${p.rollout.number}`),
    })),
  };
}

/** The lib's field names in a team write's errors, as the API's bodies name them. */
export const TEAM_API_FIELDS: Record<string, string> = { ngiCode: 'ngi', siteName: 'site' };
