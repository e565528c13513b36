// What a screen is filtered on, written into every file downloaded from it
// and into the footer of every page printed from it.
import { createContext, useContext, type ReactNode } from 'react';
import { PrintFooter } from './PrintFooter.tsx';

export interface ExportMeta {
  /** Label–value lines: province, plan, period… */
  filters: readonly (readonly [string, string])[];
  /** The as-of date of the figures (ISO), also used in file names. */
  asOf: string | null;
}

const ExportMetaContext = createContext<ExportMeta>({ filters: [], asOf: null });

export function ExportMetaProvider({ value, children }: { value: ExportMeta; children: ReactNode }) {
  return (
    <ExportMetaContext.Provider value={value}>
      {children}
      <PrintFooter meta={value} />
    </ExportMetaContext.Provider>
  );
}

/** A filter's value as the screen shows it: files also carry the metric's code in brackets ("… [new_certified_products v1]"), a reader never does. */
export function shownValue(value: string): string {
  return value.replace(/\s*\[[^\]]*\]$/, '');
}

export function useExportMeta(): ExportMeta {
  return useContext(ExportMetaContext);
}
