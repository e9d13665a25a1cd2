// The README's scripted-usage example, run as written: the bash block between the api-example markers
// is executed with bash and curl against every /api/v1 route handler served over real HTTP on
// 127.0.0.1, with an admin's real token; then the team it made is checked in the database.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMINS_GROUP } from '@/lib/auth/group-names';
import { db } from '@/lib/db/client';
import { createComponent, ensureNgi, uniqueLetters, uniqueTag } from '@/lib/seed/factories';
import { userWithToken } from '@/test/support/api-call';
import { type RouteServer, serveRoutes } from '@/test/support/route-server';
import { runProcess } from '@/test/support/run-script';

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const ROUTES = import.meta.glob<Record<string, Handler>>('/app/api/v1/**/route.ts', { eager: true });

const README = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const EXAMPLE = /<!-- api-example:start -->\s*```bash\n([\s\S]*?)```\s*<!-- api-example:end -->/.exec(README)?.[1] ?? '';

let server: RouteServer;

beforeAll(async () => {
  const routes = Object.fromEntries(
    Object.entries(ROUTES)
      .filter(([file]) => !file.includes('[...path]'))
      .map(([file, module]) => [file.replace(/^\/app/, '').replace(/\/route\.ts$/, '').replace(/\[(\w+)\]/g, '{$1}'), module]),
  );
  server = await serveRoutes(routes);
});

afterAll(() => server?.stop());

describe("the README's API example", () => {
  it('is in the README', () => {
    expect(EXAMPLE).toMatch(/curl .*\$API\/teams"/);
  });

  it('runs as written and leaves the team it describes', async () => {
    const admin = await userWithToken({ groups: [ADMINS_GROUP] });
    const ngi = `R${uniqueLetters(5)}`;
    await ensureNgi(db, { code: ngi, name: `Readme ${ngi}` });
    const component = `README-CE-${uniqueTag()}`;
    await createComponent(db, { name: component, platforms: ['SL5 x86_64'] });
    const site = `LIP-${uniqueTag()}`;

    const run = await runProcess('bash', ['-c', EXAMPLE], { env: { EA_URL: server.url, EA_TOKEN: admin.token, NGI: ngi, SITE: site, COMPONENT: component } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const team = `ea-${ngi}-${site}`;
    expect(run.stdout).toContain(`${team} ready`);
    expect(JSON.parse(run.stdout.split('\n')[0]!)).toMatchObject({ id: expect.any(String), label: expect.stringContaining(component) });

    const stored = await db.team.findUniqueOrThrow({
      where: { name: team },
      include: { site: true, commitments: { include: { component: true, platform: true } }, group: { include: { memberships: { include: { user: true } } } } },
    });
    expect(stored).toMatchObject({ description: 'Tier-2: CREAM and DPM', version: 2, site: { timeZone: 'Europe/Lisbon' } });
    expect(stored.commitments.map((c) => `${c.component.name} ${c.platform.os} ${c.platform.arch}`)).toEqual([`${component} SL5 x86_64`]);
    expect(stored.group?.memberships.map((m) => m.user.email)).toEqual(['alice@lip.example']);
  });
});
