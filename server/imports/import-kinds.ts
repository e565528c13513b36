// The import kinds, and their column tables as the `importKinds` query serves
// them: the table each kind's importer reads, with labels from the one labels module.
import { ENUM_LABELS, type EnumLabel, type EnumLabels } from '../labels/enum-labels.ts';
import { exampleIn, type Column, type Columns } from './columns.ts';
import { ImportKind, type ImportChoice, type ImportColumn, type ImportKindInfo } from './import.types.ts';
import type { ImportKindDef } from './import-kind.ts';
import { productImport } from './import-products.ts';
import { evaluationImport } from './import-evaluations.ts';
import { disbursementImport } from './import-disbursements.ts';
import { trainingClassImport } from './import-training-classes.ts';
import { promotionEventImport } from './import-promotion-events.ts';
import { councilScoreImport } from './import-council-scores.ts';

// Each kind is typed by its own input and columns; the importer handles them alike.
const kind = <Input extends object, C extends Columns<Input>>(def: ImportKindDef<Input, C>) => def as unknown as ImportKindDef<object>;

export const IMPORT_KINDS: Record<ImportKind, ImportKindDef<object>> = {
  [ImportKind.products]: kind(productImport),
  [ImportKind.evaluations]: kind(evaluationImport),
  [ImportKind.disbursements]: kind(disbursementImport),
  [ImportKind.training_classes]: kind(trainingClassImport),
  [ImportKind.promotion_events]: kind(promotionEventImport),
  [ImportKind.council_scores]: kind(councilScoreImport),
};

function choicesOf(column: Column): ImportChoice[] | null {
  if (!column.cell.choices) return null;
  const labels: EnumLabels = ENUM_LABELS[column.cell.choices];
  return Object.entries(labels).map(([value, { vi, en, also }]: [string, EnumLabel]) => ({ value, label: { vi, en }, alsoAccepted: [...(also ?? [])] }));
}

export function columnInfo(name: string, column: Column): ImportColumn {
  return {
    name,
    header: { vi: column.vi, en: column.en },
    aliases: [...(column.aliases ?? [])],
    type: column.cell.type,
    required: column.required ?? false,
    example: { vi: exampleIn(column, 'vi'), en: exampleIn(column, 'en') },
    note: column.note ?? null,
    choices: choicesOf(column),
  };
}

export function importKindInfo(def: ImportKindDef<object>): ImportKindInfo {
  return {
    kind: def.kind,
    label: ENUM_LABELS.ImportKind[def.kind],
    identifiedBy: def.identifiedBy,
    note: def.note ?? null,
    columns: Object.entries(def.columns).map(([name, column]) => columnInfo(name, column)),
  };
}
