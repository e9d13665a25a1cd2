// Body of the API's holiday create: the calendar form's fields (lib/notify/schemas.ts), with the NGI
// given by id, code or name (left out: the holiday applies everywhere).
import { z } from 'zod';
import { reference } from '@/lib/api/body-fields';
import { ZHoliday } from '@/lib/notify/schemas';

export const ZApiCreateHoliday = z.strictObject({ date: ZHoliday.shape.date, name: ZHoliday.shape.name, ngi: reference('NGI').optional() });
