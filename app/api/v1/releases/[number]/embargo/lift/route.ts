// POST /api/v1/releases/{number}/embargo/lift { reason, version? }: the coordinator lifts an embargo early.
import { parseInput } from '@/lib/actions/action-result';
import { apiRoute, readJsonBody } from '@/lib/api/route-handler';
import { ZLiftEmbargo } from '@/lib/embargo/schemas';
import { liftEmbargo } from '@/lib/embargo/set-embargo';
import { NotFoundError } from '@/lib/errors';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';


export const POST = apiRoute<{ number: string }>(async (request, { user, params }) => {
  if (!/^\d{1,9}$/.test(params.number)) throw new NotFoundError(`There is no release #${params.number}.`);
  return liftEmbargo(user, Number(params.number), parseInput(ZLiftEmbargo, await readJsonBody(request)));
});

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed('POST');
