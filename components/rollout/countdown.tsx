'use client';
// A live countdown to the end of an exposure period; re-renders every minute. Server-rendered with the
// same text, so it reads correctly without JavaScript too.
import { useEffect, useState } from 'react';
import { exposureCountdown } from '@/lib/rollout/exposure';

export function Countdown({ end, initialNow }: { end: string; initialNow: string }) {
  const [now, setNow] = useState(() => new Date(initialNow));
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const countdown = exposureCountdown(new Date(end), now);
  return (
    <span role="timer" aria-live="off" className={countdown.ended ? 'text-slate-600' : 'font-medium text-blue-800'}>
      {countdown.ended ? 'exposure ended' : countdown.label}
    </span>
  );
}
