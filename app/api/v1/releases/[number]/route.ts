// GET /api/v1/releases/{number}: one sw-rel ticket with its PPAs, their states, staged-rollout tickets and outcomes.
import { apiRoute } from '@/lib/api/route-handler';
import { NotFoundError } from '@/lib/errors';
import { getReleaseByNumber } from '@/lib/releases/queries';
import { releaseDetailJson } from '@/lib/releases/release-json';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ number: string }>(async (_request, { user, params }) => {
  const release = /^\d{1,9}$/.test(params.number) ? await getReleaseByNumber(Number(params.number), user) : null;
  if (!release) throw new NotFoundError(`No release sw-rel #${params.number}.`);
  return releaseDetailJson(release);
});
