// The OCOP cycle screen's own words in the view's language (lib/i18n-cycle.ts).
import { useTranslator } from '../../app/i18n-context.tsx';
import { translateCycle, type CycleKey } from '../../lib/i18n-cycle.ts';
import type { Params } from '../../lib/i18n.ts';

export type CycleText = (key: CycleKey, params?: Params) => string;

export function useCycleText(): CycleText {
  return useTranslator(translateCycle);
}
