// The release cadence of the versioning scheme: intervals per type, and the UMD-major baseline rule.
import { describe, expect, it } from 'vitest';
import { addMonths, checkCadence, majorVersionOf, type PreviousRelease } from './cadence-rules';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
const candidate = (over: Partial<Parameters<typeof checkCadence>[0]> = {}) => ({
  component: 'CREAM',
  type: 'REVISION' as const,
  umdMajor: 'EMI-1.0',
  productVersion: '1.8.2-1',
  submittedAt: at('2026-03-20'),
  ...over,
});
const prev = (over: Partial<PreviousRelease> = {}): PreviousRelease => ({
  number: 7,
  type: 'REVISION',
  umdMajor: 'EMI-1.0',
  productVersion: '1.8.1-1',
  submittedAt: at('2026-03-10'),
  rejected: false,
  ...over,
});

describe('interval rules', () => {
  it('allows the first release of a product', () => {
    expect(checkCadence(candidate({ type: 'MAJOR', umdMajor: 'EMI-2.0', productVersion: '2.0.0' }), [])).toEqual([]);
  });

  it('refuses a revision within two weeks of the previous revision, allows it after', () => {
    const [violation] = checkCadence(candidate({ submittedAt: at('2026-03-23') }), [prev()]);
    expect(violation).toMatchObject({ rule: 'INTERVAL', field: 'type', previousNumber: 7 });
    expect(violation!.message).toContain('sw-rel #7');
    expect(violation!.message).toContain('24 Mar 2026');
    expect(checkCadence(candidate({ submittedAt: at('2026-03-24') }), [prev()])).toEqual([]);
  });

  it('refuses a minor release within a calendar month of the previous minor, allows it after', () => {
    const history = [prev({ type: 'MINOR', submittedAt: at('2026-01-31'), productVersion: '1.8.0' })];
    expect(checkCadence(candidate({ type: 'MINOR', productVersion: '1.9.0', submittedAt: at('2026-02-27') }), history)).toHaveLength(1);
    expect(checkCadence(candidate({ type: 'MINOR', productVersion: '1.9.0', submittedAt: at('2026-02-28') }), history)).toEqual([]);
  });

  it('refuses a major release within a year of the previous major', () => {
    const history = [prev({ type: 'MAJOR', umdMajor: 'EMI-1.0', productVersion: '1.0.0', submittedAt: at('2025-06-01') })];
    const early = checkCadence(candidate({ type: 'MAJOR', umdMajor: 'EMI-2.0', productVersion: '2.0.0', submittedAt: at('2026-05-31') }), history);
    expect(early.map((v) => v.rule)).toEqual(['INTERVAL']);
    expect(checkCadence(candidate({ type: 'MAJOR', umdMajor: 'EMI-2.0', productVersion: '2.0.0', submittedAt: at('2026-06-01') }), history)).toEqual(
      [],
    );
  });

  it('compares only with the same type, ignores emergencies and fully rejected releases', () => {
    expect(checkCadence(candidate(), [prev({ type: 'MINOR' })])).toEqual([]);
    expect(checkCadence(candidate({ type: 'EMERGENCY' }), [prev({ type: 'EMERGENCY', submittedAt: at('2026-03-19') })])).toEqual([]);
    expect(checkCadence(candidate(), [prev({ rejected: true })])).toEqual([]);
  });

  it('uses the most recent release of the type', () => {
    const history = [prev({ number: 1, submittedAt: at('2026-01-01') }), prev({ number: 2, submittedAt: at('2026-03-15') })];
    expect(checkCadence(candidate(), history)[0]!.previousNumber).toBe(2);
  });
});

describe('UMD major release rule', () => {
  it('refuses a major version change of the component within the same UMD major', () => {
    const history = [prev({ type: 'MINOR', productVersion: '1.8.0-1', submittedAt: at('2025-01-01') })];
    const [violation] = checkCadence(candidate({ type: 'MINOR', productVersion: '2.0.0-1' }), history);
    expect(violation).toMatchObject({ rule: 'MAJOR_VERSION_IN_UMD_MAJOR', field: 'productVersion' });
    expect(violation!.message).toContain('EMI-1.0 ships CREAM 1.x');
    expect(checkCadence(candidate({ type: 'MINOR', productVersion: '2.0.0-1', umdMajor: 'EMI-2.0' }), history)).toEqual([]);
  });

  it('refuses a MAJOR release into a UMD major that already contains the component', () => {
    const history = [prev({ type: 'MINOR', submittedAt: at('2024-01-01') })];
    const violations = checkCadence(candidate({ type: 'MAJOR', productVersion: '1.9.0' }), history);
    expect(violations.map((v) => v.rule)).toEqual(['MAJOR_RELEASE_IN_UMD_MAJOR']);
    expect(violations[0]!.message).toContain('next UMD major release');
  });

  it('allows minor and revision updates within the UMD major', () => {
    const history = [prev({ type: 'MAJOR', productVersion: '1.0.0', submittedAt: at('2024-01-01') })];
    expect(checkCadence(candidate({ type: 'MINOR', productVersion: '1.9.0' }), history)).toEqual([]);
  });
});

describe('helpers', () => {
  it('adds calendar months, clamping to shorter months', () => {
    expect(addMonths(new Date('2026-01-31T10:00:00Z'), 1).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths(new Date('2024-02-29T00:00:00Z'), 12).toISOString()).toBe('2025-02-28T00:00:00.000Z');
    expect(addMonths(new Date('2026-12-15T00:00:00Z'), 1).toISOString()).toBe('2027-01-15T00:00:00.000Z');
  });

  it('reads the major version', () => {
    expect(majorVersionOf('1.8.0-1')).toBe(1);
    expect(majorVersionOf('v12.3')).toBe(12);
    expect(majorVersionOf('beta')).toBeNull();
  });
});

describe('a release under an embargo the submitter may not read', () => {
  it('still counts, but no message names its ticket, version or major version', () => {
    const hidden = [
      prev({ hidden: true, productVersion: '1.8.1-1' }),
      prev({ hidden: true, number: 8, type: 'MINOR', productVersion: '2.0.0', submittedAt: at('2026-01-05') }),
    ];
    const violations = checkCadence(candidate({ type: 'MAJOR', productVersion: '3.0.0', submittedAt: at('2026-03-12') }), hidden);
    expect(violations.map((v) => v.rule).sort()).toEqual(['MAJOR_RELEASE_IN_UMD_MAJOR', 'MAJOR_VERSION_IN_UMD_MAJOR']);
    const refusal = checkCadence(candidate({ submittedAt: at('2026-03-12') }), hidden);
    expect(refusal.map((v) => v.rule)).toContain('INTERVAL');
    for (const { message } of [...violations, ...refusal]) {
      expect(message).toContain('a release under embargo');
      expect(message).not.toMatch(/sw-rel|1\.8\.1|2\.0\.0|2\.x/);
    }
  });
});
