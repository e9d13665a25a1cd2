// Skeleton of the rollouts list.
import { DataTableSkeleton } from '@/components/data-table/data-table-skeleton';

export default function Loading() {
  return <DataTableSkeleton />;
}
