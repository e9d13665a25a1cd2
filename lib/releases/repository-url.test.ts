import { describe, expect, it } from 'vitest';
import { releaseRepositoryUrl } from './repository-url';

describe('releaseRepositoryUrl', () => {
  it('follows the release’s major version and stage', () => {
    expect(releaseRepositoryUrl('http://repository.egi.eu/sw/production/umd/1/', 'UMD-4', 'testing')).toBe('http://repository.egi.eu/sw/testing/umd/4/');
    expect(releaseRepositoryUrl('http://repository.egi.eu/sw/production/umd/1/', 'UMD-4', 'production')).toBe('http://repository.egi.eu/sw/production/umd/4/');
    expect(releaseRepositoryUrl('http://repository.egi.eu/sw/production/cas/1/current/', 'UMD-2', 'testing')).toBe('http://repository.egi.eu/sw/testing/cas/2/current/');
  });

  it('leaves a URL of another shape, or a major without a number, as configured', () => {
    expect(releaseRepositoryUrl('https://repo.example.org/emi/', 'UMD-3', 'testing')).toBe('https://repo.example.org/emi/');
    expect(releaseRepositoryUrl('http://repository.egi.eu/sw/production/umd/1/', 'EMI', 'production')).toBe('http://repository.egi.eu/sw/production/umd/1/');
    expect(releaseRepositoryUrl('', 'UMD-4', 'testing')).toBe('');
  });
});
