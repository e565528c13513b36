// A dossier's checklist: each document the rule set asks, what is there, and
// (while the dossier is with its subject or its commune) a file to upload, or
// the answer "received on paper" (the samples) or "not applicable" (a
// conditional document); then submitting the complete dossier.
import { cycleWrite } from '../../api/cycle-writes.ts';
import { ANSWER, fetchDossierFile, REMOVE_FILE, SUBMIT, UPLOAD, type ChecklistEntry, type DossierDetail } from '../../api/dossiers.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { downloadBlob } from '../../components/download.ts';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { useCycleText } from './cycle-text.ts';
import { ActionMessages, fileBase64, useAction, type Action } from './cycle-shared.tsx';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,.docx,.xlsx';

/** Whether the item can still be changed: the subject's documents until submission, the commune's until its check. */
function editable(d: DossierDetail, item: ChecklistEntry): boolean {
  return item.stage === 'subject' ? d.state === 'registered' || d.state === 'returned' : d.state === 'complete';
}

export function Checklist({ dossier }: { dossier: DossierDetail }) {
  const i18n = useI18n();
  const tx = useCycleText();
  const action = useAction();
  const name = (item: ChecklistEntry) => (i18n.lang === 'en' ? item.name.en : item.name.vi);
  const canSubmit = dossier.state === 'registered' || dossier.state === 'returned';
  const items = dossier.checklist.items;
  return (
    <section className="panel" aria-labelledby="checklist-title" id="dossier-checklist">
      <header className="panel-header">
        <h2 id="checklist-title" className="panel-title">
          {tx('checklistTitle')}
        </h2>
      </header>
      <div className="panel-body">
        {items.length === 0 ? (
          <p className="panel-empty">{tx('checklistEmpty')}</p>
        ) : (
          <ul className="checklist">
            {items.map((item) => (
              <li key={item.documentId} className="checklist-item" data-document={item.documentId} data-stage={item.stage} data-status={item.status}>
                <div className="checklist-head">
                  <strong>{name(item)}</strong>
                  <span className={`checklist-status status-${item.status}`}>{i18n.label(ENUM_LABELS.ChecklistStatus, item.status)}</span>
                </div>
                <p className="field-hint">
                  {i18n.label(ENUM_LABELS.DocumentStage, item.stage)} · {i18n.label(ENUM_LABELS.DocumentRequirement, item.requirement)}
                  {item.quantity ? ` · ${tx('quantity', { n: item.quantity })}` : ''}
                  {item.condition ? ` · ${i18n.lang === 'en' ? item.condition.en : item.condition.vi}` : ''}
                </p>
                {item.files.length ? (
                  <ul className="checklist-files">
                    {item.files.map((f) => (
                      <li key={f.id}>
                        <button
                          type="button"
                          className="btn btn-small"
                          data-action="download"
                          disabled={action.busy}
                          onClick={() => action.run(async () => downloadBlob(f.fileName, await fetchDossierFile(f.id)), tx('downloaded', { name: f.fileName }))}
                        >
                          {tx('fileLine', { name: f.fileName, size: i18n.num(f.sizeBytes / 1024, 1) })}
                        </button>
                        {editable(dossier, item) ? (
                          <button
                            type="button"
                            className="btn btn-small"
                            disabled={action.busy}
                            onClick={() => action.run(() => cycleWrite(REMOVE_FILE, { id: f.id, version: f.version }), tx('fileRemoved', { name: f.fileName }))}
                          >
                            {tx('removeFile')}
                            <span className="visually-hidden"> {f.fileName}</span>
                          </button>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {editable(dossier, item) ? <ItemActions dossier={dossier} item={item} name={name(item)} action={action} /> : null}
              </li>
            ))}
          </ul>
        )}
        {canSubmit ? (
          <div className="form-actions">
            <p className="field-hint" data-field="missing">
              {dossier.checklist.missing.length ? tx('stillMissing', { n: dossier.checklist.missing.length }) : tx('nothingMissing')}
            </p>
            <button
              type="button"
              className="btn btn-primary"
              data-action="submit-dossier"
              disabled={action.busy}
              onClick={() => action.run(() => cycleWrite(SUBMIT, { id: dossier.id, version: dossier.version }), tx('submitted'))}
            >
              {tx('submitDossier')}
            </button>
          </div>
        ) : null}
        <ActionMessages action={action} />
      </div>
    </section>
  );
}

function ItemActions({ dossier, item, name, action }: { dossier: DossierDetail; item: ChecklistEntry; name: string; action: Action }) {
  const tx = useCycleText();
  const upload = async (file: File) => {
    const fileBase64Text = await fileBase64(file);
    await cycleWrite(UPLOAD, {
      dossierId: dossier.id,
      input: { documentId: item.documentId, fileName: file.name, contentType: file.type || null, fileBase64: fileBase64Text },
    });
  };
  const answer = (status: 'on_paper' | 'not_applicable') =>
    action.run(() => cycleWrite(ANSWER, { dossierId: dossier.id, input: { documentId: item.documentId, status } }), tx(`answered.${status}`, { name }));
  return (
    <div className="checklist-actions">
      <label className="btn btn-small file-pick">
        {tx('uploadFile')}
        <span className="visually-hidden"> {name}</span>
        <input
          type="file"
          accept={ACCEPT}
          className="visually-hidden"
          data-upload={item.documentId}
          disabled={action.busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void action.run(() => upload(file), tx('uploaded', { file: file.name, name }));
          }}
        />
      </label>
      {item.quantity ? (
        <button type="button" className="btn btn-small" data-answer="on_paper" disabled={action.busy} onClick={() => answer('on_paper')}>
          {tx('onPaper')}
          <span className="visually-hidden"> {name}</span>
        </button>
      ) : null}
      {item.requirement === 'conditional' ? (
        <button type="button" className="btn btn-small" data-answer="not_applicable" disabled={action.busy} onClick={() => answer('not_applicable')}>
          {tx('notApplicable')}
          <span className="visually-hidden"> {name}</span>
        </button>
      ) : null}
    </div>
  );
}
