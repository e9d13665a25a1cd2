// The API's retire and restore of every retirable entity (teams, components, NGIs, Technology Providers,
// stacks, platforms), one way for all: DELETE /api/v1/<kind>/{ref} retires, POST /api/v1/<kind>/{ref}/restore
// brings it back; both take { version } or If-Match (412 when stale) and answer the entity's JSON with its
// ETag. The lib checks the permission (the browser's) and writes the audit row.
import 'server-only';
import { parseInput } from '@/lib/actions/action-result';
import type { CurrentUser } from '@/lib/auth/principal';
import { setComponentRetired } from '@/lib/catalog/manage-components';
import { loadComponentJson, loadPlatformJson, loadProviderJson, loadStackJson } from '@/lib/catalog/load-catalog-json';
import { type RetirableEntry, setEntryRetired } from '@/lib/catalog/retire-entry';
import { loadTeamJson } from '@/lib/teams/load-team-json';
import { loadNgiJson } from '@/lib/teams/ngi-json';
import { setTeamRetired } from '@/lib/teams/update-team';
import { ZApiRetire } from './body-fields';
import { jsonWithEtag } from './etag';
import { PATH, resolveComponent, resolveNgi, resolvePlatform, resolveProvider, resolveStack, resolveTeam } from './resolve-ref';
import { apiRoute } from './route-handler';
import { readEntityWrite } from './write-request';

interface Retirable {
  /** The path's entity: its id and how messages name it. */
  find(ref: string): Promise<{ id: string; label: string }>;
  /** Its GET body (the If-Match check compares against it, and the answer is it). */
  load(id: string, user: CurrentUser): Promise<{ version: number }>;
  /** Retires (true) or restores (false) it; the lib checks the permission. */
  setRetired(user: CurrentUser, id: string, version: number, retire: boolean): Promise<void>;
}

const catalogEntry = (kind: RetirableEntry, resolve: (ref: string, source: typeof PATH) => Promise<{ id: string }>, load: (id: string) => Promise<{ version: number }>, label: string): Retirable => ({
  find: async (ref) => ({ id: (await resolve(ref, PATH)).id, label }),
  load: (id) => load(id),
  setRetired: (user, id, version, retire) => setEntryRetired(user, kind, { id, version, retire }),
});

export const RETIRABLE = {
  team: {
    find: async (ref) => {
      const team = await resolveTeam(ref, PATH);
      return { id: team.id, label: `Team ${ref}` };
    },
    load: (id, user) => loadTeamJson(id, user),
    setRetired: async (user, id, version, retire) => {
      await setTeamRetired(user, { teamId: id, version, retire });
    },
  },
  component: {
    find: async (ref) => ({ id: (await resolveComponent(ref, PATH)).id, label: 'This component' }),
    load: (id, user) => loadComponentJson(id, user),
    setRetired: async (user, id, version, retire) => {
      await setComponentRetired(user, { id, version, retire });
    },
  },
  ngi: catalogEntry('ngi', resolveNgi, loadNgiJson, 'This NGI'),
  provider: catalogEntry('technologyProvider', resolveProvider, loadProviderJson, 'This provider'),
  stack: catalogEntry('stack', resolveStack, loadStackJson, 'This stack'),
  platform: catalogEntry('platform', resolvePlatform, loadPlatformJson, 'This platform'),
} satisfies Record<string, Retirable>;

/** The handler of DELETE …/{ref} (retire: true) or POST …/{ref}/restore (retire: false); `param`: the path's name. */
export function retireRoute<K extends string>(entity: Retirable, param: K, retire: boolean) {
  return apiRoute<Record<K, string>>(async (request, { user, params }) => {
    const { id, label } = await entity.find(params[param]);
    const input = parseInput(ZApiRetire, await readEntityWrite(request, label, () => entity.load(id, user)));
    await entity.setRetired(user, id, input.version, retire);
    return jsonWithEtag(request, await entity.load(id, user));
  });
}
