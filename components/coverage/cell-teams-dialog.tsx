'use client';
// Opens the list of teams behind a matrix cell. One listener for the whole matrix (event delegation on
// data attributes: the row's `data-component` and `data-name`, the cell's `data-cell` column index or
// 'total') instead of a handler per cell, so a cell's markup stays small.
// A native modal <dialog>: focus moves in, Escape closes, focus returns to the cell.
import Link from 'next/link';
import { useCallback, useRef, useState } from 'react';
import type { CommittedTeams } from '@/lib/coverage/get-committed-teams';
import type { PlatformRef } from '@/lib/coverage/types';
import { cellTitle } from '@/lib/coverage/matrix-data';

type Load = { status: 'idle' } | { status: 'loading' } | { status: 'error'; message: string } | { status: 'done'; data: CommittedTeams };

export function CellTeamsDialog({ target, platforms, children }: { target: number; platforms: PlatformRef[]; children: React.ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const request = useRef<AbortController | null>(null);
  const [title, setTitle] = useState('');
  const [platformId, setPlatformId] = useState('');
  const [load, setLoad] = useState<Load>({ status: 'idle' });

  const open = useCallback(async (cell: HTMLElement) => {
    const row = cell.closest<HTMLElement>('[data-component]');
    const componentId = row?.dataset.component ?? '';
    const column = platforms[Number(cell.dataset.cell)]; // undefined for 'total'
    const platform = column?.id ?? '';
    opener.current = cell;
    setTitle(cellTitle(row?.dataset.name ?? '', column));
    setPlatformId(platform);
    setLoad({ status: 'loading' });
    dialog.current?.showModal();
    request.current?.abort();
    const controller = new AbortController();
    request.current = controller;
    try {
      const params = new URLSearchParams({ component: componentId, ...(platform ? { platform } : {}) });
      const response = await fetch(`/api/v1/coverage/teams?${params}`, { signal: controller.signal, headers: { accept: 'application/json' } });
      const body = await response.json();
      if (!response.ok) throw new Error(body?.message ?? `HTTP ${response.status}`);
      setLoad({ status: 'done', data: body as CommittedTeams });
    } catch (error) {
      if (controller.signal.aborted) return;
      setLoad({ status: 'error', message: error instanceof Error ? error.message : 'Could not load the teams.' });
    }
  }, [platforms]);

  const onClick = (event: React.MouseEvent) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    if (cell) void open(cell);
  };

  const close = () => dialog.current?.close();

  return (
    <div onClick={onClick}>
      {children}
      <dialog
        ref={dialog}
        aria-labelledby="coverage-cell-dialog-title"
        onClose={() => {
          request.current?.abort();
          opener.current?.focus();
        }}
        onClick={(event) => {
          if (event.target === dialog.current) close(); // a click on the backdrop
        }}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="p-4">
          <div className="mb-3 flex items-start justify-between gap-3">
            <h2 id="coverage-cell-dialog-title" className="font-semibold text-brand-900">
              {title}
            </h2>
            <button type="button" onClick={close} className="rounded px-2 text-xl leading-none text-slate-500 hover:bg-slate-100" aria-label="Close">
              ×
            </button>
          </div>
          <DialogBody load={load} target={target} allPlatforms={!platformId} />
        </div>
      </dialog>
    </div>
  );
}

function DialogBody({ load, target, allPlatforms }: { load: Load; target: number; allPlatforms: boolean }) {
  if (load.status === 'idle' || load.status === 'loading') return <p role="status" className="text-sm text-slate-600">Loading the committed teams…</p>;
  if (load.status === 'error') return <p role="alert" className="text-sm text-red-800">Could not load the teams: {load.message}</p>;
  const { teams, component } = load.data;
  const count = `${teams.length} ${teams.length === 1 ? 'team' : 'teams'} committed (target ${target})`;
  if (teams.length === 0) {
    return (
      <div className="space-y-2 text-sm">
        <p>No Early Adopter team has committed {allPlatforms ? 'to this component' : 'on this platform'} yet.</p>
        <Link href={`/coverage/gaps?stack=${encodeURIComponent(component.stackSlug)}#gap-${component.id}`} className="text-brand-700 underline">
          See who could be asked in the gap list
        </Link>
      </div>
    );
  }
  return (
    <div className="text-sm">
      <p className="mb-2 text-slate-600">{count}</p>
      <ul className="divide-y divide-slate-100">
        {teams.map((team) => (
          <li key={team.id} className="py-2">
            <Link href={`/teams/${encodeURIComponent(team.name)}`} className="font-medium text-brand-700 underline">
              {team.name}
            </Link>
            {allPlatforms && <span className="ml-2 text-xs text-slate-600">{team.platforms.join(', ')}</span>}
            {team.contacts.length > 0 && (
              <span className="block text-xs text-slate-600">
                {team.contacts.map((contact, i) => (
                  <span key={contact.email}>
                    {i > 0 && ', '}
                    <a href={`mailto:${contact.email}`} className="underline">
                      {contact.name || contact.email}
                    </a>
                  </span>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
