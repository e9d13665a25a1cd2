// Property: every server action ('use server' files under app/), called as a form post would call it
// — FormData with hostile values under its own field names, repeated fields, files — by a user with
// every staff role and a team, answers an ActionResult (ok, or a message for the user) or redirects.
// It never throws and never takes the "unexpected error" path (the action's equivalent of a 500).
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/principal';
import { actionModules, importModule, schemaModules } from './support/discover';
import { hostileEntries, hostileString, runs } from './support/hostile';
import { isZodSchema, schemaKeys } from './support/schema-keys';
import { type FuzzWorld, makeFuzzWorld } from './support/world';
import { withoutUnexpectedErrors } from './support/no-unexpected-errors';

// The session is what a form post carries; here the signed-in user is the world's power user.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => session.user!,
  requirePageUser: async () => session.user!,
}));
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<object>()), revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

const RUNS = runs(40);
type Action = (prev: unknown, formData: FormData) => Promise<unknown>;

let world: FuzzWorld;
let keys: string[] = [];
let tried = 0;

beforeAll(async () => {
  world = await makeFuzzWorld();
  const { loadPrincipal } = await import('@/lib/auth/principal');
  const user = (await loadPrincipal(world.power.id))!;
  session.user = { ...user, teamIds: [...user.teamIds, world.team.team.id], teams: [...user.teams, { id: world.team.team.id, name: world.team.team.name }] };
  const found = new Set(['number', 'id', 'teamId', 'tokenId', 'releaseNumber', 'itemId', 'version', 'expectedVersion', 'messageId']);
  for (const file of schemaModules()) for (const value of Object.values(await importModule(file))) if (isZodSchema(value)) schemaKeys(value).forEach((key) => found.add(key));
  keys = [...found];
});

function isRedirect(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && (digest.startsWith('NEXT_REDIRECT') || digest.startsWith('NEXT_HTTP_ERROR_FALLBACK'));
}

describe('server actions under hostile forms', async () => {
  const targets: { name: string; action: Action }[] = [];
  for (const file of actionModules()) {
    for (const [name, value] of Object.entries(await importModule(file))) if (typeof value === 'function') targets.push({ name: `${file}#${name}`, action: value as Action });
  }

  it('finds the server actions (the scan works)', () => {
    expect(targets.length).toBeGreaterThan(20);
    expect(targets.map((t) => t.name)).toEqual(expect.arrayContaining([expect.stringMatching(/rollouts\/actions\.ts#resolveAction$/), expect.stringMatching(/teams\/actions\.ts#createTeamAction$/)]));
  });

  for (const { name, action } of targets) {
    it(`${name}: an ActionResult or a redirect, never a throw or an unexpected error`, async () => {
      const real = () => fc.constantFrom(String(world.rollout.number), world.team.team.id, world.release.items[0]!.id, String(world.release.number), world.report.id, '1');
      const entries = fc.tuple(hostileEntries(keys), fc.array(fc.tuple(fc.constantFrom('number', 'teamId', 'version', 'releaseNumber', 'itemId', 'id'), real()), { maxLength: 4 }), fc.option(fc.record({ name: hostileString.filter((n) => n.length < 200), size: fc.constantFrom(0, 10, 11 * 1024 * 1024) })));
      await withoutUnexpectedErrors(async () => {
        await fc.assert(
          fc.asyncProperty(entries, async ([hostile, realOnes, file]) => {
            tried++;
            const form = new FormData();
            for (const [key, value] of [...realOnes, ...hostile]) form.append(key, value);
            if (file) form.append('file', new File([new Uint8Array(file.size) as BlobPart], file.name));
            let result: unknown;
            try {
              result = await action(null, form);
            } catch (error) {
              if (isRedirect(error)) return;
              throw new Error(`${name} threw: ${(error as Error)?.message}`);
            }
            expect(result).toEqual(expect.objectContaining({ ok: expect.any(Boolean) }));
            if (!(result as { ok: boolean }).ok) expect((result as { message: string }).message.length).toBeGreaterThan(0);
          }),
          { numRuns: RUNS },
        );
      });
    });
  }

  it('counts the forms tried', () => {
    console.log(`[fuzz] actions: ${targets.length} server actions x ${RUNS} runs = ${tried} forms, 0 unexpected errors`);
    expect(tried).toBeGreaterThanOrEqual(targets.length * RUNS);
  });
});
