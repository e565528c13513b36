// The view state (lib/url-state.ts) read from and written to the URL.
import { useCallback, useMemo } from 'react';
import { hrefOf, parseState, screenOfPath, type Screen, type ViewState } from '../lib/url-state.ts';
import { navigate, useLocation } from './location.ts';

export interface ViewStateApi {
  state: ViewState;
  screen: Screen | null;
  /** Changes some filters; a new history entry unless `replace`. */
  update: (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;
}

export function useViewState(): ViewStateApi {
  const { pathname, search } = useLocation();
  const state = useMemo(() => parseState(search), [search]);
  const screen = screenOfPath(pathname);
  const update = useCallback((patch: Partial<ViewState>, options?: { replace?: boolean }) => {
    const next = { ...parseState(window.location.search), ...patch };
    const target = screenOfPath(window.location.pathname) ?? 'overview';
    navigate(hrefOf(target, next), options);
  }, []);
  return { state, screen, update };
}
