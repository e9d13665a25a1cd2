// Fault (b): the SMTP server is down when the outbox worker (lib/notify) delivers. Mail stays queued
// (PENDING, attempts counted, lastError saying why, next attempt backed off), nothing is lost; once
// the server is back at the same address, the next round after the backoff sends each message once.
import { verdict } from './support/report';
import { makeFaultWorld } from './support/world';

const FAULT = 'smtp down';

export async function run(): Promise<void> {
  const world = await makeFaultWorld('smtp', { teams: 4, replyRollouts: 0, findingRollouts: 0, inviteRollouts: 1, resolveRollouts: 0, coordinatorTokens: 1 }, false);
  const { startSmtpServer } = await import('../../test/support/smtp-server');
  const { db } = await import('../../lib/db/client');
  const { loadPrincipal } = await import('../../lib/auth/principal');
  const { inviteTeams } = await import('../../lib/rollout/invite-teams');
  const { runOutboxOnce, runOutboxUntilIdle } = await import('../../lib/notify/outbox-worker');
  let smtp = await startSmtpServer();
  const port = smtp.port;
  await smtp.stop(); // down: nothing listens at the configured address
  try {
    const rollout = await db.rollout.findUniqueOrThrow({ where: { number: world.fixtures.invite[0]! }, select: { ownerId: true } });
    const manager = (await loadPrincipal(rollout.ownerId!))!;
    await inviteTeams(manager, world.fixtures.invite[0]!, { teamIds: world.fixtures.teams.map((t) => t.id), template: 'Dear {{team}}, please test this release; reply by {{replyDue}}.' });
    const queued = await db.outboxMessage.count({ where: { status: 'PENDING' } });
    const mail = { smtpUrl: `smtp://127.0.0.1:${port}`, display: `127.0.0.1:${port}`, from: 'ea-noreply@bench.local' };

    const down = await runOutboxOnce({ mail });
    const rows = await db.outboxMessage.findMany({ select: { status: true, attempts: true, lastError: true, nextAttemptAt: true, sentAt: true } });
    verdict(FAULT, `a transition queued its mail (${queued} messages)`, queued >= world.fixtures.teams.length);
    verdict(
      FAULT,
      'server down: every message stays PENDING with attempts 1, lastError and a later next attempt; none sent',
      down.sent === 0 && rows.every((r) => r.status === 'PENDING' && r.attempts === 1 && !!r.lastError && r.nextAttemptAt > new Date() && !r.sentAt),
      `claimed ${down.claimed}, retried ${down.retried}; lastError "${rows[0]?.lastError?.slice(0, 80)}"`,
    );
    const again = await runOutboxOnce({ mail });
    verdict(FAULT, 'the backoff is honoured (an immediate second round claims nothing)', again.claimed === 0);

    smtp = await startSmtpServer({ port });
    const later = () => new Date(Date.now() + 31 * 60_000);
    const back = await runOutboxUntilIdle({ mail, now: later });
    const sent = await db.outboxMessage.findMany({ select: { status: true, sentAt: true, lastError: true, subject: true } });
    verdict(FAULT, 'server back: every message sent after the backoff, lastError cleared', back.sent === queued && sent.every((r) => r.status === 'SENT' && r.sentAt && r.lastError === null), `sent ${back.sent} of ${queued}`);
    const subjects = smtp.messages.map((m) => m.subject).sort();
    verdict(FAULT, 'each message reached the server exactly once', smtp.messages.length === queued && subjects.join('\n') === sent.map((r) => r.subject).sort().join('\n'), `${smtp.messages.length} received`);
    const idle = await runOutboxUntilIdle({ mail, now: later });
    verdict(FAULT, 'nothing is sent twice on later rounds', idle.claimed === 0 && smtp.messages.length === queued);
  } finally {
    await smtp.stop().catch(() => {});
    await world.close();
  }
}
