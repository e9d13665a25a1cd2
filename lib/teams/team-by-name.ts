// The team a JSON API path names, or a 404 with the reason.
import 'server-only';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { safeDecodeURIComponent } from '@/lib/http/safe-decode';

export async function requireTeamByName(rawName: string): Promise<{ id: string; name: string }> {
  const name = safeDecodeURIComponent(rawName);
  const team = await db.team.findUnique({ where: { name }, select: { id: true, name: true } });
  if (!team) throw new NotFoundError(`No team named ${name}.`);
  return team;
}
