// GET /api/v1/releases?stack=&state=&type=&q=&page=&perPage=&sort=&dir=  the sw-rel tickets, newest first
//   (the same view parameters as the /releases page; unknown values fall back to the default view).
// POST /api/v1/releases  submit a release (same rules and permission as the intake form):
//   { stack | stackId, product | componentId, umdMajor, productVersion, type, security?, releaseNotes,
//     documentationUrl?, installNotes?, packages: { "<OS> <ARCH>" | platformId: "pkg1\npkg2" },
//     cadenceOverride?, cadenceOverrideReason? }  -> 201 { number, ref, url, items }
import { NextResponse } from 'next/server';
import { parseInput } from '@/lib/actions/action-result';
import { apiRoute, readJsonBody } from '@/lib/api/route-handler';
import { getReleaseByNumber, listReleases } from '@/lib/releases/queries';
import { releaseDetailJson, releaseSummaryJson } from '@/lib/releases/release-json';
import { resolveApiRefs } from '@/lib/releases/resolve-api-refs';
import { submitReleaseSchema } from '@/lib/releases/schemas';
import { submitRelease } from '@/lib/releases/submit-release';
import { releaseTableParams } from '@/lib/releases/table-params';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request, { user }) => {
  const state = releaseTableParams.parse(request.nextUrl.searchParams);
  const list = await listReleases(state, user);
  return { total: list.total, page: list.page, perPage: list.perPage, filters: state.filters, releases: list.releases.map(releaseSummaryJson) };
});

export const POST = apiRoute(async (request, { user }) => {
  const input = parseInput(submitReleaseSchema, await resolveApiRefs(await readJsonBody(request)));
  const submitted = await submitRelease(user, input);
  const release = await getReleaseByNumber(submitted.number, user);
  return NextResponse.json(releaseDetailJson(release!), { status: 201 });
});
