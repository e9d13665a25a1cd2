'use client';
// A free-text filter field whose suggestions come from the API as the person types, instead of every
// name being sent with the page (2,000 team names or 1,000 component names made /rollouts and /teams
// several times heavier to render and to load). The browser's own datalist shows the suggestions.
import { useEffect, useRef, useState } from 'react';
import { type SuggestSource, suggestUrl } from './suggest-sources';

const DEBOUNCE_MS = 200;

type Props = Omit<React.InputHTMLAttributes<HTMLInputElement>, 'list' | 'type'> & { id: string; source: SuggestSource; value: string };

export function SuggestInput({ id, source, value, ...input }: Props) {
  const [names, setNames] = useState<string[]>([]);
  const [focused, setFocused] = useState(false);
  const known = useRef(new Map<string, string[]>());
  const query = value.trim();

  useEffect(() => {
    if (!focused) return;
    const cached = known.current.get(query);
    if (cached) {
      setNames(cached);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(suggestUrl(source, query), { signal: controller.signal, headers: { accept: 'application/json' } });
        if (!response.ok) return; // Suggestions are a help: without them the field still filters.
        const body = (await response.json()) as { data?: { name?: unknown }[] };
        const needle = query.toLowerCase();
        // The API's search also matches other fields (a site, a stack); only names that hold the text help here.
        const found = (body.data ?? []).map((row) => String(row.name ?? '')).filter((name) => name && name.toLowerCase().includes(needle));
        known.current.set(query, found);
        setNames(found);
      } catch {
        // Aborted by the next keystroke, or offline: keep the last suggestions.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [focused, query, source]);

  return (
    <>
      <input {...input} id={id} type="search" value={value} list={`${id}-options`} autoComplete="off" onFocus={() => setFocused(true)} />
      <datalist id={`${id}-options`}>
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}
