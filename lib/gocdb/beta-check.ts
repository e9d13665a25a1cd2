// Pure comparison of what a team declared in the app (its participation's beta flag) with what GOCDB
// says of the team's endpoints of the component's service type, as last read by the sync.
export interface EndpointFlags {
  hostname: string;
  beta: boolean;
}

export type BetaCheck =
  | { kind: 'no-endpoint' } // GOCDB lists no endpoint of this service type at the site
  | { kind: 'agrees' }
  | { kind: 'declared-not-in-gocdb'; hostnames: string[] } // beta declared, BETA=N in GOCDB
  | { kind: 'gocdb-not-declared'; hostnames: string[] } // BETA=Y in GOCDB, not declared in the app
  | { kind: 'left-after-release'; hostnames: string[] }; // rollout resolved, BETA=Y still in GOCDB

export function checkBeta(declared: boolean, rolloutResolved: boolean, endpoints: EndpointFlags[]): BetaCheck {
  if (endpoints.length === 0) return { kind: 'no-endpoint' };
  const flagged = endpoints.filter((endpoint) => endpoint.beta).map((endpoint) => endpoint.hostname);
  if (rolloutResolved) return flagged.length ? { kind: 'left-after-release', hostnames: flagged } : { kind: 'agrees' };
  if (declared && flagged.length === 0) return { kind: 'declared-not-in-gocdb', hostnames: endpoints.map((endpoint) => endpoint.hostname) };
  if (!declared && flagged.length > 0) return { kind: 'gocdb-not-declared', hostnames: flagged };
  return { kind: 'agrees' };
}

export function describeBetaCheck(check: BetaCheck, serviceType: string): string {
  switch (check.kind) {
    case 'no-endpoint':
      return `GOCDB lists no ${serviceType} endpoint at this site.`;
    case 'agrees':
      return 'The app and GOCDB agree.';
    case 'declared-not-in-gocdb':
      return `The team declared beta, but GOCDB shows BETA=N for ${check.hostnames.join(', ')}.`;
    case 'gocdb-not-declared':
      return `GOCDB shows BETA=Y for ${check.hostnames.join(', ')}, but the team has not declared beta here.`;
    case 'left-after-release':
      return `The rollout is resolved but GOCDB still shows BETA=Y for ${check.hostnames.join(', ')}: remove the flag in GOCDB.`;
  }
}
