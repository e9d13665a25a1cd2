// The feed of releases put into production (all, or one stack's): what site administrators
// subscribe to, as the document foresaw ("an RSS feed … of coming releases").
import 'server-only';
import { db } from '@/lib/db/client';
import { releaseVisibleWhere } from '@/lib/embargo/visibility';
import { appUrl } from '@/lib/notify/enqueue-message';
import { releasePath } from '@/lib/notify/links';
import type { Feed } from './feed-types';

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
      items: { where: { state: 'PRODUCTION' }, select: { platform: { select: { os: true, arch: true } } } },
    },
  });
  const entries = releases.map((release) => {
    const platforms = release.items.map((item) => `${item.platform.os} ${item.platform.arch}`).join(', ');
    const notes = release.releaseNotes.trim();
    return {
      id: `release-${release.number}`,
      title: `${release.stack.name} ${release.umdMajor} ${release.component.name} ${release.productVersion} in production`,
      url: appUrl(releasePath(release)),
      summary: [
        `${release.type.toLowerCase()} release${release.security ? ' (security)' : ''} of ${release.component.name} ${release.productVersion} for ${release.umdMajor}.`,
        platforms ? `Platforms: ${platforms}.` : '',
        notes ? `Release notes: ${notes.length > 1500 ? `${notes.slice(0, 1500)}…` : notes}` : '',
        release.documentationUrl ? `Documentation: ${release.documentationUrl}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
      published: release.productionAt!,
      updated: release.productionAt!,
      categories: [release.stack.name, release.umdMajor, release.type.toLowerCase()],
    };
  });
  return {
    title: stack ? `UMD production releases: ${stack.name}` : 'UMD production releases',
    description: `Middleware releases${stack ? ` of ${stack.name}` : ''} accepted by staged rollout and put into production.`,
    pageUrl: appUrl('/releases'),
    selfUrl: appUrl(options.selfPath),
    updated: entries[0]?.updated ?? new Date(0),
    entries,
  };
}
