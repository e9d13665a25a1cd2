import type { Metadata, Viewport } from 'next';
import { Suspense } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Early Adopters · Staged Rollout', template: '%s · Early Adopters' },
  description: 'Early Adopter teams, component coverage and the staged rollout of grid middleware.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      {/* Pages outside the app frame (sign-in, unsubscribe) read the request: they stream under this boundary. */}
      <body className="min-h-screen font-sans">
        <Suspense>{children}</Suspense>
      </body>
    </html>
  );
}
