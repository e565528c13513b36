// Chu trình OCOP: from registration at the commune to the certificate and the
// checks after it (issue 15, docs/ocop-cycle.md). One screen, sub-views by
// what the signed-in user's role can do: the commune's queue of dossiers, the
// council rounds (the secretary's setup and progress, the chair's summary, the
// province's approval), a council member's own score sheets, and the checks
// after recognition. The sub-view, round and dossier shown are in the URL.
import { useMe, type Me } from '../../api/me.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { Panel } from '../../components/Panel.tsx';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import type { CycleView } from '../../lib/url-state.ts';
import { ChecksView } from './ChecksView.tsx';
import { useCycleText } from './cycle-text.ts';
import { PipelineView } from './PipelineView.tsx';
import { QueueView } from './QueueView.tsx';
import { RoundsView } from './RoundsView.tsx';
import { SheetsView } from './SheetsView.tsx';

/** The sub-views a role has, in the order the tabs show them. */
export function viewsOf(role: Me['role']): CycleView[] {
  switch (role) {
    case 'admin':
    case 'province_admin':
      return ['pipeline', 'queue', 'rounds', 'checks'];
    case 'district_officer':
    case 'commune_officer':
      return ['queue', 'checks'];
    case 'council_member':
      return ['sheets', 'rounds'];
    default:
      return [];
  }
}

export default function CyclePage() {
  const me = useMe();
  const tx = useCycleText();
  if (me.status === 'success' && me.data) return <CycleViews me={me.data} />;
  // Loading, failed, or no user (the built-in viewer): said in a panel of its own.
  return (
    <Panel id="cycle-user" title={tx('yourWork')} query={me} isEmpty={(m) => !m}>
      {() => null}
    </Panel>
  );
}

function CycleViews({ me }: { me: Me }) {
  const { state, update } = useViewState();
  const i18n = useI18n();
  const tx = useCycleText();
  const views = viewsOf(me.role);
  if (!views.length) return <p className="panel-empty">{tx('noViews', { role: i18n.label(ENUM_LABELS.Role, me.role) })}</p>;
  const view = state.view && views.includes(state.view) ? state.view : views[0];
  return (
    <>
      <p className="entry-intro">{tx(`intro.${view}`)}</p>
      <nav aria-label={tx('views')} className="cycle-tabs">
        <ul>
          {views.map((v) => (
            <li key={v}>
              <button type="button" className="btn" aria-pressed={v === view} data-view={v} onClick={() => update({ view: v, round: null, dossier: null })}>
                {tx(`view.${v}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {view === 'queue' ? <QueueView me={me} /> : null}
      {view === 'rounds' ? <RoundsView me={me} /> : null}
      {view === 'sheets' ? <SheetsView /> : null}
      {view === 'checks' ? <ChecksView me={me} /> : null}
      {view === 'pipeline' ? <PipelineView me={me} /> : null}
    </>
  );
}
