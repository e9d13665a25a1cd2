// A field's error messages under it, with the id its control's aria-describedby points to; nothing
// when there is no error.
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={id} className="mt-1 text-sm text-red-700">
      {errors.join(' ')}
    </p>
  ) : null;
}
