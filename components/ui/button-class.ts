// Button styles, usable from server and client components alike (links styled as buttons too).
const VARIANTS = {
  primary: 'bg-brand-600 text-white hover:bg-brand-700 border border-brand-600',
  secondary: 'bg-white text-slate-800 hover:bg-slate-100 border border-slate-300',
  danger: 'bg-white text-red-700 hover:bg-red-50 border border-red-300',
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

export function buttonClass(variant: ButtonVariant = 'primary', extra = ''): string {
  return `inline-flex items-center justify-center gap-1 rounded px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50 ${VARIANTS[variant]} ${extra}`;
}
