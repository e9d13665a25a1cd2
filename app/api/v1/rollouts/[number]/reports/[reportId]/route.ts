// GET /api/v1/rollouts/{number}/reports/{id}: a team report's file, for any signed-in user (the
// document database was public), as an attachment with its checked content type.
import { apiRoute } from '@/lib/api/route-handler';
import { NotFoundError } from '@/lib/errors';
import { attachmentResponse } from '@/lib/rollout/download';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { getRolloutReportFile } from '@/lib/rollout/get-rollout-files';


export const GET = apiRoute<{ number: string; reportId: string }>(async (_request, { user, params }) => {
  const number = /^\d{1,9}$/.test(params.number) ? Number(params.number) : -1;
  const report = await getRolloutReportFile(number, params.reportId, user);
  if (!report) throw new NotFoundError('That report does not exist on this rollout.');
  return attachmentResponse(report.content, report.fileName, report.contentType);
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
