// GET /api/v1/rollouts/{number}/summary: the manager's summary of a resolved rollout, under its
// document-database file name (summary-<MW stack>-<component>-<version>.<md|txt>).
import { apiRoute } from '@/lib/api/route-handler';
import { NotFoundError } from '@/lib/errors';
import { attachmentResponse } from '@/lib/rollout/download';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { getRolloutSummaryDocument } from '@/lib/rollout/get-rollout-files';


export const GET = apiRoute<{ number: string }>(async (_request, { user, params }) => {
  const number = /^\d{1,9}$/.test(params.number) ? Number(params.number) : -1;
  const document = await getRolloutSummaryDocument(number, user);
  if (!document) throw new NotFoundError('This rollout has no document yet.');
  const type = document.summaryFileName.endsWith('.md') ? 'text/markdown; charset=utf-8' : 'text/plain; charset=utf-8';
  return attachmentResponse(`${document.description}\n\n${document.summary}\n`, document.summaryFileName, type);
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
