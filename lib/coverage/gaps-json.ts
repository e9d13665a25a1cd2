// The documented JSON shapes of GET /api/v1/coverage/gaps (each item of `data`: a GapEntry as ranked) and
// GET /api/v1/coverage/teams (the teams behind a matrix cell), as zod schemas: the OpenAPI description
// shows them and test/api/openapi-responses.test.ts checks real answers against them.
import { z } from 'zod';
import type { CommittedTeams } from './get-committed-teams';
import type { GapEntry } from './rank-gaps';

const level = z.enum(['missing', 'belowTarget', 'met']);
const contact = z.strictObject({ email: z.string(), name: z.string() });
const platformRef = z.strictObject({ id: z.string(), os: z.string(), arch: z.string() });

export const ZCoverageGapJson = z.strictObject({
  componentId: z.string(),
  name: z.string(),
  capability: z.string(),
  stack: z.strictObject({ id: z.string(), slug: z.string(), name: z.string(), provider: z.string() }),
  total: z.int(),
  level,
  tier: z.enum(['rolloutInProgress', 'releaseExpected', 'noTeam', 'belowTarget']),
  rollouts: z.array(z.strictObject({ number: z.int(), title: z.string(), status: z.enum(['NEW', 'OPEN']) })),
  releases: z.array(z.strictObject({ number: z.int(), umdMajor: z.string(), productVersion: z.string() })),
  platforms: z.array(
    z.strictObject({
      platform: platformRef,
      teams: z.int(),
      level,
      candidates: z.array(z.strictObject({ teamId: z.string(), name: z.string(), sameStackCommitments: z.int(), contacts: z.array(contact) })),
      moreCandidates: z.int(),
    }),
  ),
});

export const ZCommittedTeamsJson = z.strictObject({
  component: z.strictObject({ id: z.string(), name: z.string(), stackName: z.string(), stackSlug: z.string() }),
  platform: platformRef.nullable(),
  teams: z.array(z.strictObject({ id: z.string(), name: z.string(), platforms: z.array(z.string()), contacts: z.array(contact) })),
});

/** A gap as the API answers it: the ranked entry, typed by the documented shape (tsc fails when they part). */
export const gapJson = (entry: GapEntry): z.infer<typeof ZCoverageGapJson> => entry;
export const committedTeamsJson = (teams: CommittedTeams): z.infer<typeof ZCommittedTeamsJson> => teams;
