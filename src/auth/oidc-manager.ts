/**
 * OpenID Connect in the browser with oidc-client-ts: authorization code + PKCE, public
 * client, tokens in sessionStorage (never localStorage, a URL or a log), silent renew.
 * Loaded on demand by the session provider, so the mock build never downloads it.
 */
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { AuthConfig } from './auth-config';
import { appUrl } from './oidc-session';

export function createUserManager(config: AuthConfig & { issuer: string; clientId: string }, store: Storage = sessionStorage): UserManager {
  const resource = config.audience ? { resource: config.audience } : undefined;
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: appUrl(),
    silent_redirect_uri: appUrl(),
    post_logout_redirect_uri: appUrl(),
    response_type: 'code',
    response_mode: 'fragment',
    scope: config.scopes,
    automaticSilentRenew: true,
    // the ID token carries name, email, role and region; userinfo would refuse an API-audience token
    loadUserInfo: false,
    userStore: new WebStorageStateStore({ store }),
    stateStore: new WebStorageStateStore({ store }),
    ...(resource ? { extraQueryParams: resource, extraTokenParams: resource } : {}),
  });
}

