// Submitted free text (release notes, install notes, justifications) shown exactly as typed: React
// escapes it, and it is never parsed as HTML or markdown. Line breaks and indentation are kept.
export function PlainText({ text, empty = 'None given.', label }: { text: string | null | undefined; empty?: string; label?: string }) {
  if (!text?.trim()) return <p className="text-sm italic text-slate-500">{empty}</p>;
  return (
    <div
      aria-label={label}
      className="max-h-96 overflow-auto whitespace-pre-wrap break-words rounded border border-slate-200 bg-slate-50 p-3 font-mono text-xs text-slate-800"
    >
      {text}
    </div>
  );
}
