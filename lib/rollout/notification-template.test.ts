import { describe, expect, it } from 'vitest';
import { findReplyCommand } from './mail/parse-reply';
import { defaultNotificationTemplate, renderInvitation, unknownPlaceholders } from './notification-template';

const ctx = {
  title: 'Staged Rollout EMI-1.0 CREAM 1.8.0-1 SL5 x86_64',
  umdMajor: 'EMI-1.0',
  stackName: 'gLite',
  component: 'CREAM',
  version: '1.8.0-1',
  platform: 'SL5 x86_64',
  repoUrl: 'http://repository.egi.eu/sw/production/umd/1/',
  releaseUrl: 'https://ea.example/releases/4',
  verificationReportUrl: 'https://ea.example/verification/4.pdf',
  rolloutUrl: 'https://ea.example/rollouts/12',
  exposureDays: 7,
  managerName: 'Gina Manager',
};
const vars = { team: 'ea-PT-LIP-Lisbon', ngiSite: 'PT-LIP-Lisbon', replyDue: '03 May 2011 10:00 Europe/Lisbon', reportFileName: 'ea-PT-LIP-Lisbon-gLite-CREAM-1.8.0-1.odt' };

describe('notification template', () => {
  it('prefills what to install, the repository, release notes, reply lines, exposure and report name', () => {
    const template = defaultNotificationTemplate(ctx);
    expect(template).toContain('What to install: CREAM 1.8.0-1 (gLite, EMI-1.0) on SL5 x86_64.');
    expect(template).toContain('Staged-rollout repository: http://repository.egi.eu/sw/production/umd/1/');
    expect(template).toContain('Release notes: https://ea.example/releases/4');
    expect(template).toContain('exposed to production users and VOs for 7 days');
    expect(unknownPlaceholders(template)).toEqual([]);
    const rendered = renderInvitation(template, vars, ctx.rolloutUrl);
    expect(rendered).toContain('Dear Early Adopters of ea-PT-LIP-Lisbon,');
    expect(rendered).toContain('    ea-PT-LIP-Lisbon-gLite-CREAM-1.8.0-1.odt');
    expect(rendered).not.toContain('{{');
  });

  it('always ends with the exact reply lines, even when the editor removed them', () => {
    const rendered = renderInvitation('Please test {{team}}.', vars, ctx.rolloutUrl);
    expect(rendered.split('\n')).toEqual(expect.arrayContaining(['accept PT-LIP-Lisbon', 'reject PT-LIP-Lisbon']));
    expect(rendered).toContain('before 03 May 2011 10:00 Europe/Lisbon');
  });

  it('the rendered mail, quoted in a reply, is not itself read as an answer', () => {
    const quoted = renderInvitation(defaultNotificationTemplate(ctx), vars, ctx.rolloutUrl)
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
    expect(findReplyCommand(`Thanks, checking with the site admin.\n\n${quoted}`)).toBeNull();
    expect(findReplyCommand(`accept PT-LIP-Lisbon\n\n${quoted}`)).toMatchObject({ answer: 'accept' });
  });

  it('reports placeholders that do not exist', () => {
    expect(unknownPlaceholders('Hi {{team}}, due {{ replyDue }}, {{teem}} {{foo}} {{teem}}')).toEqual(['teem', 'foo']);
  });
});
