'use server';
// The coordinator's readiness settings: a policy version, and auto-accept per stack.
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { ZAutoAccept, setStackAutoAccept } from '@/lib/readiness/auto-accept-setting';
import { ZPolicy } from '@/lib/readiness/policy-schema';
import { savePolicy } from '@/lib/readiness/policy-store';

export async function savePolicyAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, { input: ZPolicy, run: savePolicy, revalidate: ['/admin/readiness'] });
}

export async function autoAcceptAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZAutoAccept,
    run: setStackAutoAccept,
    revalidate: ['/admin/readiness'],
  });
}
