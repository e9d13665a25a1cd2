// GET /api/v1/coverage/teams?component=<id>[&platform=<id>]: the active teams committed to a component
// (on one platform, or on any), with their platforms and contacts. Opened by a click on a matrix cell.
import { z } from 'zod';
import { parseInput } from '@/lib/actions/action-result';
import { apiRoute } from '@/lib/api/route-handler';
import { getCommittedTeams } from '@/lib/coverage/get-committed-teams';
import { NotFoundError } from '@/lib/errors';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';


const schema = z.object({
  component: z.string().trim().min(1, 'Name a component id.').max(64),
  platform: z.string().trim().min(1).max(64).optional(),
});

export const GET = apiRoute(async (request) => {
  const params = request.nextUrl.searchParams;
  const input = parseInput(schema, { component: params.get('component') ?? '', platform: params.get('platform') || undefined });
  const result = await getCommittedTeams(input.component, input.platform);
  if (!result) throw new NotFoundError('No such component or platform.');
  return result;
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
