// Public atom feed of the staged rollouts in progress (no sign-in, cacheable).
import { rolloutsInProgressFeed } from '@/lib/feeds/rollout-feed';
import { feedResponse } from '@/lib/feeds/respond';


export async function GET(): Promise<Response> {
  return feedResponse(await rolloutsInProgressFeed('/feeds/rollouts.atom'), 'atom');
}
