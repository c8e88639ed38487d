import { useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';

/**
 * React Router does not move focus on navigation. After every client-side navigation the next
 * page title that mounts takes focus and is announced in the live region.
 */
let focusPending = false;
let announcement = '';
const listeners = new Set<() => void>();

export function markNavigation() {
  focusPending = true;
}

function announce(text: string) {
  // Clear first so the same text is announced again.
  announcement = '';
  for (const l of listeners) l();
  setTimeout(() => {
    announcement = text;
    for (const l of listeners) l();
  }, 50);
}

export function useAnnouncement(): string {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => announcement,
  );
}

export function PageTitle({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Wijknet`;
    if (focusPending) {
      focusPending = false;
      ref.current?.focus();
      announce(title);
    }
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1} className="utrecht-heading-1 wk-page-title">
      {children ?? title}
    </h1>
  );
}
