/**
 * The silent-renew frame: oidc-client-ts renews a session (when the provider gives no
 * refresh token) by loading the app's URL in a hidden iframe, which the provider sends
 * back with a new authorization response. This page then only hands that URL to the
 * app that opened the frame; it renders nothing and loads nothing else.
 */
import { UserManager } from 'oidc-client-ts';
import { appUrl } from './oidc-session';

export function completeSilentRenew(): Promise<void> {
  // settings are not used to hand the response up; the parent's manager validates it
  const manager = new UserManager({ authority: location.origin, client_id: 'silent-renew', redirect_uri: appUrl(), response_mode: 'fragment' });
  return manager.signinSilentCallback(location.href);
}
