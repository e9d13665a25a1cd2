// Commitments grouped per component for display: "CREAM (gLite · EMI) SL5 x86_64, SL6 x86_64".
export interface CommitmentLike {
  component: string;
  componentRetired: boolean;
  stack: string;
  provider: string;
  os: string;
  arch: string;
}

export interface CommitmentGroup {
  component: string;
  stack: string;
  provider: string;
  retired: boolean;
  platforms: string[];
}

export function groupCommitments(commitments: readonly CommitmentLike[]): CommitmentGroup[] {
  const groups = new Map<string, CommitmentGroup>();
  for (const commitment of commitments) {
    const key = `${commitment.stack}\u0000${commitment.component}`;
    const group = groups.get(key) ?? { component: commitment.component, stack: commitment.stack, provider: commitment.provider, retired: commitment.componentRetired, platforms: [] };
    group.platforms.push(`${commitment.os} ${commitment.arch}`);
    groups.set(key, group);
  }
  return [...groups.values()];
}
