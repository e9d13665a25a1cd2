// A set of radio buttons under one legend, with its error message linked to the group.
import { useId } from 'react';
import { FieldError } from './field-error';

interface RadioGroupProps<V extends string> {
  legend: string;
  name: string;
  options: readonly { value: V; label: React.ReactNode }[];
  defaultValue?: string | null;
  errors?: string[];
  onChange?: (value: V) => void;
}

export function RadioGroup<V extends string>({ legend, name, options, defaultValue, errors, onChange }: RadioGroupProps<V>) {
  const errorId = `${useId()}-error`;
  return (
    <fieldset aria-describedby={errors?.length ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-4 text-sm">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-1">
            <input type="radio" name={name} value={option.value} defaultChecked={defaultValue === option.value} onChange={onChange && (() => onChange(option.value))} /> {option.label}
          </label>
        ))}
      </div>
      <FieldError id={errorId} errors={errors} />
    </fieldset>
  );
}
