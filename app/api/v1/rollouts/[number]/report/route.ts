// POST /api/v1/rollouts/{number}/report: a team's report as multipart/form-data: "file" plus the
// structured fields (teamId or team, releaseNotesCorrect yes|no, testsPerformed, jobsPerDay,
// transfersPerDay, vos, recommendation ACCEPT|REJECT). Same checks as the page: exact name, type by
// magic bytes, 10 MB (a larger file is a 413 with the form's message; a body beyond the request limit is
// refused by proxy.ts before it is read).
import { requireIfMatch } from '@/lib/api/etag';
import { apiRoute } from '@/lib/api/route-handler';
import { formToObject, parseInput } from '@/lib/actions/action-result';
import { PayloadTooLargeError, ValidationError } from '@/lib/errors';
import { bodyTooLargeReason } from '@/lib/http/body-limit';
import { resolveTeamName } from '@/lib/rollout/api-transitions';
import { isReportTooLarge, REPORT_TOO_LARGE } from '@/lib/rollout/report-file';
import { ZReportFields, ZRolloutNumber } from '@/lib/rollout/schemas';
import { uploadReport } from '@/lib/rollout/upload-report';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { loadRolloutJson } from '@/lib/rollout/load-rollout-json';


export const POST = apiRoute<{ number: string }>(async (request, { user, params }) => {
  const number = parseInput(ZRolloutNumber, params.number);
  await requireIfMatch(request, `Rollout #${number}`, () => loadRolloutJson(user, params.number));
  const tooLarge = bodyTooLargeReason(request.headers.get('content-length') ?? undefined, request.headers.get('content-type') ?? undefined);
  if (tooLarge) throw new PayloadTooLargeError(tooLarge);
  if (!(request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    throw new ValidationError('Send the report as multipart/form-data with a "file" part.');
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new ValidationError('The multipart body could not be read.');
  }
  const fields = parseInput(ZReportFields, await resolveTeamName(formToObject(form)));
  const file = form.get('file');
  if (file instanceof File && isReportTooLarge(file.size)) throw new PayloadTooLargeError(REPORT_TOO_LARGE);
  const upload = file instanceof File && file.size > 0 ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
  const result = await uploadReport(user, number, fields, upload);
  return { ok: true, rollout: number, ...result };
});

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed('POST');
