import { DataTableSkeleton } from '@/components/data-table/data-table-skeleton';

export default function Loading() {
  return (
    <div className="space-y-4">
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      <DataTableSkeleton columns={6} label="Loading messages…" />
    </div>
  );
}
