// The production server is started with the same Node flags wherever this project tells someone to
// start it: `npm start`, README's commands and systemd units (the e2e suite and the benches import
// the flags from scripts/production-server.ts).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRODUCTION_NODE_FLAGS } from '@/scripts/production-server';

const flags = PRODUCTION_NODE_FLAGS.join(' ');

describe('the production server command', () => {
  it('npm start passes the flags', () => {
    const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.start).toContain(`node ${flags} .next/standalone/server.js`);
  });

  it('every way README starts the server passes them', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const starts = readme.split('\n').filter((line) => /(^|[\s=`/])node (\S+ )*(\.next\/standalone\/)?server\.js/.test(line) && !line.includes('|'));
    expect(starts.length).toBeGreaterThanOrEqual(3); // the shell example, the unit, the template unit
    for (const line of starts) expect(line, line).toContain(`node ${flags} `);
  });

  it('the e2e suite and the benches start it with the flags', () => {
    expect(fs.readFileSync('playwright.config.ts', 'utf8')).toContain("PRODUCTION_NODE_FLAGS.join(' ')");
    expect(fs.readFileSync('scripts/bench/load/app-server.ts', 'utf8')).toContain("[...PRODUCTION_NODE_FLAGS, '.next/standalone/server.js']");
  });
});
