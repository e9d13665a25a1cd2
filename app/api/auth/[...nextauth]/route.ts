import NextAuth from 'next-auth';
import { buildAuthOptions } from '@/lib/auth/auth-options';
import { trustRequestHostUnlessConfigured } from '@/lib/auth/auth-origin';


trustRequestHostUnlessConfigured();

async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  // next-auth 4 reads params synchronously; Next 16 hands them over as a promise.
  const params = await context.params;
  return NextAuth(buildAuthOptions())(request, { params });
}

export { handler as GET, handler as POST };
