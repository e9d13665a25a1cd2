import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseConfigError, readDatabaseConfig } from './config';

describe('readDatabaseConfig', () => {
  it('uses the embedded database in .data/pglite when DATABASE_URL is unset or blank', () => {
    expect(readDatabaseConfig({})).toEqual({ kind: 'pglite', dataDir: path.resolve('.data/pglite') });
    expect(readDatabaseConfig({ DATABASE_URL: '  ' })).toEqual({ kind: 'pglite', dataDir: path.resolve('.data/pglite') });
  });

  it('puts the embedded database where PGLITE_DATA_DIR says, as an absolute path', () => {
    expect(readDatabaseConfig({ PGLITE_DATA_DIR: 'tmp/db' })).toEqual({ kind: 'pglite', dataDir: path.resolve('tmp/db') });
    expect(readDatabaseConfig({ PGLITE_DATA_DIR: '/var/lib/ea' })).toEqual({ kind: 'pglite', dataDir: '/var/lib/ea' });
  });

  it('rejects a DATABASE_URL that is not a URL', () => {
    expect(() => readDatabaseConfig({ DATABASE_URL: 'not-a-url' })).toThrow(DatabaseConfigError);
    expect(() => readDatabaseConfig({ DATABASE_URL: 'not-a-url' })).toThrow(/not a valid URL/);
  });

  it('rejects any scheme but postgresql:// and postgres://', () => {
    expect(() => readDatabaseConfig({ DATABASE_URL: 'mysql://u:p@db/x' })).toThrow(/must start with postgresql:\/\/.*mysql:/);
    expect(() => readDatabaseConfig({ DATABASE_URL: 'file:./dev.db' })).toThrow(DatabaseConfigError);
  });

  it('rejects a URL without a host or a database name', () => {
    expect(() => readDatabaseConfig({ DATABASE_URL: 'postgresql:///ea' })).toThrow(/no host/);
    expect(() => readDatabaseConfig({ DATABASE_URL: 'postgresql://db.example.org:5432' })).toThrow(/names no database/);
    expect(() => readDatabaseConfig({ DATABASE_URL: 'postgresql://db.example.org:5432/' })).toThrow(/names no database/);
  });

  it('accepts a PostgreSQL URL and describes it as host:port/database', () => {
    const url = 'postgresql://ea:s3cret@db.example.org:6543/early_adopters?sslmode=require';
    expect(readDatabaseConfig({ DATABASE_URL: url })).toEqual({
      kind: 'postgres',
      url,
      display: 'db.example.org:6543/early_adopters',
    });
    expect(readDatabaseConfig({ DATABASE_URL: 'postgres://db/ea' })).toMatchObject({ kind: 'postgres', display: 'db:5432/ea' });
  });

  it('never puts the user name or password in `display`', () => {
    const config = readDatabaseConfig({ DATABASE_URL: 'postgresql://admin:Sup3r%40Secret@10.0.0.5/ea' });
    expect(config.kind).toBe('postgres');
    if (config.kind !== 'postgres') return;
    expect(config.display).toBe('10.0.0.5:5432/ea');
    expect(config.display).not.toMatch(/Sup3r|Secret|admin/);
  });

  it('ignores PGLITE_DATA_DIR when DATABASE_URL is set', () => {
    expect(readDatabaseConfig({ DATABASE_URL: 'postgresql://h/db', PGLITE_DATA_DIR: '/x' }).kind).toBe('postgres');
  });
});
