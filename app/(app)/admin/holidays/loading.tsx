import { TwoCardsSkeleton } from '@/components/ui/page-skeleton';

export default function Loading() {
  return <TwoCardsSkeleton label="Loading holidays…" />;
}
