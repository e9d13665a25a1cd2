import { AppHeader } from '@/components/layout/app-header';
import { getCurrentUser } from '@/lib/auth/current-user';
import { isDemoSignInEnabled } from '@/lib/auth/demo-mode';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <AppHeader user={user} demo={isDemoSignInEnabled()} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
