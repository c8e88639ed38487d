import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../session';
import { Loading } from './ui';

/** Shows its children to signed-in people; sends everyone else to the sign-in page and back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me === undefined) return <Loading />;
  if (me === null)
    return <Navigate to={`/inloggen?terug=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}
