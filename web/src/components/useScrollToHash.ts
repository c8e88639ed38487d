import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Scrolls to the record named in the address's #fragment once the list has loaded, so a link
 * from the cockpit (…/acties#actie-<id>) opens at that record after a client-side navigation.
 */
export function useScrollToHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView({ block: 'center' });
  }, [ready, hash]);
}
