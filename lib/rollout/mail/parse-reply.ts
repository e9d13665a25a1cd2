// Reads an Early Adopter team's e-mail reply (document section 2.3 step 6: `<accept|reject>
// <NGI>-<Site-name>` within 1 working day): the answer, the team and the rollout it is about. Pure.
import { positiveInt4 } from '@/lib/validation/int4';
import { TEAM_GROUP_PREFIX } from '@/lib/auth/group-names';

export type ReplyAnswer = 'accept' | 'reject';

export interface ReplyCommand {
  answer: ReplyAnswer;
  /** `<NGI>-<Site>` as written, e.g. `PT-LIP-Lisbon`. */
  teamKey: string;
  /** The team's group name, e.g. `ea-PT-LIP-Lisbon` (compare case-insensitively). */
  teamName: string;
  /** The line it was read from, for the audit trail. */
  line: string;
}

const COMMAND = /^(accept|reject)\s+(\S+-\S+)/i;

/** Where the quoted original starts in common mail clients: nothing after it is the sender's own text. */
const QUOTE_HEADERS = [
  /^-- ?$/, // signature delimiter
  /^-{2,}\s*(original message|forwarded message|mensagem original|messaggio originale|message d'origine)\s*-{2,}/i,
  /^_{10,}\s*$/, // Outlook's rule above the quoted header block
  /^on\s.+wrote:\s*$/i,
  /^(le|am|il|el|em)\s.+(a écrit|schrieb|ha scritto|escribió|escreveu).*:\s*$/i,
  /^(from|von|de|da):\s.+$/i, // a quoted header block without a rule
  /^sent from my /i,
];

function isQuoteStart(line: string, next: string | undefined): boolean {
  // "On <date>, <name> <addr>" whose "wrote:" wrapped to the next line.
  if (/^on\s.{10,}$/i.test(line) && !/wrote:\s*$/i.test(line)) return !!next && /wrote:\s*$/i.test(next.trim());
  return QUOTE_HEADERS.some((pattern) => pattern.test(line));
}

/** Strips a leading `ea-` (people write the group name too) and trailing punctuation. */
export function normaliseTeamKey(raw: string): string {
  const key = raw.replace(/[.,;:!?)\]}>"'`*]+$/, '').replace(/^[("'`*<[]+/, '');
  return key.toLowerCase().startsWith(TEAM_GROUP_PREFIX) ? key.slice(TEAM_GROUP_PREFIX.length) : key;
}

/** The first command line of the sender's own text; quoted lines and everything after the quote header are ignored. */
export function findReplyCommand(text: string): ReplyCommand | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.startsWith('>')) continue;
    if (isQuoteStart(line, lines[i + 1])) break;
    const match = COMMAND.exec(line);
    if (!match) continue;
    const teamKey = normaliseTeamKey(match[2]!);
    if (!/^\S+-\S+$/.test(teamKey)) continue;
    return { answer: match[1]!.toLowerCase() as ReplyAnswer, teamKey, teamName: `${TEAM_GROUP_PREFIX}${teamKey}`, line };
  }
  return null;
}

/** The rollout number of the subject's ticket tag (lib/notify/links.ts ticketTag), kept through "Re:"/"AW:"/"Fwd:". */
export function rolloutNumberFromSubject(subject: string): number | null {
  const match = /\[staged-rollout\s*#\s*(\d+)\]/i.exec(subject);
  return match ? positiveInt4(match[1]!) : null;
}

/** The message ids of In-Reply-To and References, newest first (References lists oldest first). */
export function referencedMessageIds(inReplyTo: string, references: string): string[] {
  const ids = (value: string) => [...value.matchAll(/<([^<>\s]+)>/g)].map((match) => match[1]!);
  return [...new Set([...ids(inReplyTo), ...ids(references).reverse()])];
}

/**
 * What our own message ids say (lib/notify/compose-mail.ts): `outbox.<outbox id>@…` is one sent
 * message, `rollout.<rollout id>@…` the thread root of a rollout.
 */
export function threadReferences(ids: readonly string[]): { outboxIds: string[]; rolloutIds: string[] } {
  const outboxIds: string[] = [];
  const rolloutIds: string[] = [];
  for (const id of ids) {
    const match = /^(outbox|rollout)\.([A-Za-z0-9_-]+)@/.exec(id);
    if (match) (match[1] === 'outbox' ? outboxIds : rolloutIds).push(match[2]!);
  }
  return { outboxIds, rolloutIds };
}

/** The bare address of a From header: `"Maria" <maria@lip.pt>` -> `maria@lip.pt`. */
export function senderAddress(from: string): string | null {
  const angle = /<([^<>\s]+@[^<>\s]+)>/.exec(from);
  const bare = angle?.[1] ?? /([^\s<>"(),;:]+@[^\s<>"(),;:]+)/.exec(from)?.[1];
  return bare ? bare.toLowerCase() : null;
}
