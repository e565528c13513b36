// A dossier's checklist: the documents its rule set asks of its product group
// and kind (server/rules/dossier-documents.ts) against the files uploaded and
// the answers given without a file.
import { dossierRules } from '../rules/dossier-documents.ts';
import type { Dossier, DossierFile } from './dossier.entity.ts';
import type { ItemRow } from './dossier.repository.ts';
import { ChecklistItem, ChecklistStatus, DocumentRequirement, DocumentStage, DossierChecklist } from './dossier.types.ts';

/** Required documents: mandatory ones, and conditional ones until marked not applicable. */
const REQUIRED = new Set<string>([DocumentRequirement.mandatory, DocumentRequirement.conditional]);

export function checklistOf(
  dossier: Pick<Dossier, 'ruleSetId' | 'kind'>,
  group: string,
  files: readonly DossierFile[],
  items: readonly ItemRow[],
): DossierChecklist {
  const rules = dossierRules(dossier.ruleSetId, group, dossier.kind);
  const list = rules.documents.map((doc) => {
    const own = files.filter((f) => f.documentId === doc.id);
    const item = items.find((i) => i.documentId === doc.id);
    const status = own.length
      ? ChecklistStatus.provided
      : item
        ? (item.status as ChecklistStatus)
        : REQUIRED.has(doc.requirement)
          ? ChecklistStatus.missing
          : ChecklistStatus.not_required;
    return Object.assign(new ChecklistItem(), {
      documentId: doc.id,
      name: doc.name,
      stage: doc.stage as DocumentStage,
      requirement: doc.requirement as DocumentRequirement,
      condition: doc.condition,
      quantity: doc.quantity,
      forms: doc.forms,
      citations: doc.citations,
      status,
      note: item?.note ?? null,
      files: own,
    });
  });
  const missingAt = (stage: DocumentStage) => list.filter((i) => i.stage === stage && i.status === ChecklistStatus.missing).map((i) => i.documentId);
  return Object.assign(new DossierChecklist(), {
    ruleSetId: dossier.ruleSetId,
    basis: rules.status,
    basisNote: rules.note,
    items: list,
    missing: missingAt(DocumentStage.subject),
    missingForForwarding: missingAt(DocumentStage.forwarding),
  });
}
