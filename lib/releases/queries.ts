// Reads of releases for the pages and the API: the filtered, paginated list, one release with its
// PPAs and their staged-rollout tickets, and the catalogue the intake form offers.
import 'server-only';
import { clampPage, type Page } from '@/lib/lists/page';
import { shareableViewer } from '@/lib/cache/shareable-viewer';
import { cacheTables, type TableName } from '@/lib/cache/table-tags';
import { db } from '@/lib/db/client';
import type { Prisma, ReleaseItemState, ReleaseType } from '@/lib/generated/prisma/client';
import type { ReleaseSort, ReleaseTableState } from './table-params';
import { containsIgnoringCase } from '@/lib/db/like';
import { releaseVisibleWhere, type Viewer } from '@/lib/embargo/visibility';

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

function orderBy(sort: ReleaseSort, dir: 'asc' | 'desc'): Prisma.ReleaseOrderByWithRelationInput[] {
  const nulls = { sort: dir, nulls: 'last' } as const;
  const primary: Record<ReleaseSort, Prisma.ReleaseOrderByWithRelationInput> = {
    submittedAt: { submittedAt: dir },
    number: { number: dir },
    stack: { stack: { name: dir } },
    product: { component: { name: dir } },
    umdMajor: { umdMajor: dir },
    type: { type: dir },
    productionAt: { productionAt: nulls },
  };
  return [primary[sort], { number: 'desc' }];
}

/** What the releases list reads (lib/cache/table-tags.test.ts checks it). */
const RELEASE_LIST_TABLES: TableName[] = ['Release', 'ReleaseItem', 'Stack', 'Component', 'Platform', 'Rollout', 'Participation', 'Document'];

/** Cached per embargo view (lib/cache), shared until a table it reads changes. */
export async function listReleases(state: ReleaseTableState, viewer: Viewer) {
  return listSharedReleases(state, shareableViewer(viewer));
}

async function listSharedReleases(state: ReleaseTableState, viewer: Viewer) {
  'use cache';
  cacheTables(...RELEASE_LIST_TABLES);
  const { q, stack, state: itemState, type } = state.filters;
  const where: Prisma.ReleaseWhereInput = {
    AND: [releaseVisibleWhere(viewer)],
    ...(stack ? { stack: { OR: [{ slug: stack }, { id: stack }] } } : {}),
    ...(itemState ? { items: { some: { state: itemState as ReleaseItemState } } } : {}),
    ...(type ? { type: type as ReleaseType } : {}),
    ...(q
      ? {
          OR: [
            { component: { name: containsIgnoringCase(q) } },
            { productVersion: containsIgnoringCase(q) },
            { umdMajor: containsIgnoringCase(q) },
            ...(/^\d{1,9}$/.test(q) ? [{ number: Number(q) }] : []),
          ],
        }
      : {}),
  };
  const total = await db.release.count({ where });
  // A page past the end (stale link, shrunk filter) shows the last page rather than nothing.
  const page = clampPage(state.page, total, state.perPage);
  const rows = await db.release.findMany({
    where,
    orderBy: orderBy(state.sort as ReleaseSort, state.dir),
    skip: (page - 1) * state.perPage,
    take: state.perPage,
    include: {
      stack: { select: { slug: true, name: true } },
      component: { select: { name: true } },
      items: itemSummary,
    },
  });
  // Marked "Embargoed" in the list while its date is ahead (only its readers get the row at all).
  const now = new Date();
  const marked = rows.map((release) => ({ ...release, embargoed: !!release.embargoedUntil && release.embargoedUntil > now }));
  return { rows: marked, total, page, perPage: state.perPage } satisfies Page<(typeof marked)[number]>;
}
export type ReleaseListRow = Awaited<ReturnType<typeof listReleases>>['rows'][number];

const releaseDetailInclude = {
  stack: { select: { id: true, slug: true, name: true, repoUrl: true, provider: { select: { name: true } } } },
  component: { select: { id: true, name: true, capability: true } },
  submittedBy: { select: { name: true, email: true } },
  items: {
    orderBy: [{ platform: { os: 'asc' } }, { platform: { arch: 'asc' } }],
    include: {
      platform: { select: { id: true, os: true, arch: true } },
      rollout: {
        select: {
          id: true,
          number: true,
          title: true,
          status: true,
          outcome: true,
          knownIssues: true,
          resolvedAt: true,
          acceptedWithOverride: true,
          outcomeReason: true,
          owner: { select: { name: true } },
          document: { select: { number: true, description: true } },
        },
      },
    },
  },
} satisfies Prisma.ReleaseInclude;

/** One release, if the viewer may see it (an embargoed release is invisible to outsiders: lib/embargo). */
export async function getReleaseByNumber(number: number, viewer: Viewer) {
  if (!Number.isSafeInteger(number) || number < 1) return null;
  return db.release.findFirst({ where: { number, ...releaseVisibleWhere(viewer) }, include: releaseDetailInclude });
}

/** Releases in full (as getReleaseByNumber), in the order of `numbers`: the API's list shows the same object as the detail. */
export async function getReleasesByNumbers(numbers: readonly number[], viewer: Viewer) {
  const found = await db.release.findMany({ where: { number: { in: [...numbers] }, ...releaseVisibleWhere(viewer) }, include: releaseDetailInclude });
  const byNumber = new Map(found.map((release) => [release.number, release]));
  return numbers.flatMap((number) => byNumber.get(number) ?? []);
}
export type ReleaseDetail = NonNullable<Awaited<ReturnType<typeof getReleaseByNumber>>>;

/** The stacks and their products that are not retired, and the live platforms each ships on. */
export async function getIntakeCatalog() {
  const stacks = await db.stack.findMany({
    where: { retiredAt: null },
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
          platforms: { where: { platform: { retiredAt: null } }, select: { platform: { select: { id: true, os: true, arch: true } } } },
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
export async function listKnownUmdMajors(viewer: Viewer): Promise<string[]> {
  const rows = await db.release.groupBy({ by: ['umdMajor'], where: releaseVisibleWhere(viewer), _max: { submittedAt: true } });
  return rows
    .sort((a, b) => (b._max.submittedAt?.getTime() ?? 0) - (a._max.submittedAt?.getTime() ?? 0))
    .map((row) => row.umdMajor);
}
