// The one place the JSON API turns a reference into a row: every team, NGI, provider, stack,
// component, platform and user named in a path or a body may be given by its id or by its natural name
// (team name, NGI code or name, provider name, stack slug or name, component name or <stack>/<name>,
// platform "OS arch", user e-mail). An unknown reference is a 404 in a path and a 400 naming the field
// in a body; a name that fits several rows is a 400 that lists them, so a script never acts on a guess.
import 'server-only';
import { db } from '@/lib/db/client';
import { equalsIgnoringCase } from '@/lib/db/like';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { safeDecodeURIComponent } from '@/lib/http/safe-decode';

/** Where the reference came from: a path segment (404 when unknown) or a body field (400 on that field). */
export type RefSource = { path: true } | { field: string };

interface Kind<T> {
  noun: string;
  /** How to name this kind without ambiguity, for the messages. */
  hint: string;
  byId(id: string): Promise<T | null>;
  byName(name: string): Promise<T[]>;
  label(row: T): string;
}

async function resolve<T>(kind: Kind<T>, raw: string, source: RefSource): Promise<T> {
  const ref = ('path' in source ? safeDecodeURIComponent(raw) : raw).trim();
  const fail = (message: string, status: 400 | 404) => {
    if ('field' in source) return new ValidationError(message, { [source.field]: [message] });
    return status === 404 ? new NotFoundError(message) : new ValidationError(message);
  };
  if (!ref) throw fail(`Name the ${kind.noun} (${kind.hint}).`, 400);
  const exact = ref.length <= 64 ? await kind.byId(ref) : null;
  if (exact) return exact;
  const named = await kind.byName(ref);
  if (named.length === 1) return named[0]!;
  if (named.length > 1) {
    throw fail(`"${ref}" names ${named.length} ${kind.noun}s (${named.map(kind.label).join(', ')}); give its id or ${kind.hint}.`, 400);
  }
  throw fail(`No ${kind.noun} "${ref}" (give its id or ${kind.hint}).`, 404);
}

const teamKind: Kind<{ id: string; name: string }> = {
  noun: 'team',
  hint: 'its name, ea-<NGI>-<Site>',
  byId: (id) => db.team.findUnique({ where: { id }, select: { id: true, name: true } }),
  byName: (name) => db.team.findMany({ where: { name: equalsIgnoringCase(name) }, select: { id: true, name: true } }),
  label: (team) => team.name,
};

const ngiKind: Kind<{ id: string; code: string; name: string }> = {
  noun: 'NGI',
  hint: 'its code, e.g. IT',
  byId: (id) => db.ngi.findUnique({ where: { id }, select: { id: true, code: true, name: true } }),
  byName: async (name) => {
    const byCode = await db.ngi.findMany({ where: { code: equalsIgnoringCase(name) }, select: { id: true, code: true, name: true } });
    return byCode.length ? byCode : db.ngi.findMany({ where: { name: equalsIgnoringCase(name) }, select: { id: true, code: true, name: true } });
  },
  label: (ngi) => `${ngi.code} ${ngi.name}`,
};

const providerKind: Kind<{ id: string; name: string }> = {
  noun: 'Technology Provider',
  hint: 'its name, e.g. EMI',
  byId: (id) => db.technologyProvider.findUnique({ where: { id }, select: { id: true, name: true } }),
  byName: (name) => db.technologyProvider.findMany({ where: { name: equalsIgnoringCase(name) }, select: { id: true, name: true } }),
  label: (provider) => provider.name,
};

const stackKind: Kind<{ id: string; slug: string; name: string }> = {
  noun: 'stack',
  hint: 'its slug or name, e.g. arc',
  byId: (id) => db.stack.findUnique({ where: { id }, select: { id: true, slug: true, name: true } }),
  byName: (name) =>
    db.stack.findMany({ where: { OR: [{ slug: equalsIgnoringCase(name) }, { name: equalsIgnoringCase(name) }] }, select: { id: true, slug: true, name: true } }),
  label: (stack) => stack.slug,
};

const componentSelect = { id: true, name: true, stackId: true, stack: { select: { slug: true } } } as const;
const componentKind: Kind<{ id: string; name: string; stackId: string; stack: { slug: string } }> = {
  noun: 'component',
  hint: 'its name, or <stack>/<name> when several stacks have one by that name',
  byId: (id) => db.component.findUnique({ where: { id }, select: componentSelect }),
  byName: async (name) => {
    const named = await db.component.findMany({ where: { name: equalsIgnoringCase(name) }, select: componentSelect, orderBy: { stack: { slug: 'asc' } } });
    const slash = name.indexOf('/');
    if (named.length || slash < 1) return named;
    const [stack, component] = [name.slice(0, slash), name.slice(slash + 1)];
    return db.component.findMany({
      where: { name: equalsIgnoringCase(component), stack: { OR: [{ slug: equalsIgnoringCase(stack) }, { name: equalsIgnoringCase(stack) }] } },
      select: componentSelect,
    });
  },
  label: (component) => `${component.stack.slug}/${component.name}`,
};

const platformKind: Kind<{ id: string; os: string; arch: string }> = {
  noun: 'platform',
  hint: '"<OS> <arch>", e.g. "SL6 x86_64"',
  byId: (id) => db.platform.findUnique({ where: { id }, select: { id: true, os: true, arch: true } }),
  byName: async (name) => {
    const [os, arch, ...rest] = name.split(/[\s/]+/);
    if (!os || !arch || rest.length) return [];
    return db.platform.findMany({ where: { os: equalsIgnoringCase(os), arch: equalsIgnoringCase(arch) }, select: { id: true, os: true, arch: true } });
  },
  label: (platform) => `${platform.os} ${platform.arch}`,
};

const userKind: Kind<{ id: string; email: string }> = {
  noun: 'user',
  hint: 'their e-mail address',
  byId: (id) => db.user.findUnique({ where: { id }, select: { id: true, email: true } }),
  byName: (email) => db.user.findMany({ where: { email: equalsIgnoringCase(email) }, select: { id: true, email: true } }),
  label: (user) => user.email,
};

export const resolveTeam = (ref: string, source: RefSource) => resolve(teamKind, ref, source);
export const resolveNgi = (ref: string, source: RefSource) => resolve(ngiKind, ref, source);
export const resolveProvider = (ref: string, source: RefSource) => resolve(providerKind, ref, source);
export const resolveStack = (ref: string, source: RefSource) => resolve(stackKind, ref, source);
export const resolveComponent = (ref: string, source: RefSource) => resolve(componentKind, ref, source);
export const resolvePlatform = (ref: string, source: RefSource) => resolve(platformKind, ref, source);
export const resolveUser = (ref: string, source: RefSource) => resolve(userKind, ref, source);

/** A list of platform references (a component's platforms), each resolved; the field names the bad one. */
export async function resolvePlatforms(refs: readonly string[], field: string): Promise<string[]> {
  const ids: string[] = [];
  for (const ref of refs) ids.push((await resolvePlatform(ref, { field })).id);
  return ids;
}

export const PATH: RefSource = { path: true };
