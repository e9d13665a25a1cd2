// Where a release's packages are to be found (pure). A stack's configured repository URL names one
// major release and one stage (the seed's http://repository.egi.eu/sw/production/umd/1/); the document
// gives each major release of a provider a fixed staged-rollout repository, so the URL shown for a
// release follows ITS major version (UMD-4 -> …/umd/4/) and its stage: `testing` while the packages
// are in staged rollout, `production` once released.
export type RepositoryStage = 'testing' | 'production';

const STAGE_SEGMENT = /\/sw\/(production|testing)\//;
const MAJOR_SEGMENT = /(\/sw\/(?:production|testing)\/[^/]+\/)\d+(\/|$)/;

export function releaseRepositoryUrl(repoUrl: string, umdMajor: string, stage: RepositoryStage): string {
  if (!repoUrl) return '';
  const major = /(\d+)\s*$/.exec(umdMajor)?.[1];
  let url = repoUrl.replace(STAGE_SEGMENT, `/sw/${stage}/`);
  if (major) url = url.replace(MAJOR_SEGMENT, `$1${major}$2`);
  return url;
}
