// PUT /api/v1/releases/{number}/embargo { until, version? }: embargo a security release until a date
// (its submitter or the coordinator). Lifting early: POST /api/v1/releases/{number}/embargo/lift.
import { parseInput } from '@/lib/actions/action-result';
import { apiRoute, readJsonBody } from '@/lib/api/route-handler';
import { ZSetEmbargo } from '@/lib/embargo/schemas';
import { setEmbargo } from '@/lib/embargo/set-embargo';
import { NotFoundError } from '@/lib/errors';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';


export const PUT = apiRoute<{ number: string }>(async (request, { user, params }) => {
  if (!/^\d{1,9}$/.test(params.number)) throw new NotFoundError(`There is no release #${params.number}.`);
  return setEmbargo(user, Number(params.number), parseInput(ZSetEmbargo, await readJsonBody(request)));
});

export const { GET, POST, PATCH, DELETE } = methodNotAllowed('PUT');
