// A large, deterministic data set for benchmarks: thousands of teams, a thousand components, tens of
// thousands of commitments, plus rollouts the teams took part in. Bulk inserts (createMany in chunks)
// so 20,000 commitments take seconds. Every name carries a prefix, so it can sit next to demo data.
//
//   const summary = await seedLargeDataset(db, { teams: 2000, components: 1000, platforms: 20, commitments: 20000 });
//   const { db, url } = await openLargeDataset(serverUrl); // a reusable, migrated, seeded bench database
import { teamName } from '../../lib/auth/group-names';
import type { Db } from '../../lib/db/client';
import type { Capability, ParticipationStatus } from '../../lib/generated/prisma/enums';

export interface LargeDatasetSizes {
  teams: number;
  components: number;
  platforms: number;
  commitments: number;
  /** Staged-rollout tickets (each with ~10 participating teams). */
  rollouts?: number;
  /** Prefix of every generated name (NGI codes, stacks, components); change it to seed twice. */
  prefix?: string;
}

export const LARGE_DEFAULTS: Required<LargeDatasetSizes> = {
  teams: 2000,
  components: 1000,
  platforms: 20,
  commitments: 20000,
  rollouts: 500,
  prefix: 'BX',
};

export interface LargeDatasetSummary extends Required<LargeDatasetSizes> {
  ngis: number;
  stacks: number;
  users: number;
  participations: number;
  ms: number;
}

const CAPABILITIES: Capability[] = ['INFORMATION', 'COMPUTE', 'STORAGE', 'DATA', 'INSTRUMENTATION', 'SECURITY', 'VIRTUALIZATION', 'OPERATIONS', 'CLIENT'];
const OSES = ['SL5', 'SL6', 'SL7', 'Debian6', 'Debian7', 'Ubuntu10', 'Ubuntu12', 'CentOS6', 'RHEL6', 'SUSE11'];
const ARCHES = ['x86_64', 'i386', 'aarch64', 'ppc64'];
const STATUSES: ParticipationStatus[] = ['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'VOLUNTEERED', 'DECLINED', 'INVITED', 'WITHDRAWN'];

/** mulberry32: a tiny seeded PRNG, so every run builds the same data set. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 4) => String(n).padStart(width, '0');

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 2000): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function seedLargeDataset(db: Db, sizes: LargeDatasetSizes): Promise<LargeDatasetSummary> {
  const started = Date.now();
  const opts = { ...LARGE_DEFAULTS, ...sizes };
  const p = opts.prefix;
  const lower = p.toLowerCase();
  const random = rng(20110430);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

  // Catalogue: 3 providers, 10 stacks, platforms, components each shipping on 2-6 platforms.
  const providers = ['EMI', 'IGE', 'EGI'].map((name, i) => ({ id: `${lower}_prov_${i}`, name: `${p} ${name}`, external: i < 2 }));
  await db.technologyProvider.createMany({ data: providers });
  const stacks = Array.from({ length: 10 }, (_, i) => ({
    id: `${lower}_stack_${i}`,
    slug: `${lower}-stack-${i}`,
    name: `${p} Stack ${i}`,
    providerId: providers[i % providers.length]!.id,
  }));
  await db.stack.createMany({ data: stacks });
  const platforms = Array.from({ length: opts.platforms }, (_, i) => ({
    id: `${lower}_plat_${i}`,
    os: `${OSES[i % OSES.length]}${i >= OSES.length * ARCHES.length ? `-${p}${i}` : ''}`,
    arch: ARCHES[Math.floor(i / OSES.length) % ARCHES.length]!,
  }));
  // Platforms are global (os, arch) pairs; keep the ones that already exist.
  await db.platform.createMany({ data: platforms, skipDuplicates: true });
  const existing = await db.platform.findMany({ where: { OR: platforms.map(({ os, arch }) => ({ os, arch })) }, select: { id: true } });
  const platformIds = existing.map((row) => row.id);

  const components = Array.from({ length: opts.components }, (_, i) => ({
    id: `${lower}_comp_${pad(i)}`,
    stackId: stacks[i % stacks.length]!.id,
    name: `${p}-component-${pad(i)}`,
    capability: CAPABILITIES[i % CAPABILITIES.length]!,
    retiredAt: i % 50 === 49 ? new Date('2011-01-01T00:00:00Z') : null,
  }));
  await insertChunked(components, (data) => db.component.createMany({ data }));
  const shipsOn = new Map<string, string[]>();
  const componentPlatforms: { componentId: string; platformId: string }[] = [];
  for (const component of components) {
    const count = 2 + Math.floor(random() * Math.min(5, platformIds.length - 1));
    const chosen = new Set<string>();
    while (chosen.size < Math.min(count, platformIds.length)) chosen.add(pick(platformIds));
    shipsOn.set(component.id, [...chosen]);
    for (const platformId of chosen) componentPlatforms.push({ componentId: component.id, platformId });
  }
  await insertChunked(componentPlatforms, (data) => db.componentPlatform.createMany({ data }));

  // Teams: ~50 teams per NGI, each with its site, group, two members and one or two contacts.
  const ngiCount = Math.max(1, Math.ceil(opts.teams / 50));
  const ngis = Array.from({ length: ngiCount }, (_, i) => ({ id: `${lower}_ngi_${i}`, code: `${p}${pad(i, 2)}`, name: `${p} Grid Initiative ${i}` }));
  await db.ngi.createMany({ data: ngis });
  const teams: { id: string; name: string; siteId: string; createdAt: Date }[] = [];
  const sites: { id: string; ngiId: string; name: string }[] = [];
  for (let i = 0; i < opts.teams; i++) {
    const ngi = ngis[i % ngiCount]!;
    const site = { id: `${lower}_site_${pad(i)}`, ngiId: ngi.id, name: `${p}-SITE-${pad(i)}` };
    sites.push(site);
    teams.push({ id: `${lower}_team_${pad(i)}`, name: teamName(ngi.code, site.name), siteId: site.id, createdAt: new Date(Date.UTC(2010, 0, 1) + i * 3_600_000) });
  }
  await insertChunked(sites, (data) => db.site.createMany({ data }));
  await insertChunked(teams, (data) => db.team.createMany({ data }));
  await insertChunked(
    teams.map((team) => ({ id: `${team.id}_g`, name: team.name, kind: 'TEAM' as const, teamId: team.id })),
    (data) => db.group.createMany({ data }),
  );
  const users = teams.flatMap((team, i) =>
    [0, 1].map((n) => ({ id: `${team.id}_u${n}`, email: `member${n}.${pad(i)}@${lower}-site-${pad(i)}.bench.local`, name: `Member ${n} of ${team.name}` })),
  );
  await insertChunked(users, (data) => db.user.createMany({ data }));
  await insertChunked(
    users.map((user, i) => ({ userId: user.id, groupId: `${teams[Math.floor(i / 2)]!.id}_g`, source: i % 2 ? ('APP' as const) : ('IDP' as const) })),
    (data) => db.groupMembership.createMany({ data }),
  );
  await insertChunked(
    teams.flatMap((team, i) => Array.from({ length: 1 + (i % 2) }, (_, n) => ({ teamId: team.id, email: `${n ? 'ops' : 'ea'}@${lower}-site-${pad(i)}.bench.local` }))),
    (data) => db.teamContact.createMany({ data }),
  );

  // Commitments: distinct (team, component, platform) with the platform one the component ships on.
  const live = components.filter((component) => !component.retiredAt);
  const seen = new Set<string>();
  const commitments: { teamId: string; componentId: string; platformId: string }[] = [];
  const maxPossible = teams.length * live.length;
  while (commitments.length < Math.min(opts.commitments, maxPossible)) {
    const team = pick(teams);
    const component = pick(live);
    const platformId = pick(shipsOn.get(component.id)!);
    const key = `${team.id}|${component.id}|${platformId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    commitments.push({ teamId: team.id, componentId: component.id, platformId });
  }
  await insertChunked(commitments, (data) => db.commitment.createMany({ data }));

  // Rollouts: one release item each, resolved or open, with about ten teams invited.
  const releases = Array.from({ length: opts.rollouts }, (_, i) => {
    const component = live[i % live.length]!;
    return { id: `${lower}_rel_${pad(i)}`, stackId: component.stackId, componentId: component.id, umdMajor: 'UMD-1', productVersion: `1.${i}.0-1`, type: 'MINOR' as const };
  });
  await insertChunked(releases, (data) => db.release.createMany({ data }));
  // One in five still open; the others resolved as the app resolves them (outcome, date, Document, the item
  // in production), so the load bench's invariants hold on this data set too.
  const isOpen = (i: number) => i % 5 === 0;
  const resolvedAt = new Date(Date.UTC(2011, 0, 1));
  const items = releases.map((release, i) => ({ id: `${release.id}_i`, releaseId: release.id, platformId: shipsOn.get(release.componentId)![0]!, state: isOpen(i) ? ('STAGED_ROLLOUT' as const) : ('PRODUCTION' as const) }));
  await insertChunked(items, (data) => db.releaseItem.createMany({ data }));
  const rollouts = items.map((item, i) => ({
    id: `${item.id}_r`,
    releaseItemId: item.id,
    title: `Staged Rollout ${p} ${releases[i]!.productVersion}`,
    ...(isOpen(i) ? { status: 'OPEN' as const } : { status: 'RESOLVED' as const, outcome: 'ACCEPT' as const, resolvedAt }),
  }));
  await insertChunked(rollouts, (data) => db.rollout.createMany({ data }));
  const documents = rollouts
    .filter((rollout) => rollout.status === 'RESOLVED')
    .map((rollout) => ({ rolloutId: rollout.id, description: rollout.title, summaryFileName: `summary-${rollout.id}.txt`, summary: 'Accepted: no issue found.', createdAt: resolvedAt }));
  await insertChunked(documents, (data) => db.document.createMany({ data }));
  // An answered invitation carries the date of its answer, as the app writes it (the load bench's invariants).
  const repliedAt = new Date(Date.UTC(2010, 11, 1));
  const answered = new Set<ParticipationStatus>(['ACCEPTED', 'DECLINED']);
  const participations: { rolloutId: string; teamId: string; status: ParticipationStatus; repliedAt: Date | null }[] = [];
  for (const item of items) {
    const chosen = new Set<string>();
    while (chosen.size < Math.min(10, teams.length)) chosen.add(pick(teams).id);
    for (const teamId of chosen) {
      const status = pick(STATUSES);
      participations.push({ rolloutId: `${item.id}_r`, teamId, status, repliedAt: answered.has(status) ? repliedAt : null });
    }
  }
  await insertChunked(participations, (data) => db.participation.createMany({ data }));

  return {
    ...opts,
    commitments: commitments.length,
    ngis: ngis.length,
    stacks: stacks.length,
    users: users.length,
    participations: participations.length,
    ms: Date.now() - started,
  };
}

/**
 * A PostgreSQL database on the server of `serverUrl` holding the large data set: created, migrated and
 * seeded on first use, reused afterwards (a Setting row records the sizes it was seeded with; other
 * sizes re-create it). Points the app's `db` (and DATABASE_URL) at it, so lib/ functions query it.
 */
export async function openLargeDataset(serverUrl: string, sizes: Partial<LargeDatasetSizes> = {}): Promise<{ url: string; db: Db; summary: LargeDatasetSummary; reused: boolean }> {
  const { connectAdmin, urlForDatabase } = await import('../../test/support/test-databases');
  const { applyMigrations } = await import('../../lib/db/migrations/apply-migrations');
  const { openSqlConnection } = await import('../../lib/db/sql-connection');
  const { disconnectDb, db } = await import('../../lib/db/client');
  const opts = { ...LARGE_DEFAULTS, ...sizes };
  const name = `ea_bench_large_${opts.prefix.toLowerCase()}`;
  const marker = `bench.large.${opts.prefix}`;
  const wanted = JSON.stringify([opts.teams, opts.components, opts.platforms, opts.commitments, opts.rollouts]);
  const url = urlForDatabase(serverUrl, name);

  const admin = await connectAdmin(serverUrl);
  try {
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
    let current: string | undefined;
    if (exists) {
      const conn = await openSqlConnection({ kind: 'postgres', url, display: name });
      try {
        const rows = await conn.query<{ value: unknown }>(`SELECT value FROM "Setting" WHERE key = $1`, [marker]).catch(() => []);
        current = rows[0] ? JSON.stringify((rows[0].value as { sizes?: unknown }).sizes) : undefined;
      } finally {
        await conn.close();
      }
      if (current !== wanted) await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    }
    if (!exists || current !== wanted) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }

  const conn = await openSqlConnection({ kind: 'postgres', url, display: name });
  try {
    await applyMigrations(conn);
  } finally {
    await conn.close();
  }
  await disconnectDb();
  process.env.DATABASE_URL = url;
  const found = await db.setting.findUnique({ where: { key: marker } });
  if (found) return { url, db, summary: (found.value as unknown as { summary: LargeDatasetSummary }).summary, reused: true };
  const summary = await seedLargeDataset(db, opts);
  await db.$executeRawUnsafe('ANALYZE');
  await db.setting.create({ data: { key: marker, value: { sizes: JSON.parse(wanted), summary } as object } });
  return { url, db, summary, reused: false };
}
