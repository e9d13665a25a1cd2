// Skeleton of the release intake form while it loads.
import { RowsSkeleton } from '@/components/ui/page-skeleton';

export default function Loading() {
  return <RowsSkeleton label="Loading the form…" />;
}
