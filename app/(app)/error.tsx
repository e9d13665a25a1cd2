'use client';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-4 text-red-900">
      <h1 className="font-semibold">This page could not be shown.</h1>
      <p className="mt-1 text-sm">Something went wrong on our side; nothing was changed. </p>
      <button type="button" onClick={reset} className="mt-3 rounded border border-red-400 px-3 py-1 text-sm">
        Try again
      </button>
    </div>
  );
}
