'use client';
// One package list per platform the chosen product ships on; each platform with packages becomes a
// Product-Platform-Architecture (one child ticket).
import { Field, inputClass } from '@/components/ui/field';

interface Props {
  component: { name: string; platforms: { id: string; os: string; arch: string }[] } | undefined;
  errors?: string[];
}

export function PackageLists({ component, errors }: Props) {
  return (
    <fieldset className="rounded-lg border border-slate-200 p-4" aria-describedby={errors?.length ? 'packages-error' : undefined}>
      <legend className="px-1 text-sm font-semibold text-slate-800">Package list per platform</legend>
      {!component ? (
        <p className="text-sm text-slate-600">Choose a product to list its packages per platform.</p>
      ) : component.platforms.length === 0 ? (
        <p className="text-sm text-amber-800">
          {component.name} ships on no platform in the catalogue yet; ask an Early Adopters admin to add its platforms.
        </p>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          <p className="text-sm text-slate-600 md:col-span-2">
            One package per line (or separated by spaces or commas). Leave a platform empty if this release does not ship on it.
          </p>
          {component.platforms.map((platform) => (
            <Field key={platform.id} label={`Packages for ${platform.os} ${platform.arch}`} name={`packages.${platform.id}`}>
              {(props) => <textarea {...props} rows={5} className={`${inputClass} font-mono`} spellCheck={false} />}
            </Field>
          ))}
        </div>
      )}
      {errors?.length ? (
        <p id="packages-error" className="mt-2 text-sm text-red-700">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
