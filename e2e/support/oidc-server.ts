// Runs the e2e OpenID Connect provider as a process: Playwright's first webServer, so that it is up
// before `next start` reads OIDC_ISSUER (Playwright starts webServers before globalSetup).
//   npx tsx e2e/support/oidc-server.ts          listens on 127.0.0.1:$OIDC_PORT (default 3199)
import { OIDC_DEFAULT_PORT } from './oidc-constants';
import { startOidcProvider } from './oidc-provider';

const port = Number(process.env.OIDC_PORT ?? OIDC_DEFAULT_PORT);
const redirectUris = process.env.OIDC_REDIRECT_URI ? [process.env.OIDC_REDIRECT_URI] : undefined;

try {
  const provider = await startOidcProvider({ port, redirectUris });
  console.log(`OpenID Connect provider for e2e tests at ${provider.issuer}`);
  const stop = () => void provider.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} catch (error) {
  console.error(`Cannot start the e2e OpenID Connect provider on 127.0.0.1:${port}: ${(error as Error).message}`);
  process.exit(1);
}
