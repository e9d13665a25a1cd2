// Demo test plans (issue #14): what an Early Adopter team runs on a few components, as the catalogue's
// checklist. The examples are those of the issue and of the document's report fields.
export const TEST_PLANS: { stack: string; component: string; items: { title: string; mandatory: boolean }[] }[] = [
  {
    stack: 'glite',
    component: 'SE-DPM_mysql',
    items: [
      { title: 'List a directory via SRM', mandatory: true },
      { title: 'Copy a file in and out with GridFTP', mandatory: true },
      { title: 'Run the VO transfer tests for a day', mandatory: false },
    ],
  },
  {
    stack: 'arc',
    component: 'ARC-CE',
    items: [
      { title: 'Submit a job through the CE', mandatory: true },
      { title: 'Restart A-REX with jobs running', mandatory: true },
      { title: 'Check the accounting records', mandatory: false },
    ],
  },
];
