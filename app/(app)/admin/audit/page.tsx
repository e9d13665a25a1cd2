// /admin/audit: the audit trail, through the shared DataTable. The view (filters, sort, page) is the URL.
import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { auditFilters } from '@/components/audit/audit-filters';
import { AuditTable } from '@/components/audit/audit-table';
import { toAuditTableRow } from '@/components/audit/audit-table-row';
import { PageHeader } from '@/components/ui/page-header';
import { searchAudit } from '@/lib/audit/search-audit';
import { AUDIT_SORTS, auditTableParams } from '@/lib/audit/table-params';
import { can } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Audit trail' };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser('/admin/audit');
  if (!can(user, 'audit.view')) forbidden();
  const state = auditTableParams.parse(await searchParams);
  const result = await searchAudit(state);
  return (
    <div>
      <PageHeader title="Audit trail" description="Every change, who made it and when, with what it was before and after." />
      <AuditTable
        data={result.rows.map((event) => toAuditTableRow(event, user.timeZone))}
        total={result.total}
        state={{ ...state, page: result.page }}
        defaults={auditTableParams.defaults}
        perPageOptions={auditTableParams.perPageOptions}
        sortable={AUDIT_SORTS}
        filters={auditFilters(result.entityTypes)}
      />
    </div>
  );
}
