// The part of a reader that decides what an embargo hides (lib/embargo/visibility.ts), as a cache key:
// every admin and coordinator sees everything, so they share one key; anybody else is keyed by exactly
// what the visibility rules read (their id, teams and managed stacks), never by name, e-mail or session.
// Cached list functions take this instead of the signed-in user, so results are shared where the rules
// allow and never shown to a reader who would see less.
import { seesAllEmbargoed, type Viewer } from '@/lib/embargo/visibility';

const SEES_ALL: NonNullable<Viewer> = { id: '*', roles: ['coordinator'], teamIds: [], managedStackIds: [] };

export function shareableViewer(viewer: Viewer): Viewer {
  if (!viewer) return null;
  if (seesAllEmbargoed(viewer)) return SEES_ALL;
  return { id: viewer.id, roles: [], teamIds: [...viewer.teamIds].sort(), managedStackIds: [...viewer.managedStackIds].sort() };
}
