// Where things live in the app, for links in messages and feeds. One place to change if a route moves.
import { positiveInt4 } from '@/lib/validation/int4';
import { appUrl } from './enqueue-message';

export function rolloutPath(rollout: { number: number }): string {
  return `/rollouts/${rollout.number}`;
}

export function releasePath(release: { number: number }): string {
  return `/releases/${release.number}`;
}

export function teamPath(team: { name: string }): string {
  return `/teams/${encodeURIComponent(team.name)}`;
}

export function unsubscribeUrl(token: string): string {
  return appUrl(`/unsubscribe/${encodeURIComponent(token)}`);
}

/** The tag in subjects that the inbound-mail parser keys replies on. */
export function ticketTag(rolloutNumber: number): string {
  return `[staged-rollout #${rolloutNumber}]`;
}

/** The rollout number of a tagged subject ("Re: [staged-rollout #12] …" -> 12), or null. */
export function parseTicketTag(subject: string): number | null {
  const match = /\[staged-rollout #(\d+)\]/i.exec(subject);
  return match ? positiveInt4(match[1]!) : null;
}
