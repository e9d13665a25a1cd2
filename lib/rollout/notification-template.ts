// The e-mail a manager sends to the selected EA teams (document section 2.3 steps 4-6), prefilled in
// the document's spirit and editable before sending. `{{placeholders}}` are filled per team; the exact
// reply lines are always appended, so an edited template can never break the e-mail reply. Pure.

export interface TemplateContext {
  title: string;
  umdMajor: string;
  stackName: string;
  component: string;
  version: string;
  platform: string;
  repoUrl: string;
  releaseUrl: string;
  verificationReportUrl: string;
  rolloutUrl: string;
  exposureDays: number;
  managerName: string;
}

export interface TeamVariables {
  /** ea-<NGI>-<Site> */
  team: string;
  /** <NGI>-<Site>, as written in the reply line */
  ngiSite: string;
  replyDue: string;
  reportFileName: string;
}

export const TEMPLATE_PLACEHOLDERS = ['team', 'ngiSite', 'replyDue', 'reportFileName'] as const satisfies readonly (keyof TeamVariables)[];
export const MAX_TEMPLATE_LENGTH = 20_000;

export function defaultNotificationTemplate(ctx: TemplateContext): string {
  return [
    'Dear Early Adopters of {{team}},',
    '',
    'a new release has passed verification and is ready for staged rollout:',
    '',
    `    ${ctx.title}`,
    '',
    `What to install: ${ctx.component} ${ctx.version} (${ctx.stackName}, ${ctx.umdMajor}) on ${ctx.platform}.`,
    `Staged-rollout repository: ${ctx.repoUrl || '(see the release page)'}`,
    `Release notes: ${ctx.releaseUrl}`,
    ...(ctx.verificationReportUrl ? [`Verification report: ${ctx.verificationReportUrl}`] : []),
    `Rollout ticket: ${ctx.rolloutUrl}`,
    '',
    'Please reply within 1 working day (by {{replyDue}}) with one line:',
    '    accept {{ngiSite}}',
    'or',
    '    reject {{ngiSite}}',
    '',
    'If you accept: install and configure the update on a production service (you may set the "beta" flag on',
    'the service in GOCDB for the staged rollout only; remember to remove it at the end), run your tests, and',
    `keep the service exposed to production users and VOs for ${ctx.exposureDays} days. Discuss issues in the`,
    'ticket or open GGUS tickets and link them from it.',
    '',
    'Then upload your report in the app, named exactly',
    '    {{reportFileName}}',
    '(.odt, .doc, .pdf, .md or .txt): are the release notes correct, which tests you performed, and production',
    'metrics (jobs per day, transfers per day, VOs configured on the service).',
    '',
    'Thank you,',
    ctx.managerName,
    `Staged Rollout Manager, ${ctx.stackName}`,
  ].join('\n');
}

/** Placeholders the template uses that do not exist (a typo would otherwise reach the teams verbatim). */
export function unknownPlaceholders(template: string): string[] {
  const known = new Set<string>(TEMPLATE_PLACEHOLDERS);
  return [...new Set([...template.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((match) => match[1]!))].filter((name) => !known.has(name));
}

export function renderInvitation(template: string, vars: TeamVariables, rolloutUrl: string): string {
  const body = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, name: string) => (name in vars ? vars[name as keyof TeamVariables] : all));
  return [
    body.trimEnd(),
    '',
    '-- ',
    `To answer, reply to this message (keep the [staged-rollout #…] tag in the subject) with exactly one line,`,
    `before ${vars.replyDue}:`,
    '',
    `accept ${vars.ngiSite}`,
    'or',
    `reject ${vars.ngiSite}`,
    '',
    `or use the Accept / Decline buttons on ${rolloutUrl}`,
  ].join('\n');
}
