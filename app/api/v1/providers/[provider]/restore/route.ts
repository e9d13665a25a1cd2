// POST /api/v1/providers/{provider}/restore { version } (or If-Match): brings a retired provider back, with the
// permission and audit of its retirement (lib/api/retire-route.ts) -> the provider as its GET answers it.
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { RETIRABLE, retireRoute } from '@/lib/api/retire-route';

export const POST = retireRoute(RETIRABLE.provider, 'provider', false);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed('POST');
