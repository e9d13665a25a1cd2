// Whether a signed-in reader may open a gated page (gated-pages.ts), asked before the page renders: the same
// rules as the pages (permissions through `can`, rollouts and releases through the embargo's visibility
// `where`), so the answer's status matches the page the reader then sees.
import 'server-only';
import { can } from '@/lib/auth/authorize';
import type { CurrentUser } from '@/lib/auth/principal';
import { db } from '@/lib/db/client';
import { releaseVisibleWhere, rolloutVisibleWhere } from '@/lib/embargo/visibility';
import type { GatedPage } from './gated-pages';

export type PageVerdict = 'ok' | 'not-found' | 'forbidden';

export async function pageVerdict(user: CurrentUser, page: GatedPage): Promise<PageVerdict> {
  switch (page.kind) {
    case 'permission':
      return can(user, page.permission) ? 'ok' : 'forbidden';
    case 'rollout': {
      if (page.number === null) return 'not-found';
      const rollout = await db.rollout.findFirst({ where: { number: page.number, ...rolloutVisibleWhere(user) }, select: { id: true } });
      return rollout ? 'ok' : 'not-found';
    }
    case 'release': {
      if (page.number === null) return 'not-found';
      const release = await db.release.findFirst({ where: { number: page.number, ...releaseVisibleWhere(user) }, select: { id: true } });
      return release ? 'ok' : 'not-found';
    }
    case 'team': {
      const team = await db.team.findUnique({ where: { name: page.name }, select: { id: true } });
      if (!team) return 'not-found';
      return !page.edit || can(user, 'team.edit', { teamId: team.id }) ? 'ok' : 'forbidden';
    }
    case 'component':
      return (await db.component.findUnique({ where: { id: page.id }, select: { id: true } })) ? 'ok' : 'not-found';
  }
}
