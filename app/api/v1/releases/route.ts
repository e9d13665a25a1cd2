// GET /api/v1/releases?stack=&state=&type=&q=&page=&perPage=&sort=&dir=  the sw-rel tickets, newest first
//   (the same view parameters as the /releases page) -> { data, total, page, perPage }, each release in full.
// POST /api/v1/releases  submit a release (same rules and permission as the intake form):
//   { stack | stackId, product | componentId, umdMajor, productVersion, type, security?, releaseNotes,
//     documentationUrl?, installNotes?, packages: { "<OS> <ARCH>" | platformId: "pkg1\npkg2" },
//     cadenceOverride?, cadenceOverrideReason? }  -> 201 the release, as GET /api/v1/releases/{number}
import { NextResponse } from 'next/server';
import { parseInput } from '@/lib/actions/action-result';
import { apiRoute, readJsonBody } from '@/lib/api/route-handler';
import { listEnvelope } from '@/lib/api/list-envelope';
import { parseApiQuery } from '@/lib/api/strict-query';
import { getReleaseByNumber, getReleasesByNumbers, listReleases } from '@/lib/releases/queries';
import { releaseJson } from '@/lib/releases/release-json';
import { resolveApiRefs } from '@/lib/releases/resolve-api-refs';
import { ZSubmitRelease } from '@/lib/releases/schemas';
import { submitRelease } from '@/lib/releases/submit-release';
import { releaseTableParams } from '@/lib/releases/table-params';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';


export const GET = apiRoute(async (request, { user }) => {
  const state = parseApiQuery(releaseTableParams, request.nextUrl.searchParams);
  const list = await listReleases(state, user);
  const releases = await getReleasesByNumbers(list.rows.map((release) => release.number), user);
  return listEnvelope(releases.map(releaseJson), list);
});

export const POST = apiRoute(async (request, { user }) => {
  const input = parseInput(ZSubmitRelease, await resolveApiRefs(await readJsonBody(request)));
  const submitted = await submitRelease(user, input);
  const release = await getReleaseByNumber(submitted.number, user);
  return NextResponse.json(releaseJson(release!), { status: 201 });
});

export const { PUT, PATCH, DELETE } = methodNotAllowed('GET', 'POST');
