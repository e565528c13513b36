// The documents a dossier needs, as data (seeds/rules/dossier-documents.json),
// read once: per rule set, the subject's documents (submitted to the commune)
// and those the commune (before 2025, the district) adds when it forwards the
// dossier. Which of them a dossier needs depends on its product group (the
// samples are not asked of tourism services) and registration kind. Where the
// decision's list was not found (148) the list is empty and says so.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config.ts';
import type { Label } from '../labels/language.ts';

const FILE = path.join(ROOT_DIR, 'seeds', 'rules', 'dossier-documents.json');
const GROUPS_FILE = path.join(ROOT_DIR, 'seeds', 'rules', 'product-groups.json');

export type DocumentRequirement = 'mandatory' | 'conditional' | 'supporting' | 'optional';
/** subject: prepared by the subject, checked for completeness; forwarding: added by the commune (or district) when it forwards. */
export type DocumentStage = 'subject' | 'forwarding';

export interface DossierDocument {
  id: string;
  stage: DocumentStage;
  name: Label;
  requirement: DocumentRequirement;
  /** Physical items (the 5 samples): received on paper, not uploaded. */
  quantity: number | null;
  condition: Label | null;
  forms: string[];
  citations: string[];
}

export interface DossierRules {
  ruleSetId: string;
  /** found-official, found-secondary, partial, not-found: how firm the list is. */
  status: string;
  note: string | null;
  documents: DossierDocument[];
}

interface DocJson {
  id: string;
  nameVi: string;
  nameEn: string;
  requirement: DocumentRequirement;
  quantity?: number;
  conditionVi?: string;
  conditionEn?: string;
  exemptGroupCodes?: string[];
  registrationKinds?: string[];
  forms?: { nameVi: string }[];
  citations?: { source: string; locator?: string }[];
}
interface FileJson {
  dossierSets: { ruleSetId: string; status: string; statusNote?: string; stages: { id: string; documents: DocJson[] }[] }[];
}

const STAGES: Record<string, DocumentStage> = { subject: 'subject', 'commune-to-province': 'forwarding', 'district-to-province': 'forwarding' };
/** The forwarded "product dossier" is the dossier itself, not a document of it. */
const THE_DOSSIER = 'ho-so-san-pham';

interface ProductSetJson {
  code: string;
  number: number;
  nameVi: string;
  nameEn: string;
  groupCode: string;
}

interface Loaded {
  sets: FileJson['dossierSets'];
  classifications: { ruleSetIds: string[]; productSets?: ProductSetJson[] }[];
  /** Rule-data group code → the hub's group codes it maps to (product-groups.json crosswalk). */
  groupsOf: Map<string, Set<string>>;
}

let loaded: Loaded | undefined;

function load(): Loaded {
  if (loaded) return loaded;
  const sets = (JSON.parse(fs.readFileSync(FILE, 'utf8')) as FileJson).dossierSets;
  const groups = JSON.parse(fs.readFileSync(GROUPS_FILE, 'utf8')) as {
    crosswalk: { from: string | null; to: string }[];
    classifications: Loaded['classifications'];
  };
  const groupsOf = new Map<string, Set<string>>();
  for (const x of groups.crosswalk) {
    const from = x.from?.split(':')[1];
    const to = x.to.split(':')[1];
    if (!from || from === '*' || to === '*') continue;
    if (!groupsOf.has(from)) groupsOf.set(from, new Set([from]));
    groupsOf.get(from)!.add(to);
  }
  loaded = { sets, classifications: groups.classifications, groupsOf };
  return loaded;
}

/** Whether a rule-data exemption names the hub's group, directly or through the crosswalk (1048's rural-tourism-sales is today's tourism). */
function exempt(codes: string[] | undefined, group: string, groupsOf: Loaded['groupsOf']): boolean {
  return (codes ?? []).some((code) => code === group || groupsOf.get(code)?.has(group));
}

/** The documents a dossier of `group` and `kind` needs under `ruleSetId`. */
export function dossierRules(ruleSetId: string | null, group: string, kind: string): DossierRules {
  const { sets, groupsOf } = load();
  const set = ruleSetId ? sets.find((s) => s.ruleSetId === ruleSetId) : undefined;
  if (!set) return { ruleSetId: ruleSetId ?? '', status: 'not-found', note: 'no dossier documents are recorded for this rule set', documents: [] };
  const documents = set.stages.flatMap((stage) => {
    const at = STAGES[stage.id];
    if (!at) return [];
    return stage.documents
      .filter((d) => d.id !== THE_DOSSIER && !exempt(d.exemptGroupCodes, group, groupsOf) && (!d.registrationKinds || d.registrationKinds.includes(kind)))
      .map(
        (d): DossierDocument => ({
          id: d.id,
          stage: at,
          name: { vi: d.nameVi, en: d.nameEn },
          requirement: d.requirement,
          quantity: d.quantity ?? null,
          condition: d.conditionVi ? { vi: d.conditionVi, en: d.conditionEn ?? d.conditionVi } : null,
          forms: (d.forms ?? []).map((f) => f.nameVi),
          citations: (d.citations ?? []).map((c) => [c.source, c.locator].filter(Boolean).join(', ')),
        }),
      );
  });
  return { ruleSetId: set.ruleSetId, status: set.status, note: set.statusNote ?? null, documents };
}

/** The product sets (bộ sản phẩm) of a classification's rule set, with their group: ps01 food … ps26 tourism. */
export function productSets(ruleSetId: string): { code: string; number: number; name: Label; groupCode: string }[] {
  const classification = load().classifications.find((c) => c.ruleSetIds.includes(ruleSetId));
  return (classification?.productSets ?? []).map((p) => ({ code: p.code, number: p.number, name: { vi: p.nameVi, en: p.nameEn }, groupCode: p.groupCode }));
}
