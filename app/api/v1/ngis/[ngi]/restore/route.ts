// POST /api/v1/ngis/{ngi}/restore { version } (or If-Match): brings a retired ngi back, with the
// permission and audit of its retirement (lib/api/retire-route.ts) -> the ngi as its GET answers it.
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { RETIRABLE, retireRoute } from '@/lib/api/retire-route';

export const POST = retireRoute(RETIRABLE.ngi, 'ngi', false);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed('POST');
