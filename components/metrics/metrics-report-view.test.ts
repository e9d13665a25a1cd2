// The metrics view rendered on the server, as the page sends it: tables with the numbers, charts as
// SVG images with a title and their data in words, a CSV link per table.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildMetricsReport } from '@/lib/metrics/build-metrics-report';
import { projectYearPeriod } from '@/lib/metrics/project-quarters';
import { MetricsReportView } from './metrics-report-view';

const d = (iso: string) => new Date(iso);
const report = buildMetricsReport(
  {
    stacks: [{ slug: 'glite', name: 'gLite' }],
    releases: [
      { id: 'a', stackSlug: 'glite', productionAt: null, skippedRollout: false, skippedAt: null, rollouts: [{ resolved: true, outcome: 'ACCEPT', resolvedAt: d('2010-06-01T00:00:00Z') }] },
      { id: 'b', stackSlug: 'glite', productionAt: d('2010-09-01T00:00:00Z'), skippedRollout: false, skippedAt: null, rollouts: [] },
    ],
    tests: [
      { ngiName: 'Portugal', submittedAt: d('2010-05-30T00:00:00Z') },
      { ngiName: 'Portugal', submittedAt: d('2010-08-30T00:00:00Z') },
      { ngiName: 'Italy', submittedAt: d('2011-03-01T00:00:00Z') },
    ],
    teams: [{ createdAt: d('2009-01-01T00:00:00Z'), retiredAt: null }],
    coverage: { components: [], platforms: [], commitments: [], target: 2 },
    participations: [{ stackSlug: 'glite', invitedAt: d('2010-06-01T08:00:00Z'), repliedAt: d('2010-06-01T12:00:00Z'), exposureStart: null, exposureEnd: null }],
    rollouts: [],
  },
  projectYearPeriod(2010),
);

describe('MetricsReportView', () => {
  const html = renderToStaticMarkup(createElement(MetricsReportView, { report, query: 'year=2010' }));

  it('renders each table with its numbers and a total row', () => {
    expect(html).toContain('Table 1: number of components per project quarter');
    expect(html).toMatch(/data-testid="component-outcomes-total">.*?>1<\/td>.*?>0<\/td>.*?>1<\/td>/);
    expect(html).toMatch(/<th scope="row"[^>]*>Portugal<\/th><td[^>]*>66\.7<\/td><td[^>]*>2<\/td><td[^>]*>1<\/td><td[^>]*>1<\/td>/);
  });

  it('renders the charts as labelled SVG images with their data in words', () => {
    expect(html).toMatch(/<svg role="img" aria-labelledby="[^"]+"/);
    expect(html).toContain('<title id=');
    expect(html).toContain('Q1: 1 Accepted, 0 Rejected, 0 No test; Q2: 0 Accepted, 0 Rejected, 1 No test');
    expect(html).toContain('Portugal: 2 (Q1 1, Q2 1, Q3 0, Q4 0)');
    expect(html).toContain('gLite: median 4 hours, 90th percentile 4 hours (1)');
  });

  it('links a CSV download of every table for the same period', () => {
    for (const table of ['component-outcomes', 'tests-per-ngi', 'team-counts', 'coverage', 'time-measures']) {
      expect(html).toContain(`href="/api/v1/metrics/${table}.csv?year=2010"`);
    }
  });
});
