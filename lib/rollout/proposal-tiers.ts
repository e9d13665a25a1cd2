// The groups of the team proposal (pure, so the invite form can use them in the browser), best first:
// committed to this component on this platform; to this component on another platform; to another
// part of the stack.
export const PROPOSAL_TIERS = ['component', 'otherPlatform', 'stack'] as const;
export type ProposalTier = (typeof PROPOSAL_TIERS)[number];
