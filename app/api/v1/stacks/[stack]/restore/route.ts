// POST /api/v1/stacks/{stack}/restore { version } (or If-Match): brings a retired stack back, with the
// permission and audit of its retirement (lib/api/retire-route.ts) -> the stack as its GET answers it.
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { RETIRABLE, retireRoute } from '@/lib/api/retire-route';

export const POST = retireRoute(RETIRABLE.stack, 'stack', false);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed('POST');
