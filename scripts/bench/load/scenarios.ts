// What the virtual users do. Reads: coordinators, managers and EA members replaying the requests their
// browsers sent (record-browser.ts: documents, RSC navigations, prefetches) and coordinators on the JSON
// API (API tokens). Writes: EA members replying to their
// invitations and logging findings, managers inviting teams and closing rollouts (API tokens). Some
// writes are deliberately sent twice (a double click, two managers) and must come back 409. The tally
// records what the server said it did, for the consistency checks afterwards.
import type { LoadFixtures } from './fixtures';
import type { RecordedRequest } from './record-browser';
import type { Call, RouteSpec } from './run-routes';

export interface Tally {
  replies: Map<string, number>; // "<rollout number>:<teamId>" -> 2xx count
  findings: Map<number, number>; // rollout number -> findings created
  invites: Map<number, number>; // rollout number -> successful invitations (one team each)
  closes: Map<number, number>; // rollout number -> successful closes
  /** Writes sent but unanswered when the run stopped, by route name: done or not, the client never heard. */
  inFlight: Map<string, number>;
  /** Where the writers are, kept over both runs (cache on, then off) so the second does not repeat the first's
   *  invitations and closes: per invite rollout, the index of the next team to invite; the rollouts not yet closed. */
  nextInvitee: Map<number, number>;
  toClose?: number[];
}

export function newTally(): Tally {
  return { replies: new Map(), findings: new Map(), invites: new Map(), closes: new Map(), inFlight: new Map(), nextInvitee: new Map() };
}

const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
const json = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
const ok = (status: number) => status >= 200 && status < 300;

function rotate<T>(items: T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length]!;
}

export interface ReadOptions {
  /** Connections per role (each replays that role's session) and per API route. */
  connections: { role: number; api: number };
  /** Replay only these kinds of the recorded requests, and no API route (the ceiling runs: load.bench.ts). */
  only?: RecordedRequest['kind'][];
}

/** A stand-in for a recording where no browser is at hand (fault runs): one role loading these pages in full. */
export function documentLoads(role: string, paths: string[]): Map<string, RecordedRequest[]> {
  return new Map([[role, paths.map((path) => ({ kind: 'document' as const, method: 'GET', path, headers: { accept: 'text/html' } }))]]);
}

/** The readers: each role's recorded browser session (record-browser.ts) replayed in the order the browser
 *  sent it, over and over, with the browser's headers, under the session cookies of users of that role: the
 *  documents, client navigations (RSC) and prefetches come in the proportions a real session has (about 20
 *  prefetches to a click). Plus the JSON API with coordinators' tokens. */
export function readRoutes(f: LoadFixtures, recorded: Map<string, RecordedRequest[]>, sessionsByRole: Map<string, string[]>, options: ReadOptions): RouteSpec[] {
  const pages: RouteSpec[] = [];
  for (const [role, requests] of recorded) {
    const session = rotate(sessionsByRole.get(role) ?? []);
    // 'other' (the favicon the browser asks for after each navigation) is recorded but not replayed: it is no page.
    const calls = requests.filter((request) => request.kind !== 'other' && request.method === 'GET' && (!options.only || options.only.includes(request.kind)));
    if (calls.length === 0) continue;
    const call = rotate(calls);
    pages.push({
      name: `${role}: session (page)`,
      kind: 'read',
      connections: options.connections.role,
      next: () => {
        const { path, headers } = call();
        return { method: 'GET', path, headers: { ...headers, cookie: session() } };
      },
    });
  }
  if (options.only) return pages;
  const token = rotate(f.coordinatorTokens);
  const api = (path: string): RouteSpec => ({ name: `GET ${path}`, kind: 'read', connections: options.connections.api, next: () => ({ method: 'GET', path, headers: { authorization: `Bearer ${token()}` } }) });
  return [
    ...pages,
    api('/api/v1/rollouts?status=OPEN'),
    api('/api/v1/coverage/summary'),
    api('/api/v1/teams'),
  ];
}

export function writeRoutes(f: LoadFixtures, tally: Tally, rates: { reply: number; finding: number; invite: number; close: number }): RouteSpec[] {
  const tokenOf = new Map(f.teams.map((team) => [team.id, team.token]));
  // Replies: every invitation once, in a shuffled order; one in ten sent again.
  const pairs = f.reply.flatMap((number) => f.teams.map((team) => ({ number, teamId: team.id, answer: Math.random() < 0.8 ? 'accept' : 'decline' })));
  pairs.sort(() => Math.random() - 0.5);
  const sent: typeof pairs = [];
  const replyCall = (): Call => {
    const again = sent.length > 0 && Math.random() < 0.1;
    const pair = again ? sent[Math.floor(Math.random() * sent.length)]! : (pairs.pop() ?? sent[0]!);
    if (!again) sent.push(pair);
    return { method: 'POST', path: `/api/v1/rollouts/${pair.number}/reply`, headers: json(tokenOf.get(pair.teamId)!), body: JSON.stringify({ teamId: pair.teamId, answer: pair.answer }), item: pair };
  };
  let findingCount = 0;
  const findingCall = (): Call => {
    const number = f.finding[findingCount % f.finding.length]!;
    const team = f.teams[Math.floor(findingCount / f.finding.length) % f.teams.length]!;
    findingCount++;
    const body = { teamId: team.id, kind: 'COMMENT', title: `Load finding ${f.tag}-${findingCount}`, body: 'CE restarts under load; see <logs> & "details".' };
    return { method: 'POST', path: `/api/v1/rollouts/${number}/finding`, headers: json(team.token), body: JSON.stringify(body), item: number };
  };
  // Invitations: rollouts in turn, the next team not yet invited there; a refused one is retried.
  const nextTeam = tally.nextInvitee;
  const retry: { number: number; teamId: string }[] = [];
  const manager = rotate(f.managerTokens);
  let inviteTurn = 0;
  const inviteCall = (): Call => {
    let target = retry.shift();
    if (!target) {
      const number = f.invite[inviteTurn++ % f.invite.length]!;
      const index = nextTeam.get(number) ?? 0;
      nextTeam.set(number, index + 1);
      target = { number, teamId: f.teams[index % f.teams.length]!.id };
    }
    const template = 'Dear {{team}} ({{ngiSite}}): please test this release and reply by {{replyDue}}. Report file: {{reportFileName}}.';
    return { method: 'POST', path: `/api/v1/rollouts/${target.number}/invite`, headers: json(manager()), body: JSON.stringify({ teamIds: [target.teamId], template }), item: target };
  };
  // Closes: each rollout once with its version 1; one in ten a second time (a stale second manager).
  const toClose = (tally.toClose ??= [...f.close]);
  const closed: number[] = [];
  const closeCall = (): Call => {
    const again = closed.length > 0 && (Math.random() < 0.1 || toClose.length === 0);
    const number = again ? closed[Math.floor(Math.random() * closed.length)]! : toClose.shift()!;
    if (!again) closed.push(number);
    const body = { outcome: 'REJECT', summary: `Load-test summary of rollout ${number}: two teams, no production impact.`, version: 1 };
    return { method: 'POST', path: `/api/v1/rollouts/${number}/resolve`, headers: json(manager()), body: JSON.stringify(body), item: number };
  };
  return [
    {
      name: 'POST /rollouts/{n}/reply (member)',
      kind: 'write',
      connections: 4,
      rate: rates.reply,
      next: replyCall,
      onResult: (item, status, body) => {
        // A repeated identical reply is a 200 "nothing changed"; only real changes are tallied.
        if (ok(status) && !/"changed":\s*false/.test(body)) bump(tally.replies, `${(item as { number: number }).number}:${(item as { teamId: string }).teamId}`);
      },
    },
    { name: 'POST /rollouts/{n}/finding (member)', kind: 'write', connections: 2, rate: rates.finding, next: findingCall, onResult: (item, status) => ok(status) && bump(tally.findings, item as number) },
    {
      name: 'POST /rollouts/{n}/invite (manager)',
      kind: 'write',
      connections: 2,
      rate: rates.invite,
      next: inviteCall,
      onResult: (item, status) => {
        const target = item as { number: number; teamId: string };
        if (ok(status)) bump(tally.invites, target.number);
        else if (status === 409) retry.push(target);
      },
    },
    { name: 'POST /rollouts/{n}/resolve (manager)', kind: 'write', connections: 1, rate: rates.close, next: closeCall, onResult: (item, status) => ok(status) && bump(tally.closes, item as number) },
  ];
}
