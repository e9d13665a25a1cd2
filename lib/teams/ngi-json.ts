// An NGI as the API answers it (list and detail alike), defined once as a zod schema: the OpenAPI
// description shows it and test/api/openapi-responses.test.ts checks real answers against it.
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { retirementJson } from '@/lib/catalog/catalog-json';

export const ZNgiJson = z.strictObject({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  status: z.enum(['live', 'retired']),
  retiredAt: z.iso.datetime().nullable(),
  version: z.int(),
  createdAt: z.iso.datetime(),
  /** GOCDB's name of the NGI when the site-registry sync knows it. */
  gocdbName: z.string().nullable(),
  sites: z.int(),
});
export type NgiJson = z.infer<typeof ZNgiJson>;

export async function listNgisJson(where: { id?: string } = {}): Promise<NgiJson[]> {
  const ngis = await db.ngi.findMany({ where, include: { _count: { select: { sites: true } } }, orderBy: { code: 'asc' } });
  return ngis.map((ngi) => ({
    id: ngi.id,
    code: ngi.code,
    name: ngi.name,
    ...retirementJson(ngi),
    version: ngi.version,
    createdAt: ngi.createdAt.toISOString(),
    gocdbName: ngi.gocdbName,
    sites: ngi._count.sites,
  }));
}

export async function loadNgiJson(id: string): Promise<NgiJson> {
  const [ngi] = await listNgisJson({ id });
  if (!ngi) throw new NotFoundError('This NGI no longer exists.');
  return ngi;
}
