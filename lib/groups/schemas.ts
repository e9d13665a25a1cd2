import { z } from 'zod';

export const ZEmail = z.string().trim().toLowerCase().max(254).pipe(z.email('Enter a valid e-mail address.'));

export const ZAddGroupMember = z.object({
  groupId: z.string().min(1).max(64),
  email: ZEmail,
  name: z.string().trim().max(200).optional().catch(undefined),
});

export const ZRemoveGroupMember = z.object({ membershipId: z.string().min(1).max(64) });

export const ZStackManager = z.object({ stackId: z.string().min(1).max(64), email: ZEmail });
