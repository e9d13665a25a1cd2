#!/usr/bin/env bash
# Issue #20 "one vocabulary": the mechanical renames, replayable after a merge (idempotent: run it again
# on a tree that has other branches' code merged in, then typecheck). Run from the repository root.
#   1. The rollout outcome is "resolve" (DOMAIN.md, the reference document's "Status=resolved"; the machine
#      event and the audit action were already `resolve` / `rollout.resolve`): code names, permission, API path.
#   2. Zod schemas are named `Z<Thing>` (see CONTRIBUTING "Names"): the `<thing>Schema` names become `Z<Thing>`.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"

move() { if [ -e "$1" ]; then mkdir -p "$(dirname "$2")"; git mv "$1" "$2"; fi; }

# Source files to rewrite: tracked TypeScript/JavaScript and the docs, never generated code or migrations.
files() {
  git ls-files -z -- '*.ts' '*.tsx' '*.mjs' '*.md' \
    ':!:lib/generated/**' ':!:prisma/migrations/**' ':!:rename-vocabulary.sh'
}
subst() { files | xargs -0 perl -pi -e "$1"; }

# --- 1. close -> resolve (the rollout outcome only; a participation's `close` event, "closed" findings,
#        connections' close() and the like are other words and are left alone) ---
move lib/rollout/close-rollout.ts lib/rollout/resolve-rollout.ts
move lib/rollout/close-rollout.test.ts lib/rollout/resolve-rollout.test.ts
move components/rollout/close-form.tsx components/rollout/resolve-form.tsx
subst 's{/close-rollout\b}{/resolve-rollout}g; s{\./close-form\b}{./resolve-form}g'
subst 's/\bcloseRollout\b/resolveRollout/g; s/\bcloseAction\b/resolveAction/g; s/\bCloseInput\b/ResolveInput/g; s/\bcloseInput\b/resolveInput/g'
subst 's/\bCloseForm(Props)?\b/ResolveForm$1/g; s/\bcanClose\b/canResolve/g; s/\bcloseRollouts\b/resolveRollouts/g'
subst "s/'rollout\\.close'/'rollout.resolve'/g"
subst 's{rollouts/\$\{number\}/close`}{rollouts/\${number}/resolve`}g; s{POST /rollouts/\{n\}/close\b}{POST /rollouts/{n}/resolve}g; s{flying\(\x27/close\x27\)}{flying(\x27/resolve\x27)}g'
subst 's{`POST …/close`}{`POST …/resolve`}g'
# API clients' transition name in tests: post(…, 'close', …) and the list of every transition.
subst "s/(post\\([^,]+, (?:n, )?)'close'/\$1'resolve'/g; s/'comment', 'close'\\]/'comment', 'resolve']/g"

# --- 2. zod schema constants: `<thing>Schema` -> `Z<Thing>` (the majority style, 62 to 31) ---
# Only these exported constants (a function that builds a schema, e.g. tableParamsSchema, keeps its name).
schema_map=(
  closeSchema:ZResolveRollout
  assignSchema:ZAssign autoAcceptSchema:ZAutoAccept betaSchema:ZBeta callVolunteersSchema:ZCallVolunteers
  changeModeSchema:ZChangeMode commentSchema:ZComment coverageTargetSchema:ZCoverageTarget
  exposureEndSchema:ZExposureEnd findingSchema:ZFinding findingSeveritySchema:ZFindingSeverity
  findingStateSchema:ZFindingState followSchema:ZFollow holidayIdSchema:ZHolidayId holidaySchema:ZHoliday
  inviteSchema:ZInvite notesSchema:ZNotes outboxFilterSchema:ZOutboxFilter outboxIdSchema:ZOutboxId
  policySchema:ZPolicy rejectAnswerSchema:ZRejectAnswer replySchema:ZReply reportFieldsSchema:ZReportFields
  rolloutNumberSchema:ZRolloutNumber startExposureSchema:ZStartExposure submitReleaseSchema:ZSubmitRelease
  subscriptionIdSchema:ZSubscriptionId transitionSchema:ZTransition volunteerSchema:ZVolunteer
  withdrawFormSchema:ZWithdrawForm withdrawSchema:ZWithdraw
)
expr=''
for pair in "${schema_map[@]}"; do expr+="s/\\b${pair%%:*}\\b/${pair##*:}/g; "; done
subst "$expr"
