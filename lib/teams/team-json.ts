// JSON shapes of the teams API: stable field names, ISO dates, no internal ids beyond `id`.
import type { TeamDetail } from './get-team';
import type { TeamRow } from './list-teams';

export function teamRowJson(row: TeamRow) {
  return {
    id: row.id,
    name: row.name,
    ngi: row.ngi,
    site: row.site,
    status: row.retiredAt ? 'retired' : 'active',
    createdAt: row.createdAt.toISOString(),
    retiredAt: row.retiredAt?.toISOString() ?? null,
    members: row.members.map((member) => ({ name: member.name, email: member.email, sources: member.sources })),
    contacts: row.contacts,
    commitments: row.commitments.map((c) => ({ component: c.component, stack: c.stack, stackSlug: c.stackSlug, provider: c.provider, os: c.os, arch: c.arch, componentRetired: c.componentRetired })),
    counts: row.counts,
  };
}

export function teamDetailJson(team: TeamDetail) {
  return {
    id: team.id,
    name: team.name,
    ngi: { code: team.site.ngi.code, name: team.site.ngi.name },
    site: { name: team.site.name, timeZone: team.site.timeZone },
    description: team.description,
    status: team.retiredAt ? 'retired' : 'active',
    createdAt: team.createdAt.toISOString(),
    retiredAt: team.retiredAt?.toISOString() ?? null,
    version: team.version,
    members: team.memberships.map((m) => ({ name: m.user.name, email: m.user.email, source: m.source, since: m.createdAt.toISOString() })),
    contacts: team.contacts.map((c) => ({ email: c.email, name: c.name })),
    commitments: team.commitments.map((c) => ({
      component: c.component.name,
      componentId: c.component.id,
      capability: c.component.capability,
      componentRetired: c.component.retiredAt !== null,
      stack: c.component.stack.name,
      stackSlug: c.component.stack.slug,
      provider: c.component.stack.provider.name,
      os: c.platform.os,
      arch: c.platform.arch,
      since: c.createdAt.toISOString(),
    })),
    rollouts: team.participations.map((p) => ({
      number: p.rollout.number,
      title: p.rollout.title,
      rolloutStatus: p.rollout.status,
      outcome: p.rollout.outcome,
      participation: p.status,
      invitedAt: p.invitedAt.toISOString(),
      reportSubmittedAt: p.report?.submittedAt.toISOString() ?? null,
    })),
  };
}
