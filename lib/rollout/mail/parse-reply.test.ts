import { describe, expect, it } from 'vitest';
import {
  findReplyCommand,
  normaliseTeamKey,
  referencedMessageIds,
  rolloutNumberFromSubject,
  senderAddress,
  threadReferences,
} from './parse-reply';

const INVITATION_QUOTED = [
  '> Dear ea-PT-LIP-Lisbon team,',
  '> please install CREAM 3.2.6-0 from the staged-rollout repository.',
  '> Reply within 1 working day with one line:',
  '>     accept PT-LIP-Lisbon',
  '> or',
  '>     reject PT-LIP-Lisbon',
].join('\n');

describe('findReplyCommand', () => {
  it('reads a bare accept line', () => {
    expect(findReplyCommand('accept PT-LIP-Lisbon')).toEqual({
      answer: 'accept',
      teamKey: 'PT-LIP-Lisbon',
      teamName: 'ea-PT-LIP-Lisbon',
      line: 'accept PT-LIP-Lisbon',
    });
  });

  it('reads a reply typed above the quoted invitation, ignoring the quoted command lines', () => {
    const mail = `Reject IT-INFN-T1\n\nSorry, our CE is in downtime this week.\n\nOn Tue, 3 May 2011 at 10:02, Staged Rollout <sr@egi.eu> wrote:\n${INVITATION_QUOTED}`;
    expect(findReplyCommand(mail)).toMatchObject({ answer: 'reject', teamKey: 'IT-INFN-T1', teamName: 'ea-IT-INFN-T1' });
  });

  it('does not take a quoted command as the answer when the sender wrote none', () => {
    expect(findReplyCommand(`Will let you know tomorrow.\n\n${INVITATION_QUOTED}`)).toBeNull();
  });

  it('stops at an Outlook-style original message that is not quoted with ">"', () => {
    const mail = [
      'Hi, we will look at it.',
      '',
      '-----Original Message-----',
      'From: Staged Rollout [mailto:sr@egi.eu]',
      'Subject: [staged-rollout #12] Staged Rollout EMI-1.0 CREAM 1.8.0-1 SL5 x86_64',
      '',
      'accept PT-LIP-Lisbon',
    ].join('\r\n');
    expect(findReplyCommand(mail)).toBeNull();
  });

  it('stops at the signature delimiter', () => {
    expect(findReplyCommand('Thanks\n-- \nMaria\naccept PT-LIP-Lisbon')).toBeNull();
  });

  it('stops at an "On ... wrote:" that wrapped over two lines', () => {
    const mail = 'ok\n\nOn Tue, 3 May 2011 at 10:02, Staged Rollout Manager <sr@egi.eu>\nwrote:\naccept PT-LIP-Lisbon';
    expect(findReplyCommand(mail)).toBeNull();
  });

  it('keeps reading past an ordinary sentence that starts with "On"', () => {
    expect(findReplyCommand('On our site the CE is ready.\naccept ES-IFCA-LCG2')).toMatchObject({ answer: 'accept', teamKey: 'ES-IFCA-LCG2' });
  });

  it('is case-insensitive, tolerates indentation, trailing punctuation and the ea- prefix', () => {
    expect(findReplyCommand('   ACCEPT ea-de-DESY-HH.')).toMatchObject({ answer: 'accept', teamKey: 'de-DESY-HH', teamName: 'ea-de-DESY-HH' });
    expect(findReplyCommand('Accept PT-LIP-Lisbon, thanks!')).toMatchObject({ teamKey: 'PT-LIP-Lisbon' });
  });

  it('takes the first command when the sender wrote two', () => {
    expect(findReplyCommand('reject PT-LIP-Coimbra\naccept PT-LIP-Lisbon')).toMatchObject({ answer: 'reject', teamKey: 'PT-LIP-Coimbra' });
  });

  it('refuses lines that are not a command', () => {
    expect(findReplyCommand('I accept this\nacceptance PT-LIP-Lisbon\naccept Lisbon')).toBeNull();
    expect(findReplyCommand('')).toBeNull();
  });

  it('reads a German client quote header and stops there', () => {
    expect(findReplyCommand('Am 03.05.2011 10:02, schrieb Staged Rollout:\naccept DE-DESY-HH')).toBeNull();
  });
});

describe('normaliseTeamKey', () => {
  it('removes wrapping quotes and the group prefix', () => {
    expect(normaliseTeamKey('"PT-LIP-Lisbon"')).toBe('PT-LIP-Lisbon');
    expect(normaliseTeamKey('EA-PT-LIP-Lisbon')).toBe('PT-LIP-Lisbon');
  });
});

describe('finding the rollout of a reply', () => {
  it('reads the subject tag through Re:/AW:/Fwd: prefixes', () => {
    expect(rolloutNumberFromSubject('Re: AW: [staged-rollout #42] Staged Rollout EMI-1.0 CREAM 1.8.0-1 SL5 x86_64')).toBe(42);
    expect(rolloutNumberFromSubject('RE: [Staged-Rollout # 7] x')).toBe(7);
    expect(rolloutNumberFromSubject('Re: Staged Rollout EMI-1.0 CREAM')).toBeNull();
    // A number no rollout can have (beyond PostgreSQL's integer) is no tag, not a database error.
    expect(rolloutNumberFromSubject('Re: [staged-rollout #99999999999999999999999] x')).toBeNull();
    expect(rolloutNumberFromSubject('Re: [staged-rollout #2147483648] x')).toBeNull();
    expect(rolloutNumberFromSubject('Re: [staged-rollout #2147483647] x')).toBe(2147483647);
  });

  it('lists In-Reply-To before References, newest reference first, without duplicates', () => {
    expect(referencedMessageIds('<b@x>', '<a@x> <rollout.ck1@ea.egi.eu>\n <b@x>')).toEqual(['b@x', 'rollout.ck1@ea.egi.eu', 'a@x']);
  });

  it('recognises our outbox message ids and rollout thread roots', () => {
    expect(threadReferences(['CAF=123@mail.gmail.com', 'outbox.cm9abc_1@ea.egi.eu', 'rollout.cm7xyz@ea.egi.eu', 'rollout-1@other'])).toEqual({
      outboxIds: ['cm9abc_1'],
      rolloutIds: ['cm7xyz'],
    });
  });
});

describe('senderAddress', () => {
  it('extracts and lower-cases the address of a From header', () => {
    expect(senderAddress('"Maria Silva" <Maria.Silva@LIP.pt>')).toBe('maria.silva@lip.pt');
    expect(senderAddress('ops@ifca.es (IFCA ops)')).toBe('ops@ifca.es');
    expect(senderAddress('undisclosed-recipients')).toBeNull();
  });
});
