// /admin/readiness: the readiness policy of each release type and of security releases (issue #14),
// edited by the coordinator; every save is a new version, listed below with its reason.
import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { AutoAcceptForm } from '@/components/readiness/auto-accept-form';
import { PolicyForm } from '@/components/readiness/policy-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';
import { formatDateTime } from '@/lib/format';
import { describePolicy, POLICY_KIND_LABELS, POLICY_KINDS } from '@/lib/readiness/policy';
import { currentPolicies, policyHistory } from '@/lib/readiness/policy-store';
import { listStacksAutoAccept } from '@/lib/readiness/auto-accept-setting';
import { noticeWorkingDays } from '@/lib/readiness/auto-accept-plan';

export const metadata: Metadata = { title: 'Readiness policy' };

export default async function ReadinessPolicyPage() {
  const user = await requirePageUser('/admin/readiness');
  if (!can(user, 'policy.edit')) forbidden();
  const [policies, history, stacks] = await Promise.all([currentPolicies(), policyHistory(), listStacksAutoAccept()]);
  const notice = noticeWorkingDays();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Readiness policy"
        description="What a rollout must show before it can be accepted, per release type; a security release follows the security policy whatever its type. Every rollout shows the version that applied."
      />
      <div className="grid gap-6 lg:grid-cols-2">
        {POLICY_KINDS.map((kind) => (
          <Card key={kind} title={`${POLICY_KIND_LABELS[kind]} (v${policies[kind].version})`} id={`policy-${kind.toLowerCase()}`}>
            <PolicyForm policy={policies[kind]} label={POLICY_KIND_LABELS[kind]} />
          </Card>
        ))}
      </div>
      <Card title="Auto-accept per stack" id="auto-accept">
        <div className="space-y-4">
          <p className="text-sm text-slate-700">
            Off by default. When on, a rollout of the stack whose every readiness rule has held for {notice} working day{notice === 1 ? '' : 's'} (the notice period,
            announced to the manager and the teams) is resolved ACCEPT by itself with a summary generated from the reports. A new finding, a REJECT recommendation,
            a hold or a policy change during the notice cancels it.
          </p>
          <div className="grid gap-4 md:grid-cols-2">
            {stacks.map((stack) => (
              <AutoAcceptForm key={stack.id} stack={stack} />
            ))}
          </div>
        </div>
      </Card>
      <Card title="Versions" id="policy-versions">
        <ul aria-label="Policy versions" className="divide-y divide-slate-100 text-sm">
          {history.map((row) => (
            <li key={row.id} className="py-2">
              <p>{describePolicy(row)}</p>
              <p className="text-xs text-slate-600">
                {formatDateTime(row.createdAt, user.timeZone)} · {row.createdBy?.name ?? 'migration'} · {row.reason}
              </p>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
