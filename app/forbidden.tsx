// What a signed-in reader sees (with HTTP 403) on a page their roles do not open, e.g. an admin page.
import Link from 'next/link';

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Not allowed</h1>
      <p className="mt-2 text-slate-600">Your account may not open this page. If you need it, ask an Early Adopters admin for the role.</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        Back to the overview
      </Link>
    </main>
  );
}
