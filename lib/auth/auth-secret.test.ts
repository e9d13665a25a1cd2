// The generated session secret of the embedded database: inside the data directory, owner-only, kept
// across restarts, moved once from the parent directory where older versions wrote it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadOrCreateSecret } from './auth-secret';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'auth-secret-'));
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(root, { recursive: true, force: true });
});

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

describe('generated session secret', () => {
  it('is written inside the data directory with mode 0600, never beside it, and kept', () => {
    const dataDir = path.join(root, 'db');
    const secret = loadOrCreateSecret(dataDir);
    expect(secret).toMatch(/^[\w-]{43}$/);
    expect(fs.readFileSync(path.join(dataDir, 'auth-secret'), 'utf8')).toBe(secret);
    expect(modeOf(path.join(dataDir, 'auth-secret'))).toBe(0o600);
    expect(fs.existsSync(path.join(root, 'auth-secret'))).toBe(false);
    expect(loadOrCreateSecret(dataDir)).toBe(secret);
  });

  it('gives two data directories in one folder two secrets', () => {
    expect(loadOrCreateSecret(path.join(root, 'a'))).not.toBe(loadOrCreateSecret(path.join(root, 'b')));
  });

  it('moves a secret from the old place (the parent) once, keeping its value, and tightens its mode', () => {
    const old = path.join(root, 'auth-secret');
    fs.writeFileSync(old, 'the-old-secret\n', { mode: 0o644 });
    const dataDir = path.join(root, 'db');
    expect(loadOrCreateSecret(dataDir)).toBe('the-old-secret');
    expect(fs.existsSync(old)).toBe(false);
    expect(modeOf(path.join(dataDir, 'auth-secret'))).toBe(0o600);
    // A file that turns up in the old place later is not taken over the one in the data directory.
    fs.writeFileSync(old, 'another-secret');
    expect(loadOrCreateSecret(dataDir)).toBe('the-old-secret');
    expect(fs.readFileSync(old, 'utf8')).toBe('another-secret');
  });
});
