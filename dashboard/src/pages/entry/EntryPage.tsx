// Nhập liệu: district officers and provincial administrators record data:
// a CSV/XLSX file of one kind (dry run, its report, then the real run), or one
// disbursement through a form. Analysts see the screen explained, disabled.
import { useMe } from '../../api/me.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { Panel } from '../../components/Panel.tsx';
import { allocationScope, canWrite } from '../../lib/entry.ts';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { DisbursementForm } from './DisbursementForm.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { useEntryText } from './entry-text.ts';

export default function EntryPage() {
  const i18n = useI18n();
  const tx = useEntryText();
  const { state } = useViewState();
  const me = useMe();
  return (
    <>
      <Panel id="entry-account" title={tx('entryAccountTitle')} query={me}>
        {(user) => {
          const writable = canWrite(user?.role);
          return (
            <>
              <p className="entry-intro">{tx('entryIntro')}</p>
              {user ? (
                <p className="entry-account" data-field="account">
                  {tx('entrySignedInAs', {
                    name: user.displayName ?? user.username,
                    role: i18n.label(ENUM_LABELS.Role, user.role),
                    unit: user.unit ? ` · ${user.unit.type} ${user.unit.name}` : '',
                  })}
                </p>
              ) : null}
              {!writable ? (
                <div className="notice" role="note" id="entry-read-only">
                  <p>
                    <strong>{tx('entryReadOnlyTitle')}.</strong> {tx('entryReadOnly')}
                  </p>
                </div>
              ) : null}
            </>
          );
        }}
      </Panel>
      {me.status === 'success' ? (
        <div className="entry-grid">
          <ImportPanel disabled={!canWrite(me.data?.role)} />
          <DisbursementForm disabled={!canWrite(me.data?.role)} scope={allocationScope(me.data?.unit, state.province)} />
        </div>
      ) : null}
    </>
  );
}
