import { describe, expect, it } from 'vitest';
import { formToObject } from './action-result';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe('formToObject', () => {
  it('keeps repeated keys as arrays and drops Next’s $ACTION fields', () => {
    expect(formToObject(form([['a', '1'], ['b', '2'], ['a', '3'], ['a', '4'], ['$ACTION_ID_x', 'y']]))).toEqual({ a: ['1', '3', '4'], b: '2' });
  });

  it('makes field names like __proto__, toString and constructor own values, never the prototype', () => {
    const out = formToObject(form([['__proto__', 'p1'], ['__proto__', 'p2'], ['toString', 't'], ['constructor', 'c'], ['name', 'n']]));
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual(['p1', 'p2']);
    expect(Object.hasOwn(out, 'toString') && out.toString).toBe('t');
    expect(out.constructor).toBe('c');
    expect(out.name).toBe('n');
  });
});
