// Sign-in through Keycloak's public client (authorization code + PKCE); roles and workspace come from the token.
import Keycloak from 'keycloak-js';

export type Role = 'viewer' | 'editor' | 'collector' | 'admin';

export interface Session {
  readonly user: string;
  readonly workspace: string;
  readonly roles: readonly string[];
  /** editor or admin: may change personas, journeys and surveys. */
  readonly canEdit: boolean;
  /** Admins also delete journeys and erase respondents. */
  readonly isAdmin: boolean;
  /** A valid access token, refreshed first when it expires within 30 s. */
  token(): Promise<string>;
  signOut(): void;
}

/** What the gateway tells the app about its identity provider (GET /web-config.json). */
interface WebConfig {
  realmUrl: string;
  clientId: string;
}

export async function signIn(): Promise<Session> {
  const config = (await (await fetch('/web-config.json')).json()) as WebConfig;
  const realm = /^(.*)\/realms\/([^/]+)\/?$/.exec(config.realmUrl);
  if (!realm) throw new Error(`not a Keycloak realm URL: ${config.realmUrl}`);
  const keycloak = new Keycloak({ url: realm[1], realm: realm[2], clientId: config.clientId });
  await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
  // Silent refresh with the refresh token, before expiry; a refused refresh sends the user to sign in again.
  keycloak.onTokenExpired = () => void keycloak.updateToken(30).catch(() => keycloak.login());

  const claims = keycloak.tokenParsed as { preferred_username?: string; workspace?: string;
    realm_access?: { roles?: string[] } };
  const roles = claims.realm_access?.roles ?? [];
  return {
    user: claims.preferred_username ?? '',
    workspace: claims.workspace ?? '',
    roles,
    canEdit: roles.includes('editor') || roles.includes('admin'),
    isAdmin: roles.includes('admin'),
    async token() {
      try {
        await keycloak.updateToken(30);
      } catch {
        await keycloak.login();
      }
      return keycloak.token ?? '';
    },
    signOut: () => void keycloak.logout({ redirectUri: `${location.origin}/` }),
  };
}
