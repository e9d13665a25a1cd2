// The target of the proxy's rewrite for a page that does not exist for this reader (lib/page-gate): Next's
// own notFound() gives the 404 status and renders app/not-found.tsx before anything is streamed.
import { notFound } from 'next/navigation';

export default function NotFoundStatusPage(): never {
  notFound();
}
