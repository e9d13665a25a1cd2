// POST /api/v1/platforms/{platform}/restore { version } (or If-Match): brings a retired platform back, with the
// permission and audit of its retirement (lib/api/retire-route.ts) -> the platform as its GET answers it.
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { RETIRABLE, retireRoute } from '@/lib/api/retire-route';

export const POST = retireRoute(RETIRABLE.platform, 'platform', false);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed('POST');
