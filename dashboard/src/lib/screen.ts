// Whether the view is phone-sized: the width below which the layout folds
// (the same breakpoint as the stylesheet's).
import { useSyncExternalStore } from 'react';

const NARROW = '(max-width: 640px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}
