// The nine UMD capability categories (document section 1), with the labels shown to people.
import type { Capability } from '@/lib/generated/prisma/enums';

export const CAPABILITIES = ['INFORMATION', 'COMPUTE', 'STORAGE', 'DATA', 'INSTRUMENTATION', 'SECURITY', 'VIRTUALIZATION', 'OPERATIONS', 'CLIENT'] as const satisfies readonly Capability[];

export const CAPABILITY_LABELS: Record<Capability, string> = {
  INFORMATION: 'Information',
  COMPUTE: 'Compute',
  STORAGE: 'Storage',
  DATA: 'Data',
  INSTRUMENTATION: 'Instrumentation',
  SECURITY: 'Security',
  VIRTUALIZATION: 'Virtualization',
  OPERATIONS: 'Operations',
  CLIENT: 'Client',
};
