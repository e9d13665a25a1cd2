// Shared types of the generic data table: column meta (labels for menus and CSV), filter definitions.
import type { RowData } from '@tanstack/react-table';
import type { SuggestSource } from './suggest-sources';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Plain-text name of the column (column menu, sort button labels); defaults to the column id. */
    label?: string;
    /** Right-align numbers. */
    numeric?: boolean;
    /** Extra classes for the cells of this column (e.g. a min width). */
    className?: string;
  }
}

export interface FilterOption {
  value: string;
  label: string;
}

/** A toolbar filter. `select`: a fixed list; `search`: free text (a wide field); `text`: short free text (a narrow
 *  field, e.g. a number or an id); `date`: a calendar day (`dateFilter()` in the schema); `suggest`: free text with
 *  suggestions looked up in the API as the person types (long lists: teams, components). */
export type FilterDef =
  | { id: string; label: string; type: 'select'; options: FilterOption[]; allLabel?: string }
  | { id: string; label: string; type: 'search'; placeholder?: string }
  | { id: string; label: string; type: 'text'; placeholder?: string; inputMode?: 'numeric' | 'text' }
  | { id: string; label: string; type: 'date' }
  | { id: string; label: string; type: 'suggest'; source: SuggestSource; placeholder?: string };
