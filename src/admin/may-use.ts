/** Who may open which admin screen (the server decides again for every request). */
import type { SessionUser } from '../auth/session';

export type AdminScreenId = 'audit' | 'import';

export function mayUseScreen(user: Pick<SessionUser, 'role'> | null, screen: AdminScreenId): boolean {
  if (!user) return false;
  if (screen === 'audit') return user.role === 'admin';
  // region editors import their own region's rows; the server refuses any other row
  return user.role === 'admin' || user.role === 'editor';
}

export const SCREEN_TITLE: Record<AdminScreenId, string> = { audit: 'Audit log', import: 'Import CSV' };
