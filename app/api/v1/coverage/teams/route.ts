// GET /api/v1/coverage/teams?component=<id or name>[&platform=<id or "OS arch">]: the active teams committed
// to a component (on one platform, or on any), with their platforms and contacts. Opened by a click on a
// matrix cell. An unknown component or platform is a 404, an ambiguous name a 400 (lib/api/resolve-ref.ts).
import { z } from 'zod';
import { parseInput } from '@/lib/actions/action-result';
import { apiRoute } from '@/lib/api/route-handler';
import { refuseUnknownParams } from '@/lib/api/strict-query';
import { PATH, resolveComponent, resolvePlatform } from '@/lib/api/resolve-ref';
import { getCommittedTeams } from '@/lib/coverage/get-committed-teams';
import { committedTeamsJson } from '@/lib/coverage/gaps-json';
import { NotFoundError } from '@/lib/errors';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';


const schema = z.object({
  component: z.string().trim().min(1, 'Name a component: its id or its name.').max(200),
  platform: z.string().trim().min(1).max(200).optional(),
});

export const GET = apiRoute(async (request) => {
  const params = request.nextUrl.searchParams;
  refuseUnknownParams(params, ['component', 'platform']);
  const input = parseInput(schema, { component: params.get('component') ?? '', platform: params.get('platform') || undefined });
  const component = await resolveComponent(input.component, PATH);
  const platform = input.platform === undefined ? undefined : await resolvePlatform(input.platform, PATH);
  const result = await getCommittedTeams(component.id, platform?.id);
  if (!result) throw new NotFoundError('No such component or platform.');
  return committedTeamsJson(result);
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
