// The feed of releases put into production (all, or one stack's): what site administrators
// subscribe to, as the document foresaw ("an RSS feed … of coming releases").
import 'server-only';
import { db } from '@/lib/db/client';
import { byPublishedDesc, publishedAfterEmbargo, releaseVisibleWhere } from '@/lib/embargo/visibility';
import { appUrl } from '@/lib/notify/enqueue-message';
import { releasePath } from '@/lib/notify/links';
import type { Feed } from './feed-types';
import { releaseFeedSummary } from './release-summary-text';

const LIMIT = 50;

/** null when the stack slug is unknown (a 404, not an empty feed). */
export async function productionReleaseFeed(options: { stackSlug?: string; selfPath: string }): Promise<Feed | null> {
  let stack: { id: string; name: string } | null = null;
  if (options.stackSlug !== undefined) {
    stack = await db.stack.findUnique({ where: { slug: options.stackSlug }, select: { id: true, name: true } });
    if (!stack) return null;
  }
  const releases = await db.release.findMany({
    where: { productionAt: { not: null }, ...(stack ? { stackId: stack.id } : {}), ...releaseVisibleWhere(null) },
    orderBy: [{ productionAt: 'desc' }, { number: 'desc' }],
    take: LIMIT,
    include: {
      stack: { select: { name: true } },
      component: { select: { name: true } },
      items: { where: { state: 'PRODUCTION' }, select: { platform: { select: { os: true, arch: true } }, rollout: { select: { knownIssues: true } } } },
    },
  });
  const entries = byPublishedDesc(
    releases.map((release) => ({
      id: `release-${release.number}`,
      title: `${release.stack.name} ${release.umdMajor} ${release.component.name} ${release.productVersion} in production`,
      url: appUrl(releasePath(release)),
      summary: releaseFeedSummary(release),
      published: publishedAfterEmbargo(release.productionAt!, release.embargoedUntil),
      updated: publishedAfterEmbargo(release.productionAt!, release.embargoedUntil),
      categories: [release.stack.name, release.umdMajor, release.type.toLowerCase()],
    })),
  );
  return {
    title: stack ? `UMD production releases: ${stack.name}` : 'UMD production releases',
    description: `Middleware releases${stack ? ` of ${stack.name}` : ''} accepted by staged rollout and put into production.`,
    pageUrl: appUrl('/releases'),
    selfUrl: appUrl(options.selfPath),
    updated: entries[0]?.updated ?? new Date(0),
    entries,
  };
}
