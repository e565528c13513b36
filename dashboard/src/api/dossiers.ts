// Dossiers of the OCOP cycle (docs/ocop-cycle.md): the commune's queue, one
// dossier with its checklist, and the steps at the commune (register, upload,
// answer an item, submit, check, return). Writes go through cycle-writes.ts.
import { ApiError } from './client.ts';
import { graphql, type ResultOf, type VariablesOf } from './graphql.ts';
import { rootFieldHook, useApiQuery } from './query.ts';
import { sessionToken } from './session.ts';

export const DOSSIERS_QUERY = graphql(`
  query DashboardDossiers($filter: DossierFilter) {
    dossiers(first: 200, filter: $filter) {
      totalCount
      edges { node { id version state kind registeredOn submittedOn returnReason product { name code } } }
    }
  }
`);
export type DossierRow = ResultOf<typeof DOSSIERS_QUERY>['dossiers']['edges'][number]['node'];
export const useDossiers = rootFieldHook(DOSSIERS_QUERY, 'dossiers');

export const DOSSIER_QUERY = graphql(`
  query DashboardDossier($id: Int!) {
    dossier(id: $id) {
      id version state kind registeredOn submittedOn checkedOn returnReason productSetCode outcome
      missingDocuments { vi en }
      communeChecks { code met note }
      ruleSet { id decisionNumber }
      product { id name code status publicCode subject { name } }
      checklist {
        basis missing missingForForwarding
        items {
          documentId stage requirement quantity status note
          name { vi en }
          condition { vi en }
          files { id version fileName sizeBytes }
        }
      }
      history { at onDate fromState toState reason username }
      rounds { certificate { stars decisionNumber decidedOn expiresOn revokedOn } }
    }
  }
`);
export type DossierDetail = NonNullable<ResultOf<typeof DOSSIER_QUERY>['dossier']>;
export type ChecklistEntry = DossierDetail['checklist']['items'][number];
export const useDossier = rootFieldHook(DOSSIER_QUERY, 'dossier');

/** What registering asks: the rule set in force, its product sets, the commune's subjects and products. */
export const REGISTER_OPTIONS_QUERY = graphql(`
  query DashboardRegisterOptions($today: LocalDate!, $communeCode: String!) {
    ruleSetOn(date: $today) { id decisionNumber }
    subjects(first: 200, filter: { communeCode: $communeCode }) { edges { node { id name } } }
    products(first: 200, filter: { communeCode: $communeCode }) { edges { node { id name code } } }
  }
`);
export type RegisterOptions = ResultOf<typeof REGISTER_OPTIONS_QUERY>;
export const useRegisterOptions = (v: VariablesOf<typeof REGISTER_OPTIONS_QUERY> | null) => useApiQuery(REGISTER_OPTIONS_QUERY, v);

export const PRODUCT_SETS_QUERY = graphql(`
  query DashboardProductSets($ruleSetId: String!) { productSets(ruleSetId: $ruleSetId) { code number group name { vi en } } }
`);
export const useProductSets = rootFieldHook(PRODUCT_SETS_QUERY, 'productSets');

export const REGISTER = graphql(`
  mutation DashboardRegisterProduct($input: RegisterProductInput!) { registerProduct(input: $input) { id } }
`);
export const UPLOAD = graphql(`
  mutation DashboardUploadDossierFile($dossierId: Int!, $input: DossierFileInput!) { uploadDossierFile(dossierId: $dossierId, input: $input) { id } }
`);
export const REMOVE_FILE = graphql(`
  mutation DashboardRemoveDossierFile($id: Int!, $version: Int!) { removeDossierFile(id: $id, version: $version) { id } }
`);
export const ANSWER = graphql(`
  mutation DashboardAnswerDossierItem($dossierId: Int!, $input: DossierItemInput!) { answerDossierItem(dossierId: $dossierId, input: $input) { id } }
`);
export const SUBMIT = graphql(`
  mutation DashboardSubmitDossier($id: Int!, $version: Int!) { submitDossier(id: $id, version: $version) { id } }
`);
export const CHECK = graphql(`
  mutation DashboardCheckDossier($id: Int!, $version: Int!, $input: CheckDossierInput!) { checkDossier(id: $id, version: $version, input: $input) { id } }
`);
export const RETURN = graphql(`
  mutation DashboardReturnDossier($id: Int!, $version: Int!, $input: ReturnDossierInput!) { returnDossier(id: $id, version: $version, input: $input) { id } }
`);

/**
 * A dossier's uploaded file, from GET /files/dossier/<id> with the session's
 * token (a plain link would carry none); the hub's refusal as an ApiError.
 */
export async function fetchDossierFile(id: number): Promise<Blob> {
  const token = sessionToken();
  const res = await fetch(`/files/dossier/${id}`, {
    headers: { 'Accept-Language': document.documentElement.lang === 'en' ? 'en' : 'vi', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
  if (res.ok) return res.blob();
  const body = (await res.json().catch(() => null)) as { errors?: { message: string }[] } | null;
  throw new ApiError('http', body?.errors?.[0]?.message ?? res.statusText, res.status);
}
