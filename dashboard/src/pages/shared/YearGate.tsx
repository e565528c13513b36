// A year-long screen waits for its year (useYearChoice) before it shows
// panels, so none of them asks for a year it will not show.
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { useYearChoice, type YearChoice } from './plan-choice.ts';

export function YearGate({ children }: { children: (choice: YearChoice) => ReactNode }) {
  const { state } = useViewState();
  const i18n = useI18n();
  const choice = useYearChoice(state);
  if (choice) return children(choice);
  return (
    <p className="page-loading" role="status">
      {i18n.t('loading')}
    </p>
  );
}
