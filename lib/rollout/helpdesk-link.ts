// A finding's link to an external helpdesk ticket (document section 2.3 step 10: "open GGUS tickets,
// link them to the RT ticket"): a bare GGUS id becomes its GGUS URL; other links must be http(s). Pure.

export function ggusTicketUrl(id: string): string {
  return `https://ggus.eu/?mode=ticket_info&ticket_id=${id}`;
}

export type HelpdeskReference = { ok: true; externalId: string | null; url: string } | { ok: false; message: string };

/** `123456`, `GGUS #123456` or an http(s) URL (a GGUS URL also yields its ticket id). */
export function parseHelpdeskReference(input: string): HelpdeskReference {
  const value = input.trim();
  const id = /^(?:ggus\s*)?#?\s*(\d{4,9})$/i.exec(value)?.[1];
  if (id) return { ok: true, externalId: id, url: ggusTicketUrl(id) };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, message: 'Give a GGUS ticket number (e.g. 123456) or the ticket’s http(s) address.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, message: 'Only http:// and https:// links are allowed.' };
  if (url.username || url.password) return { ok: false, message: 'Links must not contain a user name or password.' };
  const ticketId = /(^|\.)ggus\.(eu|org)$/i.test(url.hostname) ? (url.searchParams.get('ticket_id') ?? url.searchParams.get('ticket')) : null;
  return { ok: true, externalId: ticketId && /^\d+$/.test(ticketId) ? ticketId : null, url: url.toString() };
}
