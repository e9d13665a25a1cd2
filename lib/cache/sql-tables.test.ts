import { describe, expect, it } from 'vitest';
import { quotedIdentifiers } from './sql-tables';

describe('quotedIdentifiers', () => {
  it('finds the quoted table names of Prisma statements and of our raw SQL (with columns, once each)', () => {
    const prisma = 'SELECT "t0"."id", "t0"."name" FROM "public"."Team" AS "t0" LEFT JOIN "public"."TeamContact" AS "t1" ON "t1"."teamId" = "t0"."id" WHERE "t0"."id" = $1';
    expect(quotedIdentifiers(prisma)).toEqual(expect.arrayContaining(['Team', 'TeamContact', 'public', 'teamId']));
    expect(quotedIdentifiers(prisma).filter((name) => name === 't0')).toHaveLength(1);
    expect(quotedIdentifiers('SELECT count(*) FROM "Participation" p JOIN "Rollout" r ON r.id = p."rolloutId"')).toEqual(['Participation', 'Rollout', 'rolloutId']);
  });

  it('finds nothing in a statement without quoted identifiers', () => {
    expect(quotedIdentifiers('SELECT 1')).toEqual([]);
  });
});
