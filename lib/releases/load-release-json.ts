// What GET /api/v1/releases/{number} and GET …/items/{itemId} answer, for those routes and for the
// If-Match check of a release item's transition (lib/api/etag.ts).
import 'server-only';
import type { Viewer } from '@/lib/embargo/visibility';
import { NotFoundError } from '@/lib/errors';
import { getReleaseByNumber } from './queries';
import type { z } from 'zod';
import { releaseJson, type ReleaseJson, type ZReleaseItemJson } from './release-json';

/** `viewer`: who asks; an embargoed release they may not see is not found (lib/embargo). */
export async function loadReleaseJson(numberParam: string, viewer: Viewer): Promise<ReleaseJson> {
  const release = /^\d{1,9}$/.test(numberParam) ? await getReleaseByNumber(Number(numberParam), viewer) : null;
  if (!release) throw new NotFoundError(`No release sw-rel #${numberParam}.`);
  return releaseJson(release);
}

/** A release item (PPA) as it stands in its release's `items`, with the release's number and link. */
export async function loadReleaseItemJson(numberParam: string, itemId: string, viewer: Viewer): Promise<z.infer<typeof ZReleaseItemJson>> {
  const release = await loadReleaseJson(numberParam, viewer);
  const item = release.items.find((candidate) => candidate.id === itemId);
  if (!item) throw new NotFoundError(`Release sw-rel #${numberParam} has no item ${itemId.slice(0, 64)}.`);
  return { ...item, release: { id: release.id, number: release.number, ref: release.ref, url: release.url } };
}
