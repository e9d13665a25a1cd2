// GET /api/v1/rollouts/{number}: one rollout with its teams, findings, reports (metadata and download
// URL), document, and its readiness to be accepted under the policy that applies.
import { apiRoute } from '@/lib/api/route-handler';
import { NotFoundError } from '@/lib/errors';
import { getRolloutDetail } from '@/lib/rollout/get-rollout-detail';
import { buildRolloutPageModel } from '@/lib/rollout/rollout-page-model';
import { rolloutNumberSchema } from '@/lib/rollout/schemas';
import { rolloutDetailJson } from '@/lib/rollout/serialize';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ number: string }>(async (_request, { user, params }) => {
  const number = rolloutNumberSchema.safeParse(params.number);
  const loaded = number.success ? await getRolloutDetail(number.data, user) : null;
  if (!loaded) throw new NotFoundError(`There is no rollout #${params.number}.`);
  const model = await buildRolloutPageModel(user, loaded.rollout, new Date());
  return rolloutDetailJson(loaded.rollout, loaded.overdueIds, model.readiness, model.policy);
});
