// Input schemas of the notification actions (subscriptions, outbox, holidays).
import { z } from 'zod';

export const TARGET_TYPES = ['STACK', 'COMPONENT', 'TEAM', 'ROLLOUT'] as const;
export const DELIVERY_MODES = ['IMMEDIATE', 'DIGEST'] as const;

export const ZFollow = z.object({
  targetType: z.enum(TARGET_TYPES, { message: 'Choose what to follow.' }),
  targetId: z.string().trim().min(1, 'Choose what to follow.').max(64),
  mode: z.enum(DELIVERY_MODES, { message: 'Choose immediate mail or a daily digest.' }).default('IMMEDIATE'),
});

export const ZSubscriptionId = z.object({ id: z.string().trim().min(1).max(64) });

export const ZChangeMode = ZSubscriptionId.extend({ mode: z.enum(DELIVERY_MODES, { message: 'Choose immediate mail or a daily digest.' }) });

export const ZOutboxId = z.object({ id: z.string().trim().min(1).max(64) });

export const ZHoliday = z.object({
  date: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD.').refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'That date does not exist.'),
  name: z.string().trim().min(1, 'Give the holiday a name.').max(120, 'At most 120 characters.'),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .max(16, 'At most 16 characters.')
    .regex(/^[A-Z0-9-]*$/, 'An NGI code (letters, digits, -), or empty for everywhere.')
    .default(''),
});

export const ZHolidayId = z.object({ id: z.string().trim().min(1).max(64) });
