// What a screen is filtered on, written into every file downloaded from it.
import { createContext, useContext, type ReactNode } from 'react';

export interface ExportMeta {
  /** Label–value lines: province, plan, period… */
  filters: readonly (readonly [string, string])[];
  /** The as-of date of the figures (ISO), also used in file names. */
  asOf: string | null;
}

const ExportMetaContext = createContext<ExportMeta>({ filters: [], asOf: null });

export function ExportMetaProvider({ value, children }: { value: ExportMeta; children: ReactNode }) {
  return <ExportMetaContext.Provider value={value}>{children}</ExportMetaContext.Provider>;
}

export function useExportMeta(): ExportMeta {
  return useContext(ExportMetaContext);
}
