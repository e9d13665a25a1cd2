'use client';
// One gap of the coordinator's list: why it is urgent (rollout in progress, release expected), how
// short it is, and per short platform the teams that could be asked, with their contacts. A client
// component on purpose, like the matrix: the page's RSC payload then carries each gap's data once instead
// of its element tree (classes, mail links) beside the same HTML; 20 cards were 290 KB of payload.
import Link from 'next/link';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { platformLabel } from '@/lib/coverage/coverage-json';
import { GAP_TIER_LABELS, type GapEntry, type GapPlatform, type GapTier } from '@/lib/coverage/rank-gaps';
import { LevelIcon } from './level-icon';
import { LEVEL_CELL_CLASS, teamsText } from './level-style';

const TIER_TONE: Record<GapTier, BadgeTone> = { rolloutInProgress: 'danger', releaseExpected: 'warning', noTeam: 'danger', belowTarget: 'warning' };

function askAllHref(gap: GapEntry, platform: GapPlatform, target: number): string | null {
  const emails = [...new Set(platform.candidates.flatMap((team) => team.contacts.map((c) => c.email)))];
  if (emails.length === 0) return null;
  const where = platformLabel(platform.platform);
  const subject = `Early Adopter teams wanted: ${gap.stack.name} ${gap.name} on ${where}`;
  const body = [
    'Dear colleagues,',
    '',
    `${gap.stack.name} ${gap.name} has ${teamsText(platform.teams)} committed to its staged rollout on ${where}; the target is ${target}.`,
    `Your team already tests ${gap.stack.name} components on ${where}. Would you commit to ${gap.name} too? You can add the commitment on your team's page in the Early Adopters application.`,
    '',
    'Thank you,',
  ].join('\n');
  return `mailto:${emails.map(encodeURIComponent).join(',')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

function PlatformGap({ gap, platform, target }: { gap: GapEntry; platform: GapPlatform; target: number }) {
  const ask = askAllHref(gap, platform, target);
  return (
    <li className="py-2">
      <div className="flex flex-wrap items-center gap-2">
        <span className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium ${LEVEL_CELL_CLASS[platform.level]}`}>
          <LevelIcon level={platform.level} />
          {teamsText(platform.teams)}
        </span>
        <span className="font-medium">{platformLabel(platform.platform)}</span>
        {ask && (
          <a href={ask} className="text-xs text-brand-700 underline">
            E-mail these teams
          </a>
        )}
      </div>
      {platform.candidates.length === 0 ? (
        <p className="mt-1 text-xs text-slate-600">No other team tests {gap.stack.name} on this platform: ask the stack&rsquo;s mailing list for volunteers.</p>
      ) : (
        <ul className="mt-1 space-y-0.5 text-sm" aria-label={`Teams that could be asked for ${platformLabel(platform.platform)}`}>
          {platform.candidates.map((team) => (
            <li key={team.teamId} className="flex flex-wrap gap-x-2">
              <Link href={`/teams/${encodeURIComponent(team.name)}`} className="text-brand-700 underline">
                {team.name}
              </Link>
              <span className="text-xs text-slate-500">
                tests {team.sameStackCommitments} {gap.stack.name} {team.sameStackCommitments === 1 ? 'component' : 'components'} here
              </span>
              {team.contacts.map((contact) => (
                <a key={contact.email} href={`mailto:${contact.email}`} className="text-xs text-slate-700 underline">
                  {contact.email}
                </a>
              ))}
            </li>
          ))}
          {platform.moreCandidates > 0 && <li className="text-xs text-slate-500">and {platform.moreCandidates} more teams (see the CSV)</li>}
        </ul>
      )}
    </li>
  );
}

export function GapCard({ gap, rank, target }: { gap: GapEntry; rank: number; target: number }) {
  return (
    <li id={`gap-${gap.componentId}`} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-semibold text-slate-900">
          <span className="text-slate-500">{rank}.</span> {gap.name}{' '}
          <span className="ml-1 text-sm font-normal text-slate-600">
            {gap.stack.name} · <span className="capitalize">{gap.capability.toLowerCase()}</span>
          </span>
        </h3>
        <Badge tone={TIER_TONE[gap.tier]}>{GAP_TIER_LABELS[gap.tier]}</Badge>
      </div>
      <p className="mt-1 flex items-center gap-1.5 text-sm text-slate-700">
        <LevelIcon level={gap.level} />
        {teamsText(gap.total)} over all platforms, target {target}
      </p>
      {(gap.rollouts.length > 0 || gap.releases.length > 0) && (
        <ul className="mt-1 text-sm">
          {gap.rollouts.map((r) => (
            <li key={`r${r.number}`}>
              <Link href={`/rollouts/${r.number}`} className="text-brand-700 underline">
                Rollout #{r.number}
              </Link>{' '}
              {r.title} ({r.status === 'NEW' ? 'awaiting a manager' : 'in progress'})
            </li>
          ))}
          {gap.releases.map((r) => (
            <li key={`v${r.number}`}>
              <Link href={`/releases/${r.number}`} className="text-brand-700 underline">
                Release #{r.number}
              </Link>{' '}
              {r.umdMajor} {r.productVersion} in verification: staged rollout soon
            </li>
          ))}
        </ul>
      )}
      {gap.platforms.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No platform is recorded for this component in the catalogue.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100 border-t border-slate-100">
          {gap.platforms.map((platform) => (
            <PlatformGap key={platform.platform.id} gap={gap} platform={platform} target={target} />
          ))}
        </ul>
      )}
    </li>
  );
}
