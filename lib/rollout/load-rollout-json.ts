// What GET /api/v1/rollouts/{number} answers, for that route and for the If-Match check of every write
// on the rollout (lib/api/etag.ts): the list's item for the rollout, then the detail.
import 'server-only';
import type { CurrentUser } from '@/lib/auth/principal';
import { NotFoundError } from '@/lib/errors';
import { getRolloutDetail } from './get-rollout-detail';
import { rolloutTableParams } from './list-params';
import { listRollouts } from './list-rollouts';
import { buildRolloutPageModel } from './rollout-page-model';
import { ZRolloutNumber } from './schemas';
import { rolloutDetailJson, rolloutListItem } from './serialize';

export async function loadRolloutJson(user: CurrentUser, numberParam: string) {
  const number = ZRolloutNumber.safeParse(numberParam);
  const loaded = number.success ? await getRolloutDetail(number.data, user) : null;
  if (!loaded) throw new NotFoundError(`There is no rollout #${numberParam}.`);
  const now = new Date();
  const [model, listed] = await Promise.all([
    buildRolloutPageModel(user, loaded.rollout, now),
    listRollouts(rolloutTableParams.parse({}), user, now, { number: loaded.rollout.number }),
  ]);
  if (!listed.rows[0]) throw new NotFoundError(`There is no rollout #${numberParam}.`);
  return rolloutDetailJson(rolloutListItem(listed.rows[0]), loaded.rollout, loaded.overdueIds, model.readiness, model.policy);
}
