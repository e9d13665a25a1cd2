// The team a JSON API path names, or a 404 with the reason.
import 'server-only';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';

export async function requireTeamByName(rawName: string): Promise<{ id: string; name: string }> {
  const name = decodeURIComponent(rawName);
  const team = await db.team.findUnique({ where: { name }, select: { id: true, name: true } });
  if (!team) throw new NotFoundError(`No team named ${name}.`);
  return team;
}
