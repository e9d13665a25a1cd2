// Every operation of the JSON API, with the very zod schemas its route parses (bodies) and the table
// parameters its list accepts (queries): the OpenAPI description is generated from this list, and
// test/api/openapi.test.ts fails when a route under app/api/v1 is missing here or a body differs.
import 'server-only';
import type { z } from 'zod';
import { componentTableParams } from '@/lib/catalog/table-params';
import { ZCoverageTarget, ZCoverageTargetJson } from '@/lib/coverage/schemas';
import { ZHistoryEntryJson } from '@/lib/audit/history-json';
import { ZTransition, ZSubmitRelease } from '@/lib/releases/schemas';
import { ZLiftEmbargo, ZSetEmbargo } from '@/lib/embargo/schemas';
import { releaseTableParams } from '@/lib/releases/table-params';
import { API_TRANSITIONS } from '@/lib/rollout/api-transitions';
import { jsonMail } from '@/lib/rollout/inbound-request';
import { rolloutTableParams } from '@/lib/rollout/list-params';
import { ZReportFields, ZCommentJson } from '@/lib/rollout/schemas';
import { teamTableParams } from '@/lib/teams/table-params';
import { ZAddContact } from '@/lib/teams/schemas';
import { ZApiAddCommitment, ZApiAddMember, ZApiCreateNgi, ZApiCreateTeam, ZApiEditNgi, ZApiEditTeam } from '@/lib/teams/api-schemas';
import { ZTeamDetailJson, ZTeamJson } from '@/lib/teams/team-json';
import { ZNgiJson } from '@/lib/teams/ngi-json';
import { ZApiRetire } from '@/lib/api/body-fields';
import { ZApiCreateComponent, ZApiCreatePlatform, ZApiCreateProvider, ZApiCreateStack, ZApiEditComponent, ZApiEditProvider, ZApiEditStack } from '@/lib/catalog/api-schemas';
import { ZComponentJson, ZPlatformJson, ZProviderJson, ZStackJson } from '@/lib/catalog/catalog-json';
import { ZApiCreateHoliday } from '@/lib/time/api-schemas';
import { ZHolidayJson } from '@/lib/time/holiday-json';
import { userTableParams } from '@/lib/users/user-table-params';
import { ZUserJson } from '@/lib/users/list-users';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface ListQuery {
  describe(): { sortable: readonly string[]; maxPerPage: number; filters: Record<string, readonly string[] | null> };
}

export interface Operation {
  method: HttpMethod;
  /** OpenAPI path template, e.g. /api/v1/rollouts/{number}/assign. */
  path: string;
  summary: string;
  /** The list's query (strict: unknown values are a 400); 'whole': a short list on one page, with no query. */
  list?: ListQuery | 'whole';
  /** Other query parameters, by name: description. */
  query?: Record<string, string>;
  /**
   * The JSON body the route parses, or multipart fields; `omit`: keys the route takes from the path instead.
   * `parsedAs`: the name the route (or `parsedIn`) parses it under, which the OpenAPI test looks for there.
   */
  body?: { schema: z.ZodType; parsedAs: string; parsedIn?: string; type?: 'application/json' | 'multipart/form-data'; omit?: readonly string[] };
  /** 2xx answer: 'json' (default), 'file' (a download), 'none' (204). */
  answers?: 'json' | 'file' | 'none' | 'created';
  etag?: boolean;
  /** The zod schema of the 2xx JSON answer (of one item, for a list); test/api/openapi-responses.test.ts checks real answers. */
  response?: z.ZodType;
  /** Authenticated by the inbound-mail secret instead of a token. */
  secret?: boolean;
}

const teamPath = { omit: ['teamId'] } as const;

export const OPERATIONS: Operation[] = [
  { method: 'get', path: '/api/v1/teams', summary: 'The EA teams table', list: teamTableParams, response: ZTeamJson },
  { method: 'post', path: '/api/v1/teams', summary: 'Create a team ea-<NGI>-<Site> (admins); `ngi` by id, code or name', body: { schema: ZApiCreateTeam, parsedAs: 'ZApiCreateTeam' }, answers: 'created', response: ZTeamDetailJson },
  { method: 'get', path: '/api/v1/teams/{name}', summary: 'One team (by name or id), as in the list, with its rollouts', etag: true, response: ZTeamDetailJson },
  { method: 'patch', path: '/api/v1/teams/{name}', summary: 'Edit a team (admins): only the fields sent change; a new NGI or site renames it', body: { schema: ZApiEditTeam, parsedAs: 'ZApiEditTeam' }, etag: true, response: ZTeamDetailJson },
  { method: 'delete', path: '/api/v1/teams/{name}', summary: 'Retire a team (admins): no new invitations, its history kept', body: { schema: ZApiRetire, parsedAs: 'ZApiRetire' }, etag: true, response: ZTeamDetailJson },
  { method: 'post', path: '/api/v1/teams/{name}/members', summary: 'Add a member (admins); `user` by id or e-mail address', body: { schema: ZApiAddMember, parsedAs: 'ZApiAddMember' }, answers: 'created', response: ZTeamDetailJson },
  { method: 'delete', path: '/api/v1/teams/{name}/members/{user}', summary: 'Remove a member added in the app (admins); `user` by id or e-mail address', answers: 'none' },
  { method: 'post', path: '/api/v1/teams/{name}/contacts', summary: "Add a team's e-mail contact", body: { schema: ZAddContact, parsedAs: 'ZAddContact', ...teamPath }, answers: 'created' },
  { method: 'post', path: '/api/v1/teams/{name}/commitments', summary: 'Commit the team to test a component (id, name or <stack>/<name>) on a platform (id or "<OS> <arch>")', body: { schema: ZApiAddCommitment, parsedAs: 'ZApiAddCommitment' }, answers: 'created' },
  { method: 'delete', path: '/api/v1/teams/{name}/commitments/{commitmentId}', summary: 'Withdraw a commitment', answers: 'none' },
  { method: 'get', path: '/api/v1/teams/{name}/history', summary: "The team's audit trail (a list, newest first)", list: 'whole', response: ZHistoryEntryJson },
  { method: 'get', path: '/api/v1/ngis', summary: 'The NGIs', list: 'whole', response: ZNgiJson },
  { method: 'post', path: '/api/v1/ngis', summary: 'Create an NGI (admins)', body: { schema: ZApiCreateNgi, parsedAs: 'ZApiCreateNgi' }, answers: 'created', response: ZNgiJson },
  { method: 'get', path: '/api/v1/ngis/{ngi}', summary: 'One NGI by id, code or name', etag: true, response: ZNgiJson },
  { method: 'patch', path: '/api/v1/ngis/{ngi}', summary: 'Rename an NGI (admins); the code stays', body: { schema: ZApiEditNgi, parsedAs: 'ZApiEditNgi' }, etag: true, response: ZNgiJson },
  { method: 'get', path: '/api/v1/providers', summary: 'The Technology Providers', list: 'whole', response: ZProviderJson },
  { method: 'post', path: '/api/v1/providers', summary: 'Add a Technology Provider (admins)', body: { schema: ZApiCreateProvider, parsedAs: 'ZApiCreateProvider' }, answers: 'created', response: ZProviderJson },
  { method: 'get', path: '/api/v1/providers/{provider}', summary: 'One Technology Provider by id or name', etag: true, response: ZProviderJson },
  { method: 'patch', path: '/api/v1/providers/{provider}', summary: 'Edit a Technology Provider (admins)', body: { schema: ZApiEditProvider, parsedAs: 'ZApiEditProvider' }, etag: true, response: ZProviderJson },
  { method: 'get', path: '/api/v1/stacks', summary: 'The middleware stacks', list: 'whole', response: ZStackJson },
  { method: 'post', path: '/api/v1/stacks', summary: 'Add a stack and its list group (admins); `provider` by id or name', body: { schema: ZApiCreateStack, parsedAs: 'ZApiCreateStack' }, answers: 'created', response: ZStackJson },
  { method: 'get', path: '/api/v1/stacks/{stack}', summary: 'One stack by id, slug or name', etag: true, response: ZStackJson },
  { method: 'patch', path: '/api/v1/stacks/{stack}', summary: 'Edit a stack (admins); the slug stays', body: { schema: ZApiEditStack, parsedAs: 'ZApiEditStack' }, etag: true, response: ZStackJson },
  { method: 'get', path: '/api/v1/platforms', summary: 'The platforms (OS + architecture)', list: 'whole', response: ZPlatformJson },
  { method: 'post', path: '/api/v1/platforms', summary: 'Add a platform (admins)', body: { schema: ZApiCreatePlatform, parsedAs: 'ZApiCreatePlatform' }, answers: 'created', response: ZPlatformJson },
  { method: 'get', path: '/api/v1/components', summary: 'The component catalogue', list: componentTableParams, response: ZComponentJson },
  { method: 'post', path: '/api/v1/components', summary: 'Add a component (admins); `stack` by id, slug or name, `platforms` by id or "<OS> <arch>"', body: { schema: ZApiCreateComponent, parsedAs: 'ZApiCreateComponent' }, answers: 'created', response: ZComponentJson },
  { method: 'get', path: '/api/v1/components/{component}', summary: 'One component by id, name or <stack>/<name>, as in the list', etag: true, response: ZComponentJson },
  { method: 'patch', path: '/api/v1/components/{component}', summary: 'Edit a component (admins): only the fields sent change', body: { schema: ZApiEditComponent, parsedAs: 'ZApiEditComponent' }, etag: true, response: ZComponentJson },
  { method: 'delete', path: '/api/v1/components/{component}', summary: 'Retire a component (admins): no new commitments, its history kept', body: { schema: ZApiRetire, parsedAs: 'ZApiRetire' }, etag: true, response: ZComponentJson },
  { method: 'get', path: '/api/v1/holidays', summary: 'The holiday calendar from the start of last year', list: 'whole', response: ZHolidayJson },
  { method: 'post', path: '/api/v1/holidays', summary: 'Add a holiday everywhere or in one NGI (admins, coordinators)', body: { schema: ZApiCreateHoliday, parsedAs: 'ZApiCreateHoliday' }, answers: 'created', response: ZHolidayJson },
  { method: 'get', path: '/api/v1/holidays/{id}', summary: 'One holiday', etag: true, response: ZHolidayJson },
  { method: 'delete', path: '/api/v1/holidays/{id}', summary: 'Remove a holiday (admins, coordinators)', answers: 'none' },
  { method: 'get', path: '/api/v1/coverage', summary: 'The coverage matrix', query: { stack: 'stack slug', capability: 'UMD capability', os: 'OS', arch: 'architecture', retired: '1 to include retired components', format: 'csv for a download' } },
  { method: 'get', path: '/api/v1/coverage/summary', summary: 'Coverage per stack and provider', query: { stack: 'stack slug', capability: 'UMD capability', os: 'OS', arch: 'architecture' } },
  { method: 'get', path: '/api/v1/coverage/gaps', summary: 'Components below the redundancy target (a list)', query: { stack: 'stack slug', capability: 'UMD capability', os: 'OS', arch: 'architecture', page: 'page', format: 'csv for a download' } },
  { method: 'get', path: '/api/v1/coverage/target', summary: 'The redundancy target (teams per component)', etag: true, response: ZCoverageTargetJson },
  { method: 'put', path: '/api/v1/coverage/target', summary: 'Change the redundancy target (admins, coordinators)', body: { schema: ZCoverageTarget, parsedAs: 'ZCoverageTarget' } },
  { method: 'get', path: '/api/v1/coverage/teams', summary: 'The teams committed to a component', query: { component: 'component id, name or <stack>/<name> (required)', platform: 'platform id or "<OS> <arch>"' } },
  { method: 'get', path: '/api/v1/metrics', summary: "The report's measures", query: { year: 'project year, e.g. 2010', from: 'ISO date', to: 'ISO date' } },
  { method: 'get', path: '/api/v1/metrics/{table}', summary: 'One metrics table as CSV', query: { year: 'project year', from: 'ISO date', to: 'ISO date' }, answers: 'file' },
  { method: 'get', path: '/api/v1/releases', summary: 'The sw-rel tickets', list: releaseTableParams },
  { method: 'post', path: '/api/v1/releases', summary: 'Submit a release (stack and product may be given by name)', body: { schema: ZSubmitRelease, parsedAs: 'ZSubmitRelease' }, answers: 'created' },
  { method: 'get', path: '/api/v1/releases/{number}', summary: 'One release, as in the list', etag: true },
  { method: 'get', path: '/api/v1/releases/{number}/history', summary: 'The audit trail of the release and its items (a list, newest first)', list: 'whole', response: ZHistoryEntryJson },
  { method: 'get', path: '/api/v1/releases/{number}/items/{itemId}', summary: 'One release item (PPA)', etag: true },
  { method: 'put', path: '/api/v1/releases/{number}/embargo', summary: 'Embargo a security release until a date (its submitter, the coordinator)', body: { schema: ZSetEmbargo, parsedAs: 'ZSetEmbargo' } },
  { method: 'post', path: '/api/v1/releases/{number}/embargo/lift', summary: 'Lift an embargo early, with a reason (the coordinator)', body: { schema: ZLiftEmbargo, parsedAs: 'ZLiftEmbargo' } },
  { method: 'post', path: '/api/v1/releases/{number}/items/{itemId}/transition', summary: 'Move a release item through verification', body: { schema: ZTransition, parsedAs: 'ZTransition' } },
  { method: 'get', path: '/api/v1/rollouts', summary: 'The staged-rollout tickets', list: rolloutTableParams },
  { method: 'get', path: '/api/v1/rollouts/{number}', summary: 'One rollout: its list item, then the detail', etag: true },
  ...Object.entries(API_TRANSITIONS).map(([name, transition]) => ({
    method: 'post' as const,
    path: `/api/v1/rollouts/{number}/${name}`,
    summary: `Rollout step: ${name}`,
    body: { schema: transition.schema, parsedAs: 'transition.schema' },
  })),
  { method: 'post', path: '/api/v1/rollouts/{number}/report', summary: "Upload a team's report (a \"file\" part and these fields)", body: { schema: ZReportFields, parsedAs: 'ZReportFields', type: 'multipart/form-data' } },
  { method: 'get', path: '/api/v1/rollouts/{number}/comments', summary: 'The comments on a rollout (a list, oldest first)', list: 'whole', response: ZCommentJson },
  { method: 'get', path: '/api/v1/rollouts/{number}/reports/{reportId}', summary: "A team report's file", answers: 'file' },
  { method: 'get', path: '/api/v1/rollouts/{number}/summary', summary: "The manager's summary document", answers: 'file' },
  { method: 'get', path: '/api/v1/users', summary: 'People to assign rollouts to, with the stacks they manage', list: userTableParams, response: ZUserJson },
  { method: 'post', path: '/api/v1/inbound-mail', summary: 'A mail reply from the mail gateway (raw message/rfc822, or this JSON)', body: { schema: jsonMail, parsedAs: 'jsonMail', parsedIn: 'lib/rollout/inbound-request.ts' }, secret: true },
  { method: 'get', path: '/api/v1/openapi.json', summary: 'This description' },
];
