// A real OpenID Connect provider (the `oidc-provider` npm package) on loopback, for the
// end-to-end sign-in tests. Its development login form accepts any username (which
// becomes the subject) and any password; its consent page has a Cancel link.
//
//   OIDC_PORT=3199 OIDC_REDIRECT_URI=http://127.0.0.1:3100/auth/test-oidc/callback node oidc-provider.mjs
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT ?? 3199);
const redirectUri = process.env.OIDC_REDIRECT_URI;
if (!redirectUri) throw new Error('OIDC_REDIRECT_URI is required');

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: 'ideas-e2e',
      client_secret: 'ideas-e2e-secret',
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  pkce: { required: () => true },
  claims: { openid: ['sub'], profile: ['name'], email: ['email', 'email_verified'] },
  // Each account's address is `{username}@example.org`, verified unless the username
  // starts with "unverified".
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        return {
          sub: id,
          name: `Test ${id}`,
          email: `${id}@example.org`,
          email_verified: !id.startsWith('unverified'),
        };
      },
    };
  },
  // Put the profile claims (the name) in the ID token, as NHS login and Google do.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['ideas-e2e-cookie-key'] },
});
provider.listen(port, '127.0.0.1', () => console.log(`oidc-provider listening on ${port}`));
