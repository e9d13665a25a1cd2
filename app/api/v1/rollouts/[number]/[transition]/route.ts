// POST /api/v1/rollouts/{number}/{transition}: assign, invite, reply, volunteer-call, volunteer,
// withdraw, beta, notes, exposure-start, exposure, finding, finding-state, finding-severity, comment, reject-answer, close. JSON body,
// the same schemas and lib functions (with their permission checks) as the pages; 4xx JSON with a reason.
import { requireIfMatch } from '@/lib/api/etag';
import { apiRoute, readJsonBody } from '@/lib/api/route-handler';
import { parseInput } from '@/lib/actions/action-result';
import { NotFoundError } from '@/lib/errors';
import { API_TRANSITIONS, resolveTeamName } from '@/lib/rollout/api-transitions';
import { ZRolloutNumber } from '@/lib/rollout/schemas';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { loadRolloutJson } from '@/lib/rollout/load-rollout-json';


export const POST = apiRoute<{ number: string; transition: string }>(async (request, { user, params }) => {
  const transition = Object.hasOwn(API_TRANSITIONS, params.transition) ? API_TRANSITIONS[params.transition] : undefined;
  if (!transition) throw new NotFoundError(`Unknown transition "${params.transition}"; use one of ${Object.keys(API_TRANSITIONS).join(', ')} or report.`);
  const number = parseInput(ZRolloutNumber, params.number);
  await requireIfMatch(request, `Rollout #${number}`, () => loadRolloutJson(user, params.number));
  const input = parseInput(transition.schema, await resolveTeamName(await readJsonBody(request)));
  const result = await transition.run(user, number, input as never);
  return { ok: true, rollout: number, ...result };
});

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed('POST');
