// Pure check of an endpoint's HOST_OS / HOST_ARCH (free text in GOCDB: "SL5", "Scientific Linux 6",
// "64 bit", "x86_64") against a committed platform (OS and arch as the catalogue writes them). A hint
// only: unknown or empty GOCDB values never count as a mismatch.
const ARCH_ALIASES: Record<string, string> = { x8664: 'x86_64', amd64: 'x86_64', '64bit': 'x86_64', x64: 'x86_64', i386: 'i386', i686: 'i386', x86: 'i386', '32bit': 'i386' };
const OS_NAMES: Record<string, string> = { scientificlinux: 'sl', sl: 'sl', slc: 'sl', rhel: 'el', el: 'el', redhatenterpriselinux: 'el', redhat: 'el', centos: 'centos', debian: 'debian' };

function squash(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function normalizeArch(value: string): string {
  const key = squash(value);
  return ARCH_ALIASES[key] ?? key;
}

/** "Scientific Linux 5.7" and "SL5" are both sl5: the distribution's short name and its major version. */
export function normalizeOs(value: string): string {
  const match = /^\s*([A-Za-z][A-Za-z ]*?)\s*(\d+)/.exec(value);
  if (!match) return squash(value);
  const name = squash(match[1]!);
  return `${OS_NAMES[name] ?? name}${Number(match[2])}`;
}

export interface PlatformMismatch {
  os: boolean;
  arch: boolean;
}

/** Which parts differ, or null when the endpoint matches (or GOCDB says nothing). */
export function platformMismatch(platform: { os: string; arch: string }, endpoint: { hostOs: string; hostArch: string }): PlatformMismatch | null {
  const os = endpoint.hostOs.trim() !== '' && normalizeOs(endpoint.hostOs) !== normalizeOs(platform.os);
  const arch = endpoint.hostArch.trim() !== '' && normalizeArch(endpoint.hostArch) !== normalizeArch(platform.arch);
  return os || arch ? { os, arch } : null;
}
