import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Prisma's case-insensitive filters are ILIKE without escaping: use lib/db/like.ts (see CONTRIBUTING.md).
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['lib/db/like.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "Property[key.name='mode'][value.value='insensitive']", message: "Use equalsIgnoringCase/containsIgnoringCase from '@/lib/db/like': Prisma does not escape % and _." },
      ],
    },
  },
  {
    // The layers point one way: app/ and components/ use lib/, never the reverse (CONTRIBUTING "Layout").
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/components/*', '@/app/*', '**/components/*', '**/app/*'], message: 'lib/ must not import components/ or app/: move the shared part into lib/.' }] },
      ],
    },
  },
  { ignores: ['lib/generated/**', '.next/**', 'node_modules/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];

export default config;
