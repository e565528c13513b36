// Council rounds (docs/ocop-cycle.md): the rounds a user runs or sits on, one
// round with its council, dossiers, progress, the member's own sheet and,
// once scoring is closed, the chair's summary; and the round's steps.
import { graphql, type ResultOf } from './graphql.ts';
import { rootFieldHook, useApiQuery } from './query.ts';

export const ROUNDS_QUERY = graphql(`
  query DashboardCouncilRounds($mine: Boolean!, $unitCode: String) {
    councilRounds(mine: $mine, unitCode: $unitCode) {
      id state
      mySeat { role }
      round { year sequence level heldOn unit { name type } }
    }
  }
`);
export type RoundRow = ResultOf<typeof ROUNDS_QUERY>['councilRounds'][number];
export const useRounds = rootFieldHook(ROUNDS_QUERY, 'councilRounds');

export const ROUND_QUERY = graphql(`
  query DashboardCouncilRound($id: Int!) {
    councilRound(id: $id) {
      id version state decisionNumber decidedOn scoringOpenedAt scoringClosedAt finalisedAt
      round { year sequence level heldOn unit { name type } }
      mySeat { id role name }
      members { id version name organisation role username subject { name } }
      dossiers {
        dossierId outcome rank
        product { name code status publicCode }
        progress { expected submitted drafts excluded }
        certificate { stars decisionNumber decidedOn expiresOn }
      }
    }
  }
`);
export type RoundDetail = NonNullable<ResultOf<typeof ROUND_QUERY>['councilRound']>;
export const useRound = rootFieldHook(ROUND_QUERY, 'councilRound');

/** The chair's summary (asked only once scoring is closed: sealed before). */
export const RESULTS_QUERY = graphql(`
  query DashboardRoundResults($id: Int!) {
    councilRound(id: $id) {
      id
      members { id name }
      results {
        sheets scoreA scoreB scoreC total stars starsByMarks rank
        flags { kind memberId message { vi en } }
        roundDossier { dossierId product { name code } sheets { total member { id name } } }
      }
    }
  }
`);
export type RoundResults = NonNullable<ResultOf<typeof RESULTS_QUERY>['councilRound']>;
export const useRoundResults = rootFieldHook(RESULTS_QUERY, 'councilRound');

/** The member's sheet: the scoring sheet of the dossier's rule set and product set, and their own saved sheet. */
export const MY_SHEETS_QUERY = graphql(`
  query DashboardMySheets($id: Int!) {
    councilRound(id: $id) {
      id state
      round { year sequence level unit { name type } }
      mySeat { id role name }
      dossiers {
        dossierId
        product { name code }
        mySheet { version total submittedAt scores { key points } }
        sheet {
          id status nameVi provenanceNote { vi en }
          parts {
            code maxPoints name { vi en }
            groups { code nameVi maxPoints oneOf criteria { id code nameVi maxPoints options { labelVi points } } }
          }
        }
      }
    }
  }
`);
export type MySheets = NonNullable<ResultOf<typeof MY_SHEETS_QUERY>['councilRound']>;
export type SheetDossier = MySheets['dossiers'][number];
export const useMySheets = (id: number | null) => useApiQuery(MY_SHEETS_QUERY, id === null ? null : { id }, pickRound);
const pickRound = (d: ResultOf<typeof MY_SHEETS_QUERY>) => d.councilRound;

/** Accounts of council members the user may seat. */
export const ACCOUNTS_QUERY = graphql(`
  query DashboardCouncilAccounts { councilAccounts { id username displayName } }
`);
export const useCouncilAccounts = rootFieldHook(ACCOUNTS_QUERY, 'councilAccounts');

export const CREATE_ROUND = graphql(`
  mutation DashboardCreateRound($input: EvaluationRoundInput!) { createCouncilRound(input: $input) { id } }
`);
export const ADD_MEMBER = graphql(`
  mutation DashboardAddMember($roundId: Int!, $input: CouncilMemberInput!) { addCouncilMember(roundId: $roundId, input: $input) { id } }
`);
export const REMOVE_MEMBER = graphql(`
  mutation DashboardRemoveMember($id: Int!, $version: Int!) { removeCouncilMember(id: $id, version: $version) { id } }
`);
export const ASSIGN = graphql(`
  mutation DashboardAssignDossiers($roundId: Int!, $version: Int!, $dossierIds: [Int!]!) {
    assignDossiers(roundId: $roundId, version: $version, dossierIds: $dossierIds) { id }
  }
`);
export const OPEN_SCORING = graphql(`mutation DashboardOpenScoring($id: Int!, $version: Int!) { openScoring(id: $id, version: $version) { id } }`);
export const CLOSE_SCORING = graphql(`mutation DashboardCloseScoring($id: Int!, $version: Int!) { closeScoring(id: $id, version: $version) { id } }`);
export const FINALISE = graphql(`mutation DashboardFinaliseResults($id: Int!, $version: Int!) { finaliseResults(id: $id, version: $version) { id } }`);
export const APPROVE_RESULTS = graphql(`
  mutation DashboardApproveRoundResults($id: Int!, $version: Int!, $input: ApproveRoundInput!) {
    approveRoundResults(id: $id, version: $version, input: $input) { id }
  }
`);
export const SAVE_SHEET = graphql(`
  mutation DashboardSaveScoreSheet($roundId: Int!, $dossierId: Int!, $input: ScoreSheetInput!) {
    saveScoreSheet(roundId: $roundId, dossierId: $dossierId, input: $input) { id total }
  }
`);
