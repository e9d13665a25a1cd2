// POST /api/v1/teams/{name}/restore { version } (or If-Match): brings a retired team back, with the
// permission and audit of its retirement (lib/api/retire-route.ts) -> the team as its GET answers it.
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { RETIRABLE, retireRoute } from '@/lib/api/retire-route';

export const POST = retireRoute(RETIRABLE.team, 'name', false);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed('POST');
