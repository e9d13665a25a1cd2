// PASS/FAIL lines of the fault runs, collected for the summary of `npm run faults`.
export interface Outcome {
  fault: string;
  check: string;
  pass: boolean;
  detail: string;
}

export const outcomes: Outcome[] = [];

export function verdict(fault: string, check: string, pass: boolean, detail = ''): boolean {
  outcomes.push({ fault, check, pass, detail });
  console.log(`${pass ? 'PASS' : 'FAIL'}  [${fault}] ${check}${detail ? ` — ${detail}` : ''}`);
  return pass;
}
