'use server';

import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { policySchema } from '@/lib/readiness/policy-schema';
import { savePolicy } from '@/lib/readiness/policy-store';

export async function savePolicyAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, { input: policySchema, run: savePolicy, revalidate: ['/admin/readiness'] });
}
