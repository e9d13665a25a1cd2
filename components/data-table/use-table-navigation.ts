'use client';
// Moves the table to another view by changing the URL (the server renders the rows), inside a
// transition so the current rows stay on screen, dimmed, until the new ones arrive.
import { usePathname, useRouter } from 'next/navigation';
import { useCallback, useTransition } from 'react';
import { tableHref, type TableDefaults, type TableState } from '@/lib/lists/search-params';

export interface TableNavigation {
  pending: boolean;
  hrefFor(patch: Partial<TableState>): string;
  go(patch: Partial<TableState>): void;
  /** onClick for a <Link href={hrefFor(patch)}>: keeps middle-click/new-tab, navigates in a transition otherwise. */
  onLinkClick(patch: Partial<TableState>): (event: React.MouseEvent<HTMLAnchorElement>) => void;
}

export function useTableNavigation(state: TableState, defaults: TableDefaults): TableNavigation {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const hrefFor = useCallback((patch: Partial<TableState>) => tableHref(pathname, state, defaults, patch), [pathname, state, defaults]);
  const go = useCallback(
    (patch: Partial<TableState>) => startTransition(() => router.push(hrefFor(patch), { scroll: false })),
    [router, hrefFor],
  );
  const onLinkClick = useCallback(
    (patch: Partial<TableState>) => (event: React.MouseEvent<HTMLAnchorElement>) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
      event.preventDefault();
      go(patch);
    },
    [go],
  );
  return { pending, hrefFor, go, onLinkClick };
}
