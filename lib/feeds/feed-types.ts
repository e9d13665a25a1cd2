// The one shape every syndication feed is built from, whatever the format (RSS 2.0 or Atom).
export interface FeedEntry {
  /** Stable and unique for ever (used as RSS guid and Atom id). */
  id: string;
  title: string;
  url: string;
  summary: string;
  published: Date;
  updated: Date;
  author?: string;
  categories?: string[];
}

export interface Feed {
  title: string;
  description: string;
  /** The page of the app the feed mirrors. */
  pageUrl: string;
  /** The feed's own URL (RSS atom:link rel=self, Atom link rel=self and id). */
  selfUrl: string;
  updated: Date;
  entries: FeedEntry[];
}
