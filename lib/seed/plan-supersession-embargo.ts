// Demo data of issue #15: one superseded rollout (WMS 3.7.0 taken over by 3.7.1, its teams re-invited, its
// open finding carried over) and one embargoed security rollout (VOMS 2.1.3, one team invited). The plans
// are written like every other; linkSupersessionAndEmbargo then sets the link and the embargo, once.
import { addDays, addHours, replyDueAfter } from './dates';
import type { FindingPlan, ReleasePlan, World } from './plan-types';
import { seededRandom } from './random';
import { acceptedParticipation } from './release-builder';
import { release, reportFor, rollout } from './plan-present-day';
import { componentKey } from './world';
import { supersededDocument } from '@/lib/supersession/superseded-document';
import type { SeedDb } from './write-reference';

export const SUPERSEDED_VERSION = { stack: 'glite', component: 'WMS', old: '3.7.0-1', next: '3.7.1-1' } as const;
export const EMBARGOED_VERSION = { stack: 'glite', component: 'VOMS_mysql', version: '2.1.3-1', days: 5 } as const;

export function buildSupersessionAndEmbargoPlans(world: World, now: Date): ReleasePlan[] {
  const random = seededRandom('ea-issue-15');
  const d = (days: number) => addDays(now, days);
  const teams = (component: string) => [...(world.committedTeams.get(componentKey('glite', component)) ?? [])].sort().map((name) => world.teamsByName.get(name)!);
  const { stack, component, old, next } = SUPERSEDED_VERSION;

  const older = release(random, { stack, component, version: old, platform: 'SL6 x86_64', notes: 'WMS 3.7.0: WMProxy and ICE fixes', submittedAt: d(-12) }, 'SUPERSEDED', d(-1));
  const [first, second] = teams(component);
  const tested = [first!, second!].map((team, index) => {
    const participation = acceptedParticipation(random, team, d(-9), { beta: false });
    participation.exposureStart = d(-8);
    participation.exposureEnd = d(-2);
    if (index === 0) participation.report = reportFor(random, older, team, participation, d(-1.5), 'REJECT', 'ICE loses job status updates after a restart.');
    return participation;
  });
  const finding: FindingPlan = {
    team: first!.name, author: first!.members[0]!.email, kind: 'COMMENT', severity: 'BLOCKER',
    title: 'ICE loses job status updates after a restart', body: 'Fixed in 3.7.1 according to the provider.',
    externalId: null, url: null, open: true, createdAt: d(-3), closedAt: null,
  };
  older.items[0]!.rollout = rollout(older, { status: 'RESOLVED', outcome: 'SUPERSEDED', createdAt: d(-10), assignedAt: d(-9.5), resolvedAt: d(-1), participations: tested, findings: [finding] });

  const newer = release(random, { stack, component, version: next, platform: 'SL6 x86_64', notes: 'WMS 3.7.1: fixes the ICE restart bug found in staged rollout', submittedAt: d(-2) }, 'STAGED_ROLLOUT', d(-1));
  newer.items[0]!.rollout = rollout(newer, {
    status: 'OPEN', createdAt: d(-1), assignedAt: d(-1),
    participations: [first!, second!].map((team) => ({ ...acceptedParticipation(random, team, d(-1), { beta: false }), status: 'INVITED' as const, repliedAt: null, replyChannel: 'superseded', replyDueAt: replyDueAfter(d(-1), team.timeZone), exposureStart: null, exposureEnd: null })),
    findings: [{ ...finding, body: `${finding.body} (found in ${old})` }],
  });

  const voms = release(random, { stack: 'glite', component: EMBARGOED_VERSION.component, version: EMBARGOED_VERSION.version, platform: 'SL6 x86_64', type: 'EMERGENCY', notes: 'VOMS 2.1.3: fixes an undisclosed proxy validation flaw', submittedAt: addHours(now, -30) }, 'STAGED_ROLLOUT', addHours(now, -20));
  voms.security = true;
  const [embargoTeam] = teams(EMBARGOED_VERSION.component);
  voms.items[0]!.rollout = rollout(voms, { status: 'OPEN', createdAt: addHours(now, -20), assignedAt: addHours(now, -18), participations: [acceptedParticipation(random, embargoTeam!, addHours(now, -17), { beta: false })] });
  return [older, newer, voms];
}

/** After the plans are written: the supersession link, the carried finding's version, and the embargo (once). */
export async function linkSupersessionAndEmbargo(db: SeedDb, now: Date): Promise<void> {
  const rolloutOf = (component: string, version: string) =>
    db.rollout.findFirst({ where: { releaseItem: { release: { component: { name: component }, productVersion: version } } }, select: { id: true, supersededById: true } });
  const older = await rolloutOf(SUPERSEDED_VERSION.component, SUPERSEDED_VERSION.old);
  const newer = await rolloutOf(SUPERSEDED_VERSION.component, SUPERSEDED_VERSION.next);
  if (older && newer && !older.supersededById) {
    await db.rollout.update({ where: { id: older.id }, data: { supersededById: newer.id } });
    await db.finding.updateMany({ where: { rolloutId: newer.id }, data: { foundInVersion: SUPERSEDED_VERSION.old } });
  }
  // Its Document, as the supersession writes it (every resolved rollout has one); also on a demo database seeded without it.
  if (older && newer && !(await db.document.findUnique({ where: { rolloutId: older.id } }))) {
    const facts = await db.rollout.findUniqueOrThrow({
      where: { id: older.id },
      select: {
        resolvedAt: true,
        releaseItem: { select: { platform: { select: { os: true, arch: true } }, release: { select: { productVersion: true, stack: { select: { name: true } }, component: { select: { name: true } } } } } },
        participations: { select: { team: { select: { name: true } }, report: { select: { fileName: true, recommendation: true } } } },
        findings: { where: { open: true }, select: { id: true } },
      },
    });
    const next = await db.rollout.findUniqueOrThrow({ where: { id: newer.id }, select: { number: true } });
    await db.document.create({ data: { rolloutId: older.id, createdAt: facts.resolvedAt ?? now, ...supersededDocument(facts, next.number, SUPERSEDED_VERSION.next) } });
  }
  await db.release.updateMany({
    where: { component: { name: EMBARGOED_VERSION.component }, productVersion: EMBARGOED_VERSION.version, embargoedUntil: null, embargoLiftedAt: null },
    data: { embargoedUntil: addDays(now, EMBARGOED_VERSION.days) },
  });
}
