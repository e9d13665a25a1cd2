// Public atom feed of every production release (no sign-in, cacheable).
import { productionReleaseFeed } from '@/lib/feeds/release-feed';
import { feedResponse } from '@/lib/feeds/respond';


export async function GET(): Promise<Response> {
  const feed = await productionReleaseFeed({ selfPath: '/feeds/releases.atom' });
  return feedResponse(feed!, 'atom');
}
