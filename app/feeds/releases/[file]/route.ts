// Public feed of one stack's production releases: /feeds/releases/<stack-slug>.rss or .atom.
import { productionReleaseFeed } from '@/lib/feeds/release-feed';
import { feedResponse, notFound, splitFeedFile } from '@/lib/feeds/respond';


export async function GET(_request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await context.params;
  const parsed = splitFeedFile(file);
  if (!parsed) return notFound('Feed (use <stack>.rss or <stack>.atom)');
  const feed = await productionReleaseFeed({ stackSlug: parsed.name, selfPath: `/feeds/releases/${encodeURIComponent(file)}` });
  return feed ? feedResponse(feed, parsed.format) : notFound(`Stack "${parsed.name}"`);
}
