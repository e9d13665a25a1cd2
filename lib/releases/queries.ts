// Reads of releases for the pages and the API: the filtered, paginated list, one release with its
// PPAs and their staged-rollout tickets, and the catalogue the intake form offers.
import 'server-only';
import { db } from '@/lib/db/client';
import type { Prisma, ReleaseItemState, ReleaseType } from '@/lib/generated/prisma/client';
import { RELEASE_TYPES } from './release-format';
import { RELEASE_ITEM_STATES } from './release-item-machine';

export interface ReleaseFilters {
  stack?: string; // slug or id
  state?: string;
  type?: string;
  page: number;
  pageSize: number;
}

const itemSummary = {
  orderBy: [{ platform: { os: 'asc' } }, { platform: { arch: 'asc' } }],
  select: {
    id: true,
    state: true,
    version: true,
    stateChangedAt: true,
    platform: { select: { os: true, arch: true } },
    rollout: { select: { number: true, status: true, outcome: true, resolvedAt: true, document: { select: { number: true } } } },
  },
} satisfies Prisma.Release$itemsArgs;

/** Filters as given, reduced to the ones that mean something (unknown values are dropped, not errors). */
export function cleanFilters(filters: ReleaseFilters) {
  const state = RELEASE_ITEM_STATES.find((s) => s === filters.state?.toUpperCase());
  const type = RELEASE_TYPES.find((t) => t === filters.type?.toUpperCase());
  return { stack: filters.stack || undefined, state: state as ReleaseItemState | undefined, type: type as ReleaseType | undefined };
}

export async function listReleases(filters: ReleaseFilters) {
  const { stack, state, type } = cleanFilters(filters);
  const where: Prisma.ReleaseWhereInput = {
    ...(stack ? { stack: { OR: [{ slug: stack }, { id: stack }] } } : {}),
    ...(state ? { items: { some: { state } } } : {}),
    ...(type ? { type } : {}),
  };
  const [total, releases] = await Promise.all([
    db.release.count({ where }),
    db.release.findMany({
      where,
      orderBy: [{ submittedAt: 'desc' }, { number: 'desc' }],
      skip: (filters.page - 1) * filters.pageSize,
      take: filters.pageSize,
      include: {
        stack: { select: { slug: true, name: true } },
        component: { select: { name: true } },
        items: itemSummary,
      },
    }),
  ]);
  return { total, page: filters.page, pageSize: filters.pageSize, releases };
}
export type ReleaseListRow = Awaited<ReturnType<typeof listReleases>>['releases'][number];

export async function getReleaseByNumber(number: number) {
  if (!Number.isSafeInteger(number) || number < 1) return null;
  return db.release.findUnique({
    where: { number },
    include: {
      stack: { select: { id: true, slug: true, name: true, repoUrl: true, provider: { select: { name: true } } } },
      component: { select: { id: true, name: true, capability: true } },
      submittedBy: { select: { name: true, email: true } },
      items: {
        orderBy: [{ platform: { os: 'asc' } }, { platform: { arch: 'asc' } }],
        include: {
          platform: { select: { os: true, arch: true } },
          rollout: {
            select: {
              id: true,
              number: true,
              title: true,
              status: true,
              outcome: true,
              knownIssues: true,
              resolvedAt: true,
              owner: { select: { name: true } },
              document: { select: { number: true, description: true } },
            },
          },
        },
      },
    },
  });
}
export type ReleaseDetail = NonNullable<Awaited<ReturnType<typeof getReleaseByNumber>>>;

/** The stacks, their products that are not retired, and the platforms each ships on. */
export async function getIntakeCatalog() {
  const stacks = await db.stack.findMany({
    orderBy: { name: 'asc' },
    select: {
      id: true,
      slug: true,
      name: true,
      components: {
        where: { retiredAt: null },
        orderBy: { name: 'asc' },
        select: {
          id: true,
          name: true,
          platforms: { select: { platform: { select: { id: true, os: true, arch: true } } } },
        },
      },
    },
  });
  return stacks.map((stack) => ({
    ...stack,
    components: stack.components.map((component) => ({
      id: component.id,
      name: component.name,
      platforms: component.platforms
        .map((link) => link.platform)
        .sort((a, b) => a.os.localeCompare(b.os) || a.arch.localeCompare(b.arch)),
    })),
  }));
}
export type IntakeCatalog = Awaited<ReturnType<typeof getIntakeCatalog>>;

export async function listStacksForFilter() {
  return db.stack.findMany({ orderBy: { name: 'asc' }, select: { slug: true, name: true } });
}

/** UMD major releases already used, newest first, as suggestions for the intake form. */
export async function listKnownUmdMajors(): Promise<string[]> {
  const rows = await db.release.groupBy({ by: ['umdMajor'], _max: { submittedAt: true } });
  return rows
    .sort((a, b) => (b._max.submittedAt?.getTime() ?? 0) - (a._max.submittedAt?.getTime() ?? 0))
    .map((row) => row.umdMajor);
}
