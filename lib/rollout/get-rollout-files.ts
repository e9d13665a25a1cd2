// The files of a rollout offered for download (the summary document and the team reports), read through
// the embargo rule: an embargoed rollout's files are "not found" for a reader who may not see it.
import 'server-only';
import { db } from '@/lib/db/client';
import { rolloutVisibleWhere, type Viewer } from '@/lib/embargo/visibility';

export async function getRolloutSummaryDocument(number: number, viewer: Viewer) {
  return db.document.findFirst({ where: { rollout: { number, ...rolloutVisibleWhere(viewer) } } });
}

export async function getRolloutReportFile(number: number, reportId: string, viewer: Viewer) {
  return db.report.findFirst({
    where: { id: reportId, participation: { rollout: { number, ...rolloutVisibleWhere(viewer) } } },
    select: { fileName: true, contentType: true, content: true },
  });
}
