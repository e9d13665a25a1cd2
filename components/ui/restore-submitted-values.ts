// Puts a refused form's submitted values back into its fields. React resets a form once its action has
// run, and after a refusal the person should correct what they typed, not type it again. Working on the
// form's elements by name covers every kind of field (text, select, checkbox groups, radios, controlled
// inputs) without each field having to remember it.
export type FormValues = Record<string, string | undefined>;

/** The text entries of a submission (files cannot be put back; React's own $ACTION fields are skipped). */
export function submittedEntries(formData: FormData): [string, string][] {
  const entries: [string, string][] = [];
  formData.forEach((value, key) => {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) entries.push([key, value]);
  });
  return entries;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const untouched = new Set(['hidden', 'file', 'submit', 'button', 'reset', 'image']);

function isRestorable(element: Element): element is Control {
  if (element instanceof HTMLInputElement) return !untouched.has(element.type);
  return element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement;
}

export function restoreSubmittedValues(form: HTMLFormElement, entries: [string, string][]) {
  const byName = new Map<string, string[]>();
  for (const [key, value] of entries) byName.set(key, [...(byName.get(key) ?? []), value]);
  const used = new Map<string, number>();
  for (const element of Array.from(form.elements)) {
    // A disabled field was not submitted, so its absence says nothing about it.
    if (!isRestorable(element) || !element.name || element.disabled) continue;
    const submitted = byName.get(element.name) ?? [];
    if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
      element.checked = submitted.includes(element.value);
    } else if (element instanceof HTMLSelectElement && element.multiple) {
      for (const option of Array.from(element.options)) option.selected = submitted.includes(option.value);
    } else {
      // Repeated text fields of one name take the submitted values in order.
      const index = used.get(element.name) ?? 0;
      used.set(element.name, index + 1);
      const value = submitted[index];
      if (value !== undefined) element.value = value;
    }
  }
}

/** Moves focus to the first field the server refused, so keyboard and screen-reader users land on it. */
export function focusFirstInvalid(form: HTMLFormElement) {
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
