// The package lists of a submission, one per platform the product ships on: a platform with packages
// becomes one Product-Platform-Architecture (one child ticket). Keys are platform ids (the form) or
// "OS ARCH" / "OS/ARCH" labels (the API). Pure.
import { ValidationError } from '@/lib/errors';
import { normalizePackageList, platformLabel } from './release-format';

export interface PlatformRef {
  id: string;
  os: string;
  arch: string;
}

const PACKAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+:~@-]*$/;
const norm = (label: string) => label.trim().toLowerCase().replace(/[\s/]+/g, ' ');

export function resolvePackages<P extends PlatformRef>(
  packages: Record<string, string>,
  platforms: readonly P[],
): { platform: P; packages: string[] }[] {
  const errors: string[] = [];
  const byPlatform = new Map<string, { platform: P; packages: string[] }>();
  for (const [key, text] of Object.entries(packages)) {
    const names = normalizePackageList(text);
    if (names.length === 0) continue;
    const platform = platforms.find((p) => p.id === key || norm(platformLabel(p)) === norm(key));
    if (!platform) {
      errors.push(`This product does not ship on "${key}"; it ships on ${platforms.map(platformLabel).join(', ') || 'no platform yet'}.`);
      continue;
    }
    const invalid = names.filter((name) => !PACKAGE_NAME.test(name));
    if (invalid.length) errors.push(`${platformLabel(platform)}: not package names: ${invalid.slice(0, 5).join(', ')}.`);
    const entry = byPlatform.get(platform.id) ?? { platform, packages: [] };
    entry.packages = [...new Set([...entry.packages, ...names])];
    byPlatform.set(platform.id, entry);
  }
  if (errors.length) throw new ValidationError('Please correct the package lists.', { packages: errors });
  if (byPlatform.size === 0) {
    throw new ValidationError('Please correct the package lists.', {
      packages: ['List the packages of at least one platform: each platform with packages becomes one child ticket.'],
    });
  }
  return platforms.filter((p) => byPlatform.has(p.id)).map((p) => byPlatform.get(p.id)!);
}
