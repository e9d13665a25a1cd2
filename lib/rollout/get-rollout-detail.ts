// Everything the rollout page and GET /api/v1/rollouts/{number} show: the ticket with its release
// facts, participants (team, reply, beta, exposure, report metadata), findings, document, and which
// participations are overdue (the same rule as the reminders, lib/notify/overdue.ts).
import 'server-only';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getOverdueParticipationIds } from '@/lib/notify/overdue';
import { rolloutVisibleWhere, type Viewer } from '@/lib/embargo/visibility';
import { TEST_PLAN_SELECT } from '@/lib/readiness/rollout-readiness';

const include = {
  owner: { select: { id: true, name: true, email: true } },
  overrideBy: { select: { name: true } },
  document: true,
  supersededBy: { select: { number: true, title: true, releaseItem: { select: { release: { select: { productVersion: true } } } } } },
  // The superseded rollout and its reports: evidence "on <old version>", never counted toward readiness.
  supersedes: {
    select: {
      number: true,
      title: true,
      releaseItem: { select: { release: { select: { productVersion: true } } } },
      participations: {
        where: { report: { isNot: null } },
        select: { team: { select: { name: true } }, report: { select: { id: true, fileName: true, recommendation: true, testsPerformed: true, submittedAt: true } } },
      },
    },
  },
  releaseItem: {
    include: {
      platform: true,
      release: { include: { stack: true, component: { include: { testPlan: TEST_PLAN_SELECT } }, submittedBy: { select: { name: true, email: true } } } },
    },
  },
  participations: {
    orderBy: [{ invitedAt: 'asc' }, { id: 'asc' }],
    include: {
      team: { include: { site: { include: { ngi: true } } } },
      report: {
        select: {
          id: true,
          fileName: true,
          contentType: true,
          size: true,
          sha256: true,
          releaseNotesCorrect: true,
          testsPerformed: true,
          jobsPerDay: true,
          transfersPerDay: true,
          vos: true,
          recommendation: true,
          installedVersion: true,
          ranOnOs: true,
          ranOnArch: true,
          rejectAnswer: true,
          rejectAnsweredAt: true,
          rejectAnsweredBy: true,
          testedItems: { select: { testPlanItemId: true } },
          submittedAt: true,
          submittedBy: { select: { name: true, email: true } },
        },
      },
    },
  },
  findings: { orderBy: { createdAt: 'asc' }, include: { team: { select: { name: true } }, author: { select: { name: true } } } },
} as const satisfies Prisma.RolloutInclude;

export type RolloutDetail = Prisma.RolloutGetPayload<{ include: typeof include }>;
export type DetailParticipation = RolloutDetail['participations'][number];

export async function getRolloutDetail(number: number, viewer: Viewer): Promise<{ rollout: RolloutDetail; overdueIds: Set<string> } | null> {
  const rollout = await db.rollout.findFirst({ where: { number, ...rolloutVisibleWhere(viewer) }, include });
  if (!rollout) return null;
  const overdueIds = rollout.status === 'RESOLVED' ? new Set<string>() : await getOverdueParticipationIds(rollout.id);
  return { rollout, overdueIds };
}
