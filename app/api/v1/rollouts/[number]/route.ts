// GET /api/v1/rollouts/{number}: one rollout with its teams, findings, reports (metadata and download
// URL), document and what it is waiting for: the fields of its item in GET /api/v1/rollouts, then more.
import { apiRoute } from '@/lib/api/route-handler';
import { NotFoundError } from '@/lib/errors';
import { getRolloutDetail } from '@/lib/rollout/get-rollout-detail';
import { rolloutTableParams } from '@/lib/rollout/list-params';
import { listRollouts } from '@/lib/rollout/list-rollouts';
import { buildRolloutPageModel } from '@/lib/rollout/rollout-page-model';
import { rolloutNumberSchema } from '@/lib/rollout/schemas';
import { rolloutDetailJson, rolloutListItem } from '@/lib/rollout/serialize';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ number: string }>(async (_request, { user, params }) => {
  const number = rolloutNumberSchema.safeParse(params.number);
  const loaded = number.success ? await getRolloutDetail(number.data) : null;
  if (!loaded) throw new NotFoundError(`There is no rollout #${params.number}.`);
  const now = new Date();
  const [model, listed] = await Promise.all([
    buildRolloutPageModel(user, loaded.rollout, now),
    listRollouts(rolloutTableParams.parse({}), now, { number: loaded.rollout.number }),
  ]);
  if (!listed.rows[0]) throw new NotFoundError(`There is no rollout #${params.number}.`);
  return rolloutDetailJson(rolloutListItem(listed.rows[0]), loaded.rollout, loaded.overdueIds, model.blockers);
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
