// GET /api/v1/rollouts/{number}/comments: the comments on a rollout ticket, oldest first, as its page's
// timeline shows them (any signed-in user who may see the rollout: an embargoed one is not found) -> { data, total, page, perPage }. Writing one is POST …/comment.
import { listEnvelope } from '@/lib/api/list-envelope';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { apiRoute } from '@/lib/api/route-handler';
import { db } from '@/lib/db/client';
import { rolloutVisibleWhere } from '@/lib/embargo/visibility';
import { NotFoundError } from '@/lib/errors';
import { ZRolloutNumber, type ZCommentJson } from '@/lib/rollout/schemas';
import type { z } from 'zod';


const LIMIT = 1000;

export const GET = apiRoute<{ number: string }>(async (_request, { user, params }) => {
  const number = ZRolloutNumber.safeParse(params.number);
  const rollout = number.success ? await db.rollout.findFirst({ where: { number: number.data, ...rolloutVisibleWhere(user) }, select: { id: true } }) : null;
  if (!rollout) throw new NotFoundError(`There is no rollout #${params.number}.`);
  const comments = await db.comment.findMany({
    where: { rolloutId: rollout.id },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: LIMIT,
    select: { id: true, body: true, createdAt: true, author: { select: { id: true, name: true } } },
  });
  const data = comments.map((comment): z.infer<typeof ZCommentJson> => ({ id: comment.id, author: comment.author, body: comment.body, createdAt: comment.createdAt.toISOString() }));
  return listEnvelope(data, { total: data.length, page: 1, perPage: LIMIT });
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
