'use client';
// Create or edit a team: NGI chosen (or created, on request), site chosen or typed, the team name
// previewed as ea-<NGI>-<Site>. The server derives the name again and refuses duplicates and unknown
// NGI codes next to the field.
import { useId, useState } from 'react';
import { ActionForm, type FormAction } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';

export interface NgiChoice {
  code: string;
  name: string;
  /** GOCDB's name of the NGI when the GOCDB sync imported it. */
  gocdbName?: string | null;
  sites: { name: string; team: { name: string } | null; gocdbKey?: string | null; gocdbRemovedAt?: Date | null }[];
}

interface Props {
  action: FormAction;
  ngis: NgiChoice[];
  timeZones: string[];
  /** GOCDB is configured: an NGI read from GOCDB offers its synced sites instead of free text. */
  fromGocdb?: boolean;
  /** Present when editing. */
  team?: { id: string; name: string; version: number; ngiCode: string; siteName: string; timeZone: string; description: string };
}

export function TeamForm({ action, ngis, timeZones, fromGocdb = false, team }: Props) {
  const [ngiCode, setNgiCode] = useState(team?.ngiCode ?? '');
  const [siteName, setSiteName] = useState(team?.siteName ?? '');
  const [createNgi, setCreateNgi] = useState(false);
  const ids = { ngis: useId(), sites: useId(), zones: useId() };
  const known = ngis.find((ngi) => ngi.code.toLowerCase() === ngiCode.trim().toLowerCase());
  // Offered: GOCDB's sites without a team, and (when editing) the team's own site even if GOCDB has
  // since dropped it, since keeping the site is always allowed (lib/teams/update-team.ts).
  const ownSite = (site: NgiChoice['sites'][number]) => team !== undefined && site.team?.name === team.name;
  const gocdbSites =
    fromGocdb && known?.gocdbName ? known.sites.filter((site) => ownSite(site) || (site.gocdbKey && !site.gocdbRemovedAt && !site.team)) : null;
  const preview = ngiCode.trim() && siteName.trim() ? `ea-${known?.code ?? ngiCode.trim()}-${siteName.trim()}` : 'ea-<NGI>-<Site>';
  return (
    <ActionForm action={action} hidden={team ? { teamId: team.id, version: team.version } : {}} noValidate className="max-w-2xl space-y-4">
      {({ errors }) => (
        <>
          <Field label="NGI code" name="ngiCode" errors={errors?.ngiCode} hint={known ? known.name : 'Pick an NGI from the list (e.g. IT, PT, CERN).'}>
            {(props) => <input {...props} list={ids.ngis} value={ngiCode} onChange={(event) => setNgiCode(event.target.value)} autoComplete="off" className={inputClass} />}
          </Field>
          <datalist id={ids.ngis}>
            {ngis.map((ngi) => (
              <option key={ngi.code} value={ngi.code}>
                {ngi.name}
              </option>
            ))}
          </datalist>
          {!team && !known && ngiCode.trim() !== '' && (
            <fieldset className="space-y-2 rounded border border-slate-200 p-3">
              <legend className="px-1 text-sm font-medium">New NGI</legend>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="createNgi" checked={createNgi} onChange={(event) => setCreateNgi(event.target.checked)} />
                Create the NGI {ngiCode.trim()} (it is not in the list)
              </label>
              {createNgi && (
                <Field label="NGI name" name="ngiName" errors={errors?.ngiName}>
                  {(props) => <input {...props} placeholder="e.g. Portugal" className={inputClass} />}
                </Field>
              )}
            </fieldset>
          )}
          {gocdbSites ? (
            <Field
              label="Site (from GOCDB)"
              name="siteName"
              errors={errors?.siteName}
              hint={gocdbSites.length ? `The sites GOCDB lists for ${known?.gocdbName} that have no team yet${team ? ', and this team’s own site' : ''}; the time zone comes from GOCDB.` : `Every GOCDB site of ${known?.gocdbName} already has a team.`}
            >
              {(props) => (
                <select {...props} value={siteName} onChange={(event) => setSiteName(event.target.value)} className={inputClass}>
                  <option value="">Choose a site…</option>
                  {gocdbSites.map((site) => (
                    <option key={site.name} value={site.name}>
                      {site.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : (
            <>
              <Field label="Site" name="siteName" errors={errors?.siteName} hint="The GOCDB site name, e.g. INFN-T1. Each site has one EA team.">
                {(props) => <input {...props} list={ids.sites} value={siteName} onChange={(event) => setSiteName(event.target.value)} autoComplete="off" className={inputClass} />}
              </Field>
              <datalist id={ids.sites}>
                {known?.sites
                  .filter((site) => !site.team)
                  .map((site) => (
                    <option key={site.name} value={site.name} />
                  ))}
              </datalist>
        </>
      )}
      <p className="text-sm">
        Team name: <code className="rounded bg-slate-100 px-1.5 py-0.5" data-testid="team-name-preview">{preview}</code>
      </p>
      <Field label="Site time zone" name="timeZone" errors={errors?.timeZone} hint="Reply deadlines count the site's working days.">
        {(props) => <input {...props} list={ids.zones} defaultValue={team?.timeZone ?? 'UTC'} autoComplete="off" className={inputClass} />}
      </Field>
      <datalist id={ids.zones}>
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <Field label="Description (optional)" name="description" errors={errors?.description}>
        {(props) => <textarea {...props} rows={3} defaultValue={team?.description ?? ''} className={inputClass} />}
      </Field>
          <SubmitButton pendingLabel={team ? 'Saving…' : 'Creating…'}>{team ? 'Save changes' : 'Create team'}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
