// GET /api/v1/releases/{number}: one sw-rel ticket with its PPAs, their states, staged-rollout tickets and
// outcomes: the same object as its item in GET /api/v1/releases.
import { apiRoute } from '@/lib/api/route-handler';
import { NotFoundError } from '@/lib/errors';
import { getReleaseByNumber } from '@/lib/releases/queries';
import { releaseJson } from '@/lib/releases/release-json';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ number: string }>(async (_request, { params }) => {
  const release = /^\d{1,9}$/.test(params.number) ? await getReleaseByNumber(Number(params.number)) : null;
  if (!release) throw new NotFoundError(`No release sw-rel #${params.number}.`);
  return releaseJson(release);
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
