// GET /api/v1/coverage/target: the redundancy target (teams per component) with its version and an ETag.
// PUT /api/v1/coverage/target { target, version }: change it (admins and coordinators, as on /coverage);
// a stale version is a 409, a stale If-Match a 412; If-Match alone stands for the version.
import { parseInput } from '@/lib/actions/action-result';
import { jsonWithEtag, requireIfMatch } from '@/lib/api/etag';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { apiRoute, readJsonBody } from '@/lib/api/route-handler';
import { can } from '@/lib/auth/authorize';
import { actorOf } from '@/lib/auth/principal';
import { getCoverageTarget } from '@/lib/coverage/coverage-target';
import type { z } from 'zod';
import { ZCoverageTarget, ZCoverageTargetJson } from '@/lib/coverage/schemas';
import { setCoverageTarget } from '@/lib/coverage/set-coverage-target';
import { ForbiddenError } from '@/lib/errors';


async function targetJson(): Promise<z.infer<typeof ZCoverageTargetJson>> {
  const setting = await getCoverageTarget();
  return { target: setting.target, version: setting.version, updatedAt: setting.updatedAt?.toISOString() ?? null };
}

export const GET = apiRoute(async (request) => jsonWithEtag(request, await targetJson()));

export const PUT = apiRoute(async (request, { user }) => {
  if (!can(user, 'settings.edit')) throw new ForbiddenError('Only Early Adopters admins and the coordinators may change the coverage target.');
  const matched = await requireIfMatch(request, 'The coverage target', targetJson);
  const body = (await readJsonBody(request)) as Record<string, unknown>;
  const input = parseInput(ZCoverageTarget, matched && body?.version === undefined ? { ...body, version: matched.version } : body);
  await setCoverageTarget(actorOf(user), input);
  return targetJson();
});

export const { POST, PATCH, DELETE } = methodNotAllowed('GET', 'PUT');
