import { DataTableSkeleton } from '@/components/data-table/data-table-skeleton';

export default function Loading() {
  return (
    <div className="space-y-4">
      <div className="h-8 w-56 animate-pulse rounded bg-slate-200" />
      <DataTableSkeleton columns={5} label="Loading the audit trail…" />
    </div>
  );
}
