// Public iCalendar feed of a team's deadlines: /feeds/teams/<team-name>.ics (reply due dates,
// exposure periods, report due dates), to subscribe to from any calendar application.
import { buildCalendar } from '@/lib/feeds/ical';
import { calendarResponse, notFound } from '@/lib/feeds/respond';
import { safeDecodeURIComponent } from '@/lib/http/safe-decode';
import { teamDeadlineCalendar } from '@/lib/feeds/team-deadlines';


export async function GET(_request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await context.params;
  const match = /^(.+)\.ics$/.exec(safeDecodeURIComponent(file));
  if (!match) return notFound('Calendar (use <team-name>.ics)');
  const calendar = await teamDeadlineCalendar(match[1]!);
  return calendar ? calendarResponse(buildCalendar(calendar), `${match[1]}.ics`) : notFound(`Team "${match[1]}"`);
}
