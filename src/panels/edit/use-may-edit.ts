/** May the signed-in user edit a jurisdiction or coordinator of this region? (mayEdit, the server's rule) */
import { useSession } from '../../auth/session';
import { mayEdit } from '../../auth/sample-users';

export function useMayEdit(regionId: number): boolean {
  return mayEdit(useSession().user, regionId);
}

/** coordinators' contacts and coverage are the admins' */
export function useIsAdmin(): boolean {
  return useSession().user?.role === 'admin';
}
