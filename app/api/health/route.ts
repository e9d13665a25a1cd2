// GET /api/health: 200 with the database kind and migration status; 503 with a reason otherwise.
import { NextResponse } from 'next/server';
import { readDatabaseConfig } from '@/lib/db/config';
import { migrationStatus } from '@/lib/db/migrations/apply-migrations';
import { openSqlConnection } from '@/lib/db/sql-connection';


export async function GET() {
  let kind = 'unknown';
  try {
    const config = readDatabaseConfig();
    kind = config.kind === 'pglite' ? 'embedded (PGlite)' : 'postgresql';
    const conn = await openSqlConnection(config);
    try {
      const status = await migrationStatus(conn);
      const upToDate = status.pending.length === 0;
      return NextResponse.json(
        {
          status: upToDate ? 'ok' : 'degraded',
          database: kind,
          migrations: { applied: status.applied.length, pending: status.pending, upToDate },
        },
        { status: upToDate ? 200 : 503 },
      );
    } finally {
      await conn.close();
    }
  } catch (error) {
    return NextResponse.json(
      { status: 'unavailable', database: kind, reason: error instanceof Error ? error.message.split('\n')[0] : String(error) },
      { status: 503 },
    );
  }
}
