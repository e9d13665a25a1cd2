// Where a `suggest` filter finds its names: the public list endpoints, searched and sorted by name.
// Any signed-in user may read both lists (the API's own rule), so the suggestions show nothing new.
export type SuggestSource = 'teams' | 'components';

// Components include retired ones: a team's past commitments to them can still be filtered on.
const SOURCES: Record<SuggestSource, { path: string; params: Record<string, string> }> = {
  teams: { path: '/api/v1/teams', params: { sort: 'name', dir: 'asc', perPage: '25' } },
  components: { path: '/api/v1/components', params: { sort: 'name', dir: 'asc', perPage: '25', status: 'all' } },
};

export function suggestUrl(source: SuggestSource, query: string): string {
  const { path, params: fixed } = SOURCES[source];
  const params = new URLSearchParams(fixed);
  if (query) params.set('q', query);
  return `${path}?${params}`;
}
