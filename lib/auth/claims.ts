// Group names from identity-provider claims. Two shapes are understood:
//  - Keycloak style: a `groups` claim, an array of names or paths ("/ea-PT-LIP-Lisbon");
//  - EGI Check-in style entitlements: "urn:mace:egi.eu:group:<vo>[:<group>…]:role=member#aai.egi.eu",
//    where the innermost group is the name (the VO itself when there is no sub-group).
import { safeDecodeURIComponent } from '@/lib/http/safe-decode';

const ENTITLEMENT = /^urn:mace:egi\.eu:group:([^#]+?)(?::role=([^#:]+))?(?:#.*)?$/;
const MEMBER_ROLES = new Set(['member', 'manager', 'owner', 'vm_operator', undefined]);

function fromEntitlement(value: string): string | null {
  const match = ENTITLEMENT.exec(value);
  if (!match) return null;
  const [, path, role] = match;
  if (!MEMBER_ROLES.has(role)) return null;
  const segments = path!.split(':').filter(Boolean).map(safeDecodeURIComponent);
  return segments.at(-1) ?? null;
}

function fromGroupValue(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  if (trimmed.startsWith('urn:')) return fromEntitlement(trimmed);
  const segments = trimmed.split('/').filter(Boolean);
  return segments.at(-1) ?? null;
}

/** The de-duplicated group names found in `claims[claimName]` (string or array of strings). */
export function extractGroupNames(claims: Record<string, unknown>, claimName: string): string[] {
  const raw = claims[claimName];
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : [];
  const names = new Set<string>();
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const name = fromGroupValue(value);
    if (name) names.add(name);
  }
  return [...names].sort();
}
