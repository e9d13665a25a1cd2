// The one size limit on request bodies. The largest thing anybody sends is a team report (10 MB) with its
// form fields, so a body may be that plus an allowance for the fields. proxy.ts refuses a larger
// declared body (Content-Length) with a 413 before Next.js reads it, and next.config.ts sets Next's own
// limits (server actions, proxy body buffering) above this one, so ours always answers first and a body
// within it is never cut short. Pure.
import { REPORT_MAX_BYTES, REPORT_TOO_LARGE } from '../rollout/report-file';

const FORM_FIELDS_ALLOWANCE = 1024 * 1024;
export const MAX_REQUEST_BYTES = REPORT_MAX_BYTES + FORM_FIELDS_ALLOWANCE;
/** What next.config.ts gives Next's own body limits: above ours, never the one that bites. */
export const FRAMEWORK_BODY_LIMIT_BYTES = MAX_REQUEST_BYTES + 1024 * 1024;

/** Why a request's declared body is too large, or null. Multipart bodies are uploads: the reason names the file. */
export function bodyTooLargeReason(contentLength: string | undefined, contentType: string | undefined): string | null {
  const length = Number(contentLength ?? 0);
  if (!(length > MAX_REQUEST_BYTES)) return null;
  return contentType?.toLowerCase().startsWith('multipart/form-data') ? REPORT_TOO_LARGE : `The request body is larger than ${Math.round(MAX_REQUEST_BYTES / 1048576)} MB.`;
}
