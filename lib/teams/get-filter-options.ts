// The choices offered by the teams table's filters: NGIs with teams, stacks, OSes and architectures of
// the catalogue. One query (four lists as JSON) instead of four round trips per page. Component names are
// not among them: the component filter looks them up as the person types (components/data-table/suggest-input.tsx).
import 'server-only';
import { cacheTables } from '@/lib/cache/table-tags';
import { db } from '@/lib/db/client';

export interface TeamFilterOptions {
  ngis: { code: string; name: string }[];
  stacks: { slug: string; name: string }[];
  oses: string[];
  arches: string[];
}

export async function getTeamFilterOptions(): Promise<TeamFilterOptions> {
  'use cache';
  cacheTables('Ngi', 'Site', 'Team', 'Stack', 'Platform');
  const [options] = await db.$queryRaw<TeamFilterOptions[]>`
    SELECT
      (SELECT COALESCE(json_agg(json_build_object('code', n.code, 'name', n.name) ORDER BY n.code), '[]') FROM "Ngi" n
        WHERE EXISTS (SELECT 1 FROM "Site" s JOIN "Team" t ON t."siteId" = s.id WHERE s."ngiId" = n.id)) AS ngis,
      (SELECT COALESCE(json_agg(json_build_object('slug', st.slug, 'name', st.name) ORDER BY st.name), '[]') FROM "Stack" st) AS stacks,
      (SELECT COALESCE(array_agg(DISTINCT pl.os), '{}') FROM "Platform" pl) AS oses,
      (SELECT COALESCE(array_agg(DISTINCT pl.arch), '{}') FROM "Platform" pl) AS arches`;
  // Same order as before (Prisma's orderBy and localeCompare), not the database collation's.
  const sorted = (values: string[]) => [...values].sort((a, b) => a.localeCompare(b));
  return { ngis: options!.ngis, stacks: options!.stacks, oses: sorted(options!.oses), arches: sorted(options!.arches) };
}
