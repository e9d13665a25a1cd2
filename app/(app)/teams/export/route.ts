// GET /teams/export?<table params>: the whole current view of the teams table as CSV (visible columns,
// same filters and sort), for any signed-in user (session or API token).
import { apiRoute } from '@/lib/api/route-handler';
import { csvResponse, toCsv } from '@/lib/csv/to-csv';
import { listTeams } from '@/lib/teams/list-teams';
import { teamTableParams } from '@/lib/teams/table-params';
import { teamCsvColumns } from '@/lib/teams/team-csv';


export const GET = apiRoute(async (request) => {
  const state = teamTableParams.parse(request.nextUrl.searchParams);
  const { rows } = await listTeams(state, { all: true });
  const stamp = new Date().toISOString().slice(0, 10);
  return csvResponse(toCsv(teamCsvColumns(state.hide), rows), `ea-teams-${stamp}.csv`);
});
