// The team a JSON API path names (by name or id, through lib/api/resolve-ref.ts), or a 404 with the reason.
import 'server-only';
import { PATH, resolveTeam } from '@/lib/api/resolve-ref';

export async function requireTeamByName(rawName: string): Promise<{ id: string; name: string }> {
  return resolveTeam(rawName, PATH);
}
