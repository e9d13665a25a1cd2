import { describe, expect, it } from 'vitest';
import { documentDescription, fileNamePart, reportFileName, rolloutTitle, summaryFileName } from './naming';

describe('rollout naming conventions (document section 2.4)', () => {
  it('titles a staged-rollout ticket like the document example', () => {
    expect(
      rolloutTitle({ umdMajor: 'EMI-1.0', component: 'SE-DPM_mysql', version: '1.8.0-1', os: 'SL5', arch: 'x86_64' }),
    ).toBe('Staged Rollout EMI-1.0 SE-DPM_mysql 1.8.0-1 SL5 x86_64');
  });

  it('leaves out empty parts (the trust-anchor example has no component, OS or arch)', () => {
    expect(rolloutTitle({ umdMajor: 'CA', component: '', version: '1.38' })).toBe('Staged Rollout CA 1.38');
    expect(rolloutTitle({ umdMajor: ' CA ', component: 'lcg-CA', version: '1.38-1', os: '', arch: undefined })).toBe(
      'Staged Rollout CA lcg-CA 1.38-1',
    );
  });

  it('names a team report ea-<NGI>-<Site>-<MW stack>-<component>-<version>.<ext>', () => {
    expect(
      reportFileName({ ngiCode: 'PT', siteName: 'LIP-Lisbon', stack: 'gLite', component: 'CREAM', version: '3.2.6-0', ext: 'odt' }),
    ).toBe('ea-PT-LIP-Lisbon-gLite-CREAM-3.2.6-0.odt');
    expect(
      reportFileName({ ngiCode: 'IT', siteName: 'INFN-T1', stack: 'gLite', component: 'SE-DPM_mysql', version: '1.8.0-1', ext: '.doc' }),
    ).toBe('ea-IT-INFN-T1-gLite-SE-DPM_mysql-1.8.0-1.doc');
  });

  it('names the summary summary-<MW stack>-<component>-<version>.<ext>', () => {
    expect(summaryFileName({ stack: 'ARC', component: 'ARC-CE', version: '0.8.3-1', ext: 'pdf' })).toBe(
      'summary-ARC-ARC-CE-0.8.3-1.pdf',
    );
  });

  it('keeps file names portable when a component name contains a slash or spaces', () => {
    expect(fileNamePart('UNICORE/X')).toBe('UNICORE_X');
    expect(fileNamePart('Trust Anchors (CA)')).toBe('Trust_Anchors_(CA)');
    expect(summaryFileName({ stack: 'Operational Tools', component: 'SAM/Nagios', version: '1.9.0-1', ext: 'txt' })).toBe(
      'summary-Operational_Tools-SAM_Nagios-1.9.0-1.txt',
    );
    expect(reportFileName({ ngiCode: 'PL', siteName: 'PSNC', stack: 'UNICORE', component: 'UNICORE/X', version: '6.4.0-1', ext: '' })).toBe(
      'ea-PL-PSNC-UNICORE-UNICORE_X-6.4.0-1',
    );
  });

  it('adds the platform, so two platforms of one release get different documents', () => {
    const sl6 = { stack: 'gLite', component: 'CREAM', version: '1.17.0-1', os: 'SL6', arch: 'x86_64' };
    expect(summaryFileName({ ...sl6, ext: 'txt' })).toBe('summary-gLite-CREAM-1.17.0-1-sl6-x86_64.txt');
    expect(summaryFileName({ ...sl6, os: 'SL5', ext: 'txt' })).toBe('summary-gLite-CREAM-1.17.0-1-sl5-x86_64.txt');
    expect(documentDescription(sl6)).toBe('Staged rollout gLite CREAM 1.17.0-1 SL6 x86_64');
  });

  it('describes the DocDB record Staged rollout <MW stack> <component> <version>', () => {
    expect(documentDescription({ stack: 'gLite', component: 'CREAM', version: '3.2.6-0' })).toBe('Staged rollout gLite CREAM 3.2.6-0');
    expect(documentDescription({ stack: 'UNICORE', component: 'UNICORE/X', version: '6.4.0-1' })).toBe(
      'Staged rollout UNICORE UNICORE/X 6.4.0-1',
    );
  });
});
