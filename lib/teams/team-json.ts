// JSON shapes of the teams API. A team in GET /api/v1/teams and in GET /api/v1/teams/{name} is the same
// object (teamJson, from the teams table's row); the detail adds the rollouts the team was invited to.
// Every reference carries its id and its natural name; links are absolute.
import { appUrl } from '@/lib/notify/enqueue-message';
import { teamPath } from '@/lib/notify/links';
import type { TeamDetail } from './get-team';
import type { TeamRow } from './list-teams';

export function teamJson(row: TeamRow) {
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
    members: row.members.map((member) => ({ name: member.name, email: member.email, sources: member.sources })),
    contacts: row.contacts,
    commitments: row.commitments.map((c) => ({
      id: c.id,
      component: { id: c.componentId, name: c.component, retired: c.componentRetired },
      stack: { slug: c.stackSlug, name: c.stack },
      provider: c.provider,
      platform: { id: c.platformId, os: c.os, arch: c.arch, label: `${c.os} ${c.arch}` },
    })),
    counts: row.counts,
    url: appUrl(teamPath(row)),
  };
}

export function teamDetailJson(row: TeamRow, team: TeamDetail) {
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
