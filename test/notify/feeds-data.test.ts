// The feeds on real rows: a production release appears in the all-stacks and its stack's feed (and
// not in another stack's); rollouts in progress; a team's calendar of deadlines.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { buildAtom } from '@/lib/feeds/atom';
import { buildCalendar } from '@/lib/feeds/ical';
import { productionReleaseFeed } from '@/lib/feeds/release-feed';
import { rolloutsInProgressFeed } from '@/lib/feeds/rollout-feed';
import { buildRss } from '@/lib/feeds/rss';
import { teamDeadlineCalendar } from '@/lib/feeds/team-deadlines';
import { createRollout, createTeam, invite } from './fixtures';

describe('feed data', () => {
  it('lists a release in production in the all-stacks and the stack feed only', async () => {
    const a = await createRollout();
    const b = await createRollout();
    await db.release.update({ where: { id: a.release.id }, data: { productionAt: new Date(), releaseNotes: 'Fixes <bug> & more' } });
    await db.releaseItem.update({ where: { id: a.item.id }, data: { state: 'PRODUCTION' } });

    const all = await productionReleaseFeed({ selfPath: '/feeds/releases.rss' });
    const rss = buildRss(all!);
    expect(XMLValidator.validate(rss)).toBe(true);
    const items = [new XMLParser().parse(rss).rss.channel.item].flat();
    const mine = items.find((item: { link: string }) => item.link.endsWith(`/releases/${a.release.number}`));
    expect(mine.title).toContain(`${a.component.name} 1.8.0-1 in production`);
    // RSS descriptions are HTML: the notes come escaped once more, so a reader shows them as text.
    expect(mine.description).toContain('Fixes &lt;bug&gt; &amp; more');
    expect(mine.description).toContain(`${a.platform.os} x86_64`);

    const own = await productionReleaseFeed({ stackSlug: a.stack.slug, selfPath: '/x' });
    expect(own!.entries.map((entry) => entry.id)).toEqual([`release-${a.release.number}`]);
    const other = await productionReleaseFeed({ stackSlug: b.stack.slug, selfPath: '/x' });
    expect(other!.entries).toHaveLength(0);
    expect(XMLValidator.validate(buildAtom(other!))).toBe(true);
    expect(await productionReleaseFeed({ stackSlug: 'no-such-stack', selfPath: '/x' })).toBeNull();
  });

  it('lists rollouts in progress and not resolved ones', async () => {
    const open = await createRollout();
    const resolved = await createRollout({ status: 'RESOLVED' });
    const feed = await rolloutsInProgressFeed('/feeds/rollouts.atom');
    const ids = feed.entries.map((entry) => entry.id);
    expect(ids).toContain(`rollout-${open.rollout.number}`);
    expect(ids).not.toContain(`rollout-${resolved.rollout.number}`);
    // A rollout without a manager or teams is waiting for evidence.
    expect(feed.entries.find((entry) => entry.id === `rollout-${open.rollout.number}`)!.summary).toContain('Readiness: Waiting for evidence.');
  });

  it('says when a rollout in progress is under an auto-accept notice', async () => {
    const noticed = await createRollout();
    const quiet = await createRollout();
    await db.rollout.update({ where: { id: noticed.rollout.id }, data: { autoAcceptNoticeAt: new Date('2026-12-01T09:30:00Z') } });
    const feed = await rolloutsInProgressFeed('/feeds/rollouts.atom');
    const summary = (rollout: { number: number }) => feed.entries.find((entry) => entry.id === `rollout-${rollout.number}`)!.summary;
    expect(summary(noticed.rollout)).toContain('Auto-accept notice since 01 Dec 2026, 09:30 UTC');
    expect(summary(quiet.rollout)).not.toContain('Auto-accept');
  });

  it("builds a team's calendar of reply, exposure and report deadlines", async () => {
    const { rollout } = await createRollout();
    const other = await createRollout();
    const { team } = await createTeam({ timeZone: 'Europe/Lisbon' });
    const invited = await invite(rollout.id, team.id, { replyDueAt: new Date('2026-11-26T10:00:00Z') });
    const testing = await invite(other.rollout.id, team.id, {
      status: 'ACCEPTED',
      replyDueAt: new Date('2026-11-20T10:00:00Z'),
      exposureStart: new Date('2026-11-20T16:00:00Z'),
      exposureEnd: new Date('2026-11-27T16:00:00Z'),
    });
    const calendar = await teamDeadlineCalendar(team.name, new Date('2026-11-25T12:00:00Z'));
    const byUid = new Map(calendar!.events.map((event) => [event.uid.split('@')[0], event]));
    expect(byUid.get(`reply-${invited.id}`)?.start.toISOString()).toBe('2026-11-26T10:00:00.000Z');
    expect(byUid.get(`exposure-${testing.id}`)?.end.toISOString()).toBe('2026-11-27T16:00:00.000Z');
    expect(byUid.get(`report-${testing.id}`)?.start.toISOString()).toBe('2026-11-30T16:00:00.000Z'); // Monday
    expect(byUid.get(`reply-${testing.id}`)?.summary).toContain('answered: accepted');
    // Once the rollout is resolved, the invitation it closed leaves the calendar.
    const closedRollout = await createRollout();
    const closed = await invite(closedRollout.rollout.id, team.id, { status: 'CLOSED', replyDueAt: new Date('2026-11-24T10:00:00Z') });
    const after = await teamDeadlineCalendar(team.name, new Date('2026-11-25T12:00:00Z'));
    expect(after!.events.map((event) => event.uid.split('@')[0])).not.toContain(`reply-${closed.id}`);
    const text = buildCalendar(calendar!);
    expect(text).toContain(`X-WR-CALNAME:${team.name} staged-rollout deadlines`);
    expect(await teamDeadlineCalendar('ea-nobody-here')).toBeNull();
  });
});
