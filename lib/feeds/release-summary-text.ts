// The text of one production release in the feeds (pure): type, platforms, release notes,
// documentation and the known issues the staged rollout recorded at resolution, per platform, since
// a site administrator deciding to update needs those most.
const NOTES_LIMIT = 1500;

export interface FeedRelease {
  type: string;
  security: boolean;
  umdMajor: string;
  productVersion: string;
  releaseNotes: string;
  documentationUrl: string | null;
  component: { name: string };
  items: { platform: { os: string; arch: string }; rollout: { knownIssues: string } | null }[];
}

export function releaseFeedSummary(release: FeedRelease): string {
  const platforms = release.items.map((item) => `${item.platform.os} ${item.platform.arch}`).join(', ');
  const notes = release.releaseNotes.trim();
  const knownIssues = release.items
    .map((item) => ({ platform: `${item.platform.os} ${item.platform.arch}`, issues: item.rollout?.knownIssues.trim() ?? '' }))
    .filter((item) => item.issues)
    .map((item) => `Known issues (${item.platform}): ${item.issues}`);
  return [
    `${release.type.toLowerCase()} release${release.security ? ' (security)' : ''} of ${release.component.name} ${release.productVersion} for ${release.umdMajor}.`,
    platforms ? `Platforms: ${platforms}.` : '',
    notes ? `Release notes: ${notes.length > NOTES_LIMIT ? `${notes.slice(0, NOTES_LIMIT)}…` : notes}` : '',
    release.documentationUrl ? `Documentation: ${release.documentationUrl}` : '',
    ...knownIssues,
  ]
    .filter(Boolean)
    .join('\n');
}
