// POST /api/v1/components/{component}/restore { version } (or If-Match): brings a retired component back, with the
// permission and audit of its retirement (lib/api/retire-route.ts) -> the component as its GET answers it.
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { RETIRABLE, retireRoute } from '@/lib/api/retire-route';

export const POST = retireRoute(RETIRABLE.component, 'component', false);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed('POST');
