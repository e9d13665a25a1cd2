// The signed-in frame of every app page. The header depends on the user (navigation by role, the demo
// banner read at run time), so it streams inside its own Suspense boundary; the frame around it and the
// page's loading skeleton (loading.tsx) are the static shell a navigation shows at once.
import { Suspense } from 'react';
import { AppHeader, AppHeaderPlaceholder } from '@/components/layout/app-header';
import { getCurrentUser } from '@/lib/auth/current-user';
import { isDemoSignInEnabled } from '@/lib/auth/demo-mode';

async function CurrentUserHeader() {
  const user = await getCurrentUser();
  return <AppHeader user={user} demo={isDemoSignInEnabled()} />;
}

export default function AppLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <Suspense fallback={<AppHeaderPlaceholder />}>
        <CurrentUserHeader />
      </Suspense>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
