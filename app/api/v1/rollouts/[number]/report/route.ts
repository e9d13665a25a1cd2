// POST /api/v1/rollouts/{number}/report: a team's report as multipart/form-data: "file" plus the
// structured fields (teamId or team, releaseNotesCorrect yes|no, testsPerformed, jobsPerDay,
// transfersPerDay, vos, recommendation ACCEPT|REJECT). Same checks as the page: exact name, type by
// magic bytes, 10 MB.
import { requireIfMatch } from '@/lib/api/etag';
import { apiRoute } from '@/lib/api/route-handler';
import { formToObject, parseInput } from '@/lib/actions/action-result';
import { ValidationError } from '@/lib/errors';
import { resolveTeamName } from '@/lib/rollout/api-transitions';
import { REPORT_MAX_BYTES } from '@/lib/rollout/report-file';
import { reportFieldsSchema, rolloutNumberSchema } from '@/lib/rollout/schemas';
import { uploadReport } from '@/lib/rollout/upload-report';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { loadRolloutJson } from '@/lib/rollout/load-rollout-json';

export const dynamic = 'force-dynamic';

export const POST = apiRoute<{ number: string }>(async (request, { user, params }) => {
  const number = parseInput(rolloutNumberSchema, params.number);
  await requireIfMatch(request, `Rollout #${number}`, () => loadRolloutJson(user, params.number));
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > REPORT_MAX_BYTES + 1_000_000) throw new ValidationError('The upload is larger than 10 MB.', { file: ['The file is larger than 10 MB.'] });
  if (!(request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    throw new ValidationError('Send the report as multipart/form-data with a "file" part.');
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new ValidationError('The multipart body could not be read.');
  }
  const fields = parseInput(reportFieldsSchema, await resolveTeamName(formToObject(form)));
  const file = form.get('file');
  const upload = file instanceof File && file.size > 0 ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
  const result = await uploadReport(user, number, fields, upload);
  return { ok: true, rollout: number, ...result };
});

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed('POST');
