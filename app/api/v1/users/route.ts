// GET /api/v1/users?q=&role=manager&stack=&sort=&dir=&page=&perPage=: the people to assign rollouts to
// (id, name, e-mail, the stacks each manages, open rollouts) -> { data, total, page, perPage }.
// For those who see them in the browser: who may assign rollouts (coordinators, admins) or manage groups.
import { listEnvelope } from '@/lib/api/list-envelope';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { apiRoute } from '@/lib/api/route-handler';
import { parseApiQuery } from '@/lib/api/strict-query';
import { can } from '@/lib/auth/authorize';
import { ForbiddenError } from '@/lib/errors';
import { listUsers } from '@/lib/users/list-users';
import { userTableParams } from '@/lib/users/user-table-params';


export const GET = apiRoute(async (request, { user }) => {
  if (!can(user, 'rollout.assign') && !can(user, 'group.manage')) throw new ForbiddenError('Only coordinators and admins list the users.');
  const page = await listUsers(parseApiQuery(userTableParams, request.nextUrl.searchParams));
  return listEnvelope(page.rows, page);
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
