// Links to the public feeds: all production releases, one stack's, rollouts in progress, or a
// team's deadline calendar. Drop it on any page: <FeedLinks stackSlug="arc" /> or <FeedLinks team="ea-IT-INFN" />.
interface Props {
  /** Show the feeds of one stack's releases. */
  stackSlug?: string;
  stackName?: string;
  /** Show the iCalendar feed of a team's deadlines. */
  team?: string;
  /** Only the given links (e.g. just the team calendar on a team page). */
  only?: 'stack' | 'team';
}

function FeedLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <li>
      <a href={href} className="inline-flex items-center gap-1 text-brand-700 underline" type={href.endsWith('.ics') ? 'text/calendar' : undefined}>
        <span aria-hidden="true" className="text-orange-600">
          ◉
        </span>
        {children}
      </a>
    </li>
  );
}

export function FeedLinks({ stackSlug, stackName, team, only }: Props) {
  return (
    <ul className="space-y-1 text-sm" aria-label="Feeds">
      {!only && (
        <>
          <FeedLink href="/feeds/releases.rss">Production releases (RSS)</FeedLink>
          <FeedLink href="/feeds/releases.atom">Production releases (Atom)</FeedLink>
          <FeedLink href="/feeds/rollouts.rss">Staged rollouts in progress (RSS)</FeedLink>
          <FeedLink href="/feeds/rollouts.atom">Staged rollouts in progress (Atom)</FeedLink>
        </>
      )}
      {stackSlug && only !== 'team' && (
        <>
          <FeedLink href={`/feeds/releases/${encodeURIComponent(stackSlug)}.rss`}>{stackName ?? stackSlug} releases (RSS)</FeedLink>
          <FeedLink href={`/feeds/releases/${encodeURIComponent(stackSlug)}.atom`}>{stackName ?? stackSlug} releases (Atom)</FeedLink>
        </>
      )}
      {team && only !== 'stack' && <FeedLink href={`/feeds/teams/${encodeURIComponent(team)}.ics`}>{team} deadlines (iCalendar)</FeedLink>}
    </ul>
  );
}

/** <link rel="alternate"> tags for a page's metadata: `alternates: { types: feedAlternates() }`. */
export function feedAlternates(): Record<string, { url: string; title: string }[]> {
  return {
    'application/rss+xml': [
      { url: '/feeds/releases.rss', title: 'Production releases' },
      { url: '/feeds/rollouts.rss', title: 'Staged rollouts in progress' },
    ],
    'application/atom+xml': [
      { url: '/feeds/releases.atom', title: 'Production releases' },
      { url: '/feeds/rollouts.atom', title: 'Staged rollouts in progress' },
    ],
  };
}
