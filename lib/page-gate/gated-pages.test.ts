import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatedPage, PERMISSION_PAGES } from './gated-pages';

/** Every page.tsx under app/(app), with the address it serves. */
function appPages(dir = join(process.cwd(), 'app/(app)')): { path: string; source: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return appPages(full);
    if (entry.name !== 'page.tsx') return [];
    const route = relative(join(process.cwd(), 'app/(app)'), dir).split('/').filter((part) => part && !part.startsWith('('));
    return [{ path: `/${route.join('/')}`, source: readFileSync(full, 'utf8') }];
  });
}

describe('the gated pages', () => {
  it('lists exactly the pages that refuse a reader by a permission, with the permission each page checks', () => {
    const refusing = Object.fromEntries(
      appPages().flatMap(({ path, source }) => {
        const match = /if \(!can\(user, '([a-z.A-Z]+)'\)\) forbidden\(\)/.exec(source);
        return match ? [[path, match[1]]] : [];
      }),
    );
    expect(refusing).toEqual(PERMISSION_PAGES);
  });

  it('covers every page that can answer "not found" or "not allowed" (else its status would be a streamed 200)', () => {
    const refusing = appPages().filter(({ source }) => /\b(notFound|forbidden)\(\)/.test(source));
    expect(refusing.length).toBeGreaterThan(8);
    for (const { path } of refusing) {
      const sample = path.replace(/\[[^\]]+\]/g, '12');
      expect(gatedPage(sample), path).not.toBeNull();
    }
  });

  it('reads the entity a page address names, and leaves the fixed pages beside them alone', () => {
    expect(gatedPage('/rollouts/42')).toEqual({ kind: 'rollout', number: 42 });
    expect(gatedPage('/rollouts/42/')).toEqual({ kind: 'rollout', number: 42 });
    expect(gatedPage('/rollouts/abc')).toEqual({ kind: 'rollout', number: null });
    expect(gatedPage('/rollouts/1234567890')).toEqual({ kind: 'rollout', number: null });
    expect(gatedPage('/releases/7')).toEqual({ kind: 'release', number: 7 });
    expect(gatedPage('/teams/ea-PT-LIP%20Lisbon')).toEqual({ kind: 'team', name: 'ea-PT-LIP Lisbon', edit: false });
    expect(gatedPage('/teams/ea-PT-LIP-Lisbon/edit')).toEqual({ kind: 'team', name: 'ea-PT-LIP-Lisbon', edit: true });
    expect(gatedPage('/catalog/components/c1')).toEqual({ kind: 'component', id: 'c1' });
    expect(gatedPage('/admin/audit/')).toEqual({ kind: 'permission', permission: 'audit.view' });
    expect(gatedPage('/teams/new')).toEqual({ kind: 'permission', permission: 'team.create' });
    for (const path of ['/', '/rollouts', '/rollouts/invitations', '/releases/new', '/teams', '/teams/export', '/rollouts/42/extra', '/coverage']) {
      expect(gatedPage(path), path).toBeNull();
    }
  });
});
