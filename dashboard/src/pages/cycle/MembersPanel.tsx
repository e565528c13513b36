// A round's council: its members with their office and organisation; while the
// round is in setup, those who run it seat members (an account of role
// council_member, so the member can sign in and score) or remove them.
import { useState, type FormEvent } from 'react';
import { ADD_MEMBER, REMOVE_MEMBER, useCouncilAccounts, type RoundDetail } from '../../api/council-rounds.ts';
import { cycleWrite } from '../../api/cycle-writes.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { FormField } from '../../components/fields.tsx';
import { Panel, ready } from '../../components/Panel.tsx';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { useCycleText } from './cycle-text.ts';
import { ActionMessages, CycleTable, useAction } from './cycle-shared.tsx';

const ROLES = ['chair', 'secretary', 'member'] as const;

export function MembersPanel({ round, manager }: { round: RoundDetail; manager: boolean }) {
  const i18n = useI18n();
  const tx = useCycleText();
  const action = useAction();
  const editing = manager && round.state === 'setup';
  return (
    <Panel id="round-members" title={tx('membersTitle', { n: round.members.length })} query={ready(round.members)}>
      {(members) => (
        <>
          {members.length === 0 ? (
            <p className="panel-empty">{tx('noMembers')}</p>
          ) : (
            <CycleTable
              caption={tx('membersTitle', { n: members.length })}
              columns={[tx('memberName'), tx('councilRole'), tx('organisation'), tx('account'), ...(editing ? [tx('colActions')] : [])]}
            >
              {members.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td>{i18n.label(ENUM_LABELS.CouncilRole, m.role)}</td>
                  <td>{m.organisation}</td>
                  <td>{m.username ?? '—'}</td>
                  {editing ? (
                    <td>
                      <button
                        type="button"
                        className="btn btn-small"
                        disabled={action.busy}
                        onClick={() => action.run(() => cycleWrite(REMOVE_MEMBER, { id: m.id, version: m.version }), tx('memberRemoved', { name: m.name }))}
                      >
                        {tx('remove')}
                        <span className="visually-hidden"> {m.name}</span>
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </CycleTable>
          )}
          <ActionMessages action={action} />
          {editing ? <AddMemberForm roundId={round.id} /> : null}
        </>
      )}
    </Panel>
  );
}

function AddMemberForm({ roundId }: { roundId: number }) {
  const i18n = useI18n();
  const tx = useCycleText();
  const action = useAction();
  const accounts = useCouncilAccounts({});
  const [userId, setUserId] = useState('');
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [role, setRole] = useState<(typeof ROLES)[number]>('member');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = { name: name.trim(), organisation: organisation.trim(), role, userId: userId ? Number(userId) : null };
    const ok = await action.run(() => cycleWrite(ADD_MEMBER, { roundId, input }), tx('memberAdded', { name: input.name }));
    if (ok) {
      setUserId('');
      setName('');
    }
  };
  return (
    <form className="entry-form" onSubmit={submit} aria-label={tx('addMember')} noValidate>
      <h3>{tx('addMember')}</h3>
      <div className="form-row">
        <FormField label={tx('account')} name="userId" hint={accounts.status === 'error' ? tx('accountsFailed') : tx('accountHint')}>
          {(p) => (
            <select
              {...p}
              name="userId"
              value={userId}
              onChange={(e) => {
                setUserId(e.target.value);
                const a = accounts.data?.find((x) => String(x.id) === e.target.value);
                if (a && !name) setName(a.displayName ?? a.username);
              }}
            >
              <option value="">{tx('noAccount')}</option>
              {(accounts.data ?? []).map((a) => (
                <option key={a.id} value={a.id}>
                  {a.displayName ? `${a.displayName} (${a.username})` : a.username}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={tx('memberName')} name="name">
          {(p) => <input {...p} type="text" name="name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
        </FormField>
      </div>
      <div className="form-row">
        <FormField label={tx('organisation')} name="organisation">
          {(p) => <input {...p} type="text" name="organisation" autoComplete="off" value={organisation} onChange={(e) => setOrganisation(e.target.value)} />}
        </FormField>
        <FormField label={tx('councilRole')} name="role">
          {(p) => (
            <select {...p} name="role" value={role} onChange={(e) => setRole(e.target.value as (typeof ROLES)[number])}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {i18n.label(ENUM_LABELS.CouncilRole, r)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" data-action="add-member" disabled={action.busy}>
          {tx('addMember')}
        </button>
      </div>
      <ActionMessages action={action} />
    </form>
  );
}
