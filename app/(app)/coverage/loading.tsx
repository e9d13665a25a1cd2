import { CoverageSkeleton } from '@/components/coverage/coverage-skeleton';

export default function Loading() {
  return (
    <div>
      <div className="mb-6 h-8 w-40 animate-pulse rounded bg-slate-200" />
      <CoverageSkeleton />
    </div>
  );
}
