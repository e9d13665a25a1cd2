// Bodies of the API's team and NGI writes: the form's own field schemas (./schemas.ts), with references
// by id or name (`ngi`, `user`, `component`, `platform`) where the forms send ids. Unknown keys are a
// 400, so a typo never goes unnoticed.
import { z } from 'zod';
import { expectedVersion, patchFields, reference } from '@/lib/api/body-fields';
import { ZCreateNgi, ZEditNgi, ZSiteName, ZTeamFields, ZTimeZone } from './schemas';

export const ZApiCreateTeam = z.strictObject({
  ngi: reference('NGI'),
  site: ZSiteName,
  timeZone: ZTeamFields.shape.timeZone,
  description: ZTeamFields.shape.description,
});

export const ZApiEditTeam = z.strictObject({
  version: expectedVersion,
  ngi: reference('NGI').optional(),
  site: ZSiteName.optional(),
  timeZone: ZTimeZone.optional(),
  ...patchFields({ description: ZTeamFields.shape.description }),
});

export const ZApiAddMember = z.strictObject({ user: reference('user (id or e-mail address)') });

export const ZApiAddCommitment = z
  .strictObject({
    component: reference('component').optional(),
    platform: reference('platform').optional(),
    /** The names of the first version of this endpoint, still accepted. */
    componentId: reference('component').optional(),
    platformId: reference('platform').optional(),
  })
  .superRefine((input, ctx) => {
    if (!input.component && !input.componentId) ctx.addIssue({ code: 'custom', path: ['component'], message: 'Give the component: its id or its name.' });
    if (!input.platform && !input.platformId) ctx.addIssue({ code: 'custom', path: ['platform'], message: 'Give the platform: its id or "<OS> <arch>".' });
  });

export const ZApiCreateNgi = ZCreateNgi.strict();
export const ZApiEditNgi = z.strictObject({ version: expectedVersion, name: ZEditNgi.shape.name });
