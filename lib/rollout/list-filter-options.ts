// The choices of the rollouts list's filters: stacks and managers (people owning or able to own a
// rollout), in one query. Team names are not among them: the team filter looks them up as the person
// types (components/data-table/suggest-input.tsx), instead of every rollouts page carrying 2,000 names.
import 'server-only';
import { MANAGERS_GROUP } from '@/lib/auth/group-names';
import { db } from '@/lib/db/client';

export interface RolloutFilterOptions {
  stacks: { slug: string; name: string }[];
  managers: { email: string; name: string }[];
}

export async function getRolloutFilterOptions(): Promise<RolloutFilterOptions> {
  const [options] = await db.$queryRaw<RolloutFilterOptions[]>`
    SELECT
      (SELECT COALESCE(json_agg(json_build_object('slug', st.slug, 'name', st.name) ORDER BY st.name), '[]') FROM "Stack" st) AS stacks,
      (SELECT COALESCE(json_agg(json_build_object('email', u.email, 'name', u.name) ORDER BY u.name), '[]') FROM "User" u
        WHERE EXISTS (SELECT 1 FROM "Rollout" r WHERE r."ownerId" = u.id)
          OR (EXISTS (SELECT 1 FROM "StackManager" sm WHERE sm."userId" = u.id)
            AND EXISTS (SELECT 1 FROM "GroupMembership" gm JOIN "Group" g ON g.id = gm."groupId" WHERE gm."userId" = u.id AND g.name = ${MANAGERS_GROUP}))) AS managers`;
  return options!;
}
