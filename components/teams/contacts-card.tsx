// A team's e-mail contacts: listed for everyone; the team's members and admins add and remove them.
import { Card } from '@/components/ui/card';
import type { TeamDetail } from '@/lib/teams/get-team';
import { removeContactAction } from '@/app/(app)/teams/actions';
import { AddContactForm } from './add-contact-form';
import { InlineActionForm } from '@/components/ui/inline-action-form';

export function ContactsCard({ team, canEdit }: { team: TeamDetail; canEdit: boolean }) {
  return (
    <Card title="E-mail contacts" id="contacts">
      {team.contacts.length === 0 ? (
        <p className="text-sm text-slate-600">No contact address yet; invitations go to the members only.</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {team.contacts.map((contact) => (
            <li key={contact.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <a href={`mailto:${contact.email}`} className="text-brand-700 hover:underline">
                  {contact.email}
                </a>
                {contact.name && <span className="text-slate-500"> — {contact.name}</span>}
              </span>
              {canEdit && (
                <InlineActionForm action={removeContactAction} hidden={{ contactId: contact.id }} label={`Remove contact ${contact.email}`}>
                  Remove
                </InlineActionForm>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && <AddContactForm teamId={team.id} />}
    </Card>
  );
}
