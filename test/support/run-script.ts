// Runs one of scripts/*.ts the way `npm run …` does (tsx, from the repository root) and collects its
// exit code and output. `env` goes over this process's environment; an undefined value removes the
// variable. NODE_OPTIONS is always removed: vitest's own must not leak into the child.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(script: string, args: string[], env: Record<string, string | undefined>, tsxArgs: string[] = []): Promise<ScriptResult> {
  return runProcess('npx', ['--no-install', 'tsx', ...tsxArgs, script, ...args], { cwd: ROOT, env });
}

/** Runs a program with this environment plus `env` (NODE_OPTIONS removed), `input` on its standard input. */
export function runProcess(command: string, args: string[], options: { cwd?: string; env: Record<string, string | undefined>; input?: Buffer | string }): Promise<ScriptResult> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: undefined, ...options.env };
  for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: childEnv, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => {}); // the program may exit before reading all of its input
    child.stdin.end(options.input ?? '');
  });
}
