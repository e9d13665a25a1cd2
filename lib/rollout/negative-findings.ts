// What holds a rollout back from ACCEPT (pure): a team recommending REJECT, an open finding, or no
// report at all. Any of these makes an ACCEPT need an explicit confirmation with a reason.
export interface NegativeFacts {
  rejectingTeams: string[];
  openFindings: string[];
  reports: number;
}

export function negativeFindings(facts: NegativeFacts): string[] {
  const reasons: string[] = [];
  if (facts.rejectingTeams.length) reasons.push(`${facts.rejectingTeams.join(', ')} recommend${facts.rejectingTeams.length === 1 ? 's' : ''} REJECT`);
  if (facts.openFindings.length) reasons.push(`${facts.openFindings.length} finding${facts.openFindings.length === 1 ? ' is' : 's are'} still open (${facts.openFindings.join('; ')})`);
  if (facts.reports === 0) reasons.push('no team has sent a report');
  return reasons;
}
