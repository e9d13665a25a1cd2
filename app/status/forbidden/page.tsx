// The target of the proxy's rewrite for a page this reader may not open (lib/page-gate): Next's own
// forbidden() gives the 403 status and renders app/forbidden.tsx before anything is streamed.
import { forbidden } from 'next/navigation';

export default function ForbiddenStatusPage(): never {
  forbidden();
}
