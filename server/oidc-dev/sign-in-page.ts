/**
 * The local provider's sign-in page: one button per FICTIONAL sample user, no password.
 * Plain HTML with no script, so it needs nothing but the form posts; every value is
 * escaped even though the sample list is ours.
 */
import { SAMPLE_USERS, type SampleUser } from '../../src/auth/sample-users';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

/** "editor, Region 6" / "admin" — the words the button and the app's account menu use */
export const roleLabel = (u: SampleUser): string => (u.regionId === null ? u.role : `${u.role}, Region ${u.regionId}`);

/** the accessible name of each user's button, e.g. "Sign in as Rosa Delgado (editor, Region 6)" */
export const signInButtonLabel = (u: SampleUser): string => `Sign in as ${u.displayName} (${roleLabel(u)})`;

export function signInPage(uid: string, clientName: string): string {
  const action = `/interaction/${encodeURIComponent(uid)}`;
  const buttons = SAMPLE_USERS.map(
    (u) => `<li><button type="submit" name="accountId" value="${escapeHtml(u.id)}">${escapeHtml(signInButtonLabel(u))}</button></li>`,
  ).join('\n        ');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Sign in (local sample identity provider)</title>
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f4f6f8; color: #1b1f24; }
    main { max-width: 34rem; margin: 3rem auto; background: #fff; padding: 2rem; border-radius: 8px; border: 1px solid #c9d1d9; }
    h1 { font-size: 1.4rem; margin-top: 0; }
    ul { list-style: none; padding: 0; margin: 1.5rem 0; display: grid; gap: .75rem; }
    button { width: 100%; min-height: 44px; font: inherit; text-align: left; padding: .6rem 1rem; border: 1px solid #0b5cad;
             border-radius: 6px; background: #fff; color: #0b4a8c; cursor: pointer; }
    button:hover { background: #eaf2fb; }
    button:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
    .note { color: #3d4752; font-size: .95rem; }
    .cancel { background: #fff; color: #3d4752; border-color: #6b7785; }
  </style>
</head>
<body>
  <main>
    <h1>Sign in to ${escapeHtml(clientName)}</h1>
    <p class="note">Local sample identity provider for development. These are fictional sample users with sample data; there is no password.</p>
    <form method="post" action="${action}/login">
      <ul>
        ${buttons}
      </ul>
    </form>
    <form method="post" action="${action}/abort">
      <button type="submit" class="cancel">Cancel and go back</button>
    </form>
  </main>
</body>
</html>`;
}
