// On every OIDC sign-in: find or create the user, and replace their identity-provider group
// memberships with what the claims say now. App-managed memberships are left alone. Unknown group
// names are ignored (and logged once each): a claim never creates a group or grants a role by itself.
import { inTransaction } from '@/lib/db/transaction';
import { recordAudit } from '@/lib/audit/record-audit';

const loggedUnknown = new Set<string>();

export interface IdpIdentity {
  subject: string;
  email: string;
  name: string;
  groupNames: string[];
}

export async function syncIdpUser(identity: IdpIdentity): Promise<{ userId: string; ignoredGroups: string[] }> {
  const email = identity.email.trim().toLowerCase();
  return inTransaction(async (tx) => {
    const existing =
      (await tx.user.findUnique({ where: { oidcSubject: identity.subject } })) ??
      (await tx.user.findUnique({ where: { email } }));
    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: { oidcSubject: identity.subject, name: identity.name || existing.name, lastLoginAt: new Date() },
        })
      : await tx.user.create({
          data: { email, name: identity.name || email, oidcSubject: identity.subject, lastLoginAt: new Date() },
        });

    const known = await tx.group.findMany({ where: { name: { in: identity.groupNames } } });
    const knownNames = new Set(known.map((group) => group.name));
    const ignoredGroups = identity.groupNames.filter((name) => !knownNames.has(name));
    for (const name of ignoredGroups) {
      if (!loggedUnknown.has(name)) {
        loggedUnknown.add(name);
        console.warn(`[auth] ignoring unknown group "${name}" from the identity provider (no such group in the app)`);
      }
    }

    const before = await tx.groupMembership.findMany({
      where: { userId: user.id, source: 'IDP' },
      include: { group: { select: { name: true } } },
    });
    const beforeNames = before.map((membership) => membership.group.name).sort();
    const afterNames = known.map((group) => group.name).sort();
    if (beforeNames.join('\n') !== afterNames.join('\n')) {
      await tx.groupMembership.deleteMany({ where: { userId: user.id, source: 'IDP' } });
      await tx.groupMembership.createMany({
        data: known.map((group) => ({ userId: user.id, groupId: group.id, source: 'IDP' as const })),
      });
      await recordAudit(
        tx,
        { id: user.id, label: user.email },
        { action: 'user.idpGroups', entityType: 'User', entityId: user.id, before: { groups: beforeNames }, after: { groups: afterNames } },
      );
    }
    if (!existing) {
      await recordAudit(tx, { id: user.id, label: user.email }, { action: 'user.create', entityType: 'User', entityId: user.id, after: { email, name: user.name, source: 'IDP' } });
    }
    return { userId: user.id, ignoredGroups };
  });
}
