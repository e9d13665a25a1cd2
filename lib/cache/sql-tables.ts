// The quoted identifiers of an SQL statement: a superset of the tables it reads or writes (Prisma and
// our raw SQL always quote table names, which are PascalCase). Column names come along; callers
// intersect with the real table list. Prisma sends the same few hundred statements again and again,
// so answers are remembered.
const QUOTED_IDENTIFIER = /"([A-Za-z_][A-Za-z0-9_]*)"/g;
const MAX_REMEMBERED = 5_000;
const remembered = new Map<string, readonly string[]>();

export function quotedIdentifiers(sql: string): readonly string[] {
  let names = remembered.get(sql);
  if (!names) {
    names = [...new Set(Array.from(sql.matchAll(QUOTED_IDENTIFIER), (match) => match[1]!))];
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(sql, names);
  }
  return names;
}
