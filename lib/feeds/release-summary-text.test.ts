import { describe, expect, it } from 'vitest';
import { releaseFeedSummary } from './release-summary-text';

const release = {
  type: 'MINOR',
  security: false,
  umdMajor: 'UMD-1',
  productVersion: '1.17.0-1',
  releaseNotes: 'Proxy renewal fix.',
  documentationUrl: null,
  component: { name: 'CREAM' },
};

describe('releaseFeedSummary', () => {
  it('carries the known issues recorded at resolution, per platform', () => {
    const text = releaseFeedSummary({
      ...release,
      items: [
        { platform: { os: 'SL5', arch: 'x86_64' }, rollout: { knownIssues: 'Restart tomcat after the update.' } },
        { platform: { os: 'SL6', arch: 'x86_64' }, rollout: { knownIssues: '' } },
      ],
    });
    expect(text).toContain('Platforms: SL5 x86_64, SL6 x86_64.');
    expect(text).toContain('Known issues (SL5 x86_64): Restart tomcat after the update.');
    expect(text).not.toContain('Known issues (SL6');
  });

  it('says nothing of known issues when none were recorded or the release skipped staged rollout', () => {
    expect(releaseFeedSummary({ ...release, items: [{ platform: { os: 'SL6', arch: 'x86_64' }, rollout: null }] })).not.toContain('Known issues');
  });
});
