// Skeleton of a release page while it loads.
import { RowsSkeleton } from '@/components/ui/page-skeleton';

export default function Loading() {
  return <RowsSkeleton label="Loading the release…" />;
}
