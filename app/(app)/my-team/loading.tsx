import { PageSkeleton } from '@/components/ui/page-skeleton';

export default function Loading() {
  return (
    <PageSkeleton label="Loading your team…" spacing="space-y-6">
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="h-40 rounded-lg bg-slate-200" />
        <div className="h-40 rounded-lg bg-slate-200" />
        <div className="h-40 rounded-lg bg-slate-200" />
      </div>
      <div className="h-32 rounded-lg bg-slate-200" />
    </PageSkeleton>
  );
}
