// The report as a page of paper: the same model the DOCX and PDF are drawn
// from, in Vietnamese whatever the screen's language (it is the document).
import type { PeriodicReport } from '../../api/report.ts';

type Block = PeriodicReport['sections'][number]['blocks'][number];
type Table = NonNullable<Block['table']>;

/** What an officer's section shows until it is typed (the files print the same). */
const OFFICER_PLACEHOLDER = '[Cơ quan báo cáo bổ sung nội dung này trước khi ký ban hành.]';

function ReportTable({ table }: { table: Table }) {
  return (
    <figure className="doc-table-figure">
      <figcaption>{table.caption}</figcaption>
      <div className="doc-table-scroll">
        <table className="doc-table">
          <thead>
            <tr>
              {table.headers.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={`${r}-${row[1] ?? row[0]}`} className={table.totalRow && r === table.rows.length - 1 ? 'doc-total-row' : undefined}>
                {row.map((cell, i) => (
                  <td key={`${i}-${table.headers[i]}`} className={table.numericColumns.includes(i) ? 'num' : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.notes.map((n) => (
        <p key={n} className="doc-note">
          Ghi chú: {n}
        </p>
      ))}
    </figure>
  );
}

function ReportBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case 'paragraph':
      return <p className="doc-paragraph">{block.text}</p>;
    case 'officer_text': {
      const lines = (block.text ?? '').split(/\r?\n/).filter((l) => l.trim());
      if (!lines.length) return <p className="doc-paragraph doc-placeholder">{OFFICER_PLACEHOLDER}</p>;
      return lines.map((l, i) => (
        <p key={`${i}-${l.slice(0, 20)}`} className="doc-paragraph">
          {l}
        </p>
      ));
    }
    case 'table':
      return block.table ? <ReportTable table={block.table} /> : null;
    case 'chart':
      return block.chart ? (
        <figure className="doc-chart">
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(block.chart.svg)}`} alt={block.chart.description} />
          <figcaption>{block.chart.caption}</figcaption>
        </figure>
      ) : null;
  }
}

export function ReportPreview({ report }: { report: PeriodicReport }) {
  const h = report.header;
  return (
    <article className="doc-paper" lang="vi" aria-label={`${h.documentType} ${h.summary}`}>
      <header className="doc-head">
        <div className="doc-issuer">
          {h.issuingBody.map((line, i) => (
            <p key={line} className={i === h.issuingBody.length - 1 ? 'strong' : undefined}>
              {line}
            </p>
          ))}
          <hr className="doc-rule short" />
          <p>{h.numberLine}</p>
        </div>
        <div className="doc-nation">
          <p className="strong">{h.nationalTitle}</p>
          <p className="strong doc-motto">{h.motto}</p>
          <p className="doc-place-date">{h.placeDate}</p>
        </div>
      </header>
      <h3 className="doc-type">{h.documentType}</h3>
      <p className="doc-summary">{h.summary}</p>
      <hr className="doc-rule" />
      {report.sections.map((s) => (
        <section key={s.key} data-section={s.key}>
          {s.heading ? <h4 className="doc-heading">{s.heading}</h4> : null}
          {s.blocks.map((b, i) => (
            <ReportBlock key={`${s.key}-${i}-${b.kind}`} block={b} />
          ))}
        </section>
      ))}
      <footer className="doc-foot">
        <div className="doc-recipients">
          <p className="strong">
            <em>Nơi nhận:</em>
          </p>
          {report.recipients.map((r) => (
            <p key={r}>{r}</p>
          ))}
        </div>
        <div className="doc-signer">
          {report.signerTitle.map((line) => (
            <p key={line} className="strong">
              {line}
            </p>
          ))}
          <p>
            <em>(Ký, đóng dấu)</em>
          </p>
          <p className="strong doc-signer-name">{report.signerName ?? '\u00a0'}</p>
        </div>
      </footer>
      <section className="doc-appendix" data-section="sources">
        <h4 className="doc-heading">PHỤ LỤC — NGUỒN SỐ LIỆU CỦA BÁO CÁO</h4>
        <ol>
          {report.sources.map((s) => (
            <li key={`${s.kind}-${s.title}`}>
              <strong>{s.title}</strong>: {s.detail}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
