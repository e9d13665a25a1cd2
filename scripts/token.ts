// npm run token -- create <user-email> [name]: creates a personal API token for a user and prints it
// (the operators' way in before anyone has signed in).
import { createApiToken } from '../lib/auth/api-tokens';
import { closeDatabase, getDb } from '../lib/db/client';

const OPERATOR = { id: null, label: 'operator (command line)' };

async function main(): Promise<number> {
  const [command, email, name] = process.argv.slice(2);
  if (command !== 'create' || !email) {
    console.error('Usage: npm run token -- create <user-email> [token name]');
    return 2;
  }
  const db = getDb();
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) {
    console.error(`No user with e-mail ${email}. Users appear after their first sign-in, or when an admin adds them to a team.`);
    return 1;
  }
  const created = await createApiToken(OPERATOR, user.id, name?.trim() || 'command line');
  console.log(created.token);
  return 0;
}

main()
  .then(async (code) => {
    await closeDatabase();
    process.exit(code);
  })
  .catch((error) => {
    console.error((error as Error).message.split('\n')[0]);
    process.exit(1);
  });
