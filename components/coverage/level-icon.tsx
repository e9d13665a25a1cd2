// The shape cue of a coverage level: a cross (missing), a triangle (below target), a check (met).
import type { CoverageLevel } from '@/lib/coverage/types';

export function LevelIcon({ level, className = 'h-3 w-3' }: { level: CoverageLevel; className?: string }) {
  return (
    <svg viewBox="0 0 12 12" aria-hidden="true" focusable="false" className={`inline-block shrink-0 ${className}`}>
      {level === 'missing' && <path d="M2.5 2.5 9.5 9.5M9.5 2.5 2.5 9.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" fill="none" />}
      {level === 'belowTarget' && <path d="M6 1.5 11 10.5H1Z" fill="currentColor" />}
      {level === 'met' && <path d="M1.8 6.4 4.6 9.2 10.2 2.8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" fill="none" />}
    </svg>
  );
}
