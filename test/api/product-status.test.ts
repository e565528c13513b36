// A product's status follows its certificates on every path that writes one:
// the mutations, and the certificate writer called directly, as a file import
// or a script would call it, with no mutation resolver around it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { runAs } from '../../server/auth/viewer.ts';
import { today } from '../../server/common/dates.ts';
import { CertificateInput } from '../../server/evaluations/evaluation.inputs.ts';
import { certificateWriter } from '../../server/evaluations/evaluation.writer.ts';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';
import { makeViewers, rowById, unitId, type Viewers } from './mutations-support.ts';

let db: DataSource;
let v: Viewers;
let first: number;
let second: number;
let firstEvaluation: number;
let secondEvaluation: number;

// Last year's decisions are valid today whatever today is (certificates last 36 months).
const year = Number(today().slice(0, 4)) - 1;

const status = async (productId: number) => (await rowById(db, 'product', productId))?.status;

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  v = await makeViewers(db);
  const chu = await unitId(db, '07525');
  const lucNgan = await unitId(db, '219');
  const subject = (
    await gql(
      db,
      'mutation ($input: SubjectInput!) { createSubject(input: $input) { id } }',
      {
        input: { code: 'CT-STATUS', name: 'HTX Trạng thái', type: 'cooperative', unitId: chu, registeredOn: '2020-01-01' },
      },
      v.admin,
    )
  ).data.createSubject.id;
  const product = async (code: string) =>
    (
      await gql(
        db,
        'mutation ($input: ProductInput!) { createProduct(input: $input) { id } }',
        {
          input: { code, name: 'Gạo nếp cái hoa vàng', group: 'food', subjectId: subject, unitId: chu, registeredOn: '2020-02-01' },
        },
        v.admin,
      )
    ).data.createProduct.id;
  [first, second] = [await product('SP-STATUS-1'), await product('SP-STATUS-2')];
  const round = (
    await gql(
      db,
      'mutation ($input: EvaluationRoundInput!) { createEvaluationRound(input: $input) { id } }',
      {
        input: { level: 'district', year, sequence: 9, unitId: lucNgan },
      },
      v.admin,
    )
  ).data.createEvaluationRound.id;
  const evaluate = async (productId: number) =>
    (
      await gql(
        db,
        'mutation ($input: EvaluationInput!) { createEvaluation(input: $input) { id } }',
        {
          input: { roundId: round, productId, scoreA: 20, scoreB: 20, scoreC: 25, evaluatedOn: `${year}-06-01` },
        },
        v.admin,
      )
    ).data.createEvaluation.id;
  [firstEvaluation, secondEvaluation] = [await evaluate(first), await evaluate(second)];
});

describe("a product's status", () => {
  it('follows a certificate the writer issues outside any mutation, versioned and audited like any write', async () => {
    expect(await status(first)).toBe('registered');
    const input = Object.assign(new CertificateInput(), { evaluationId: firstEvaluation, decisionNumber: '12/QĐ-UBND', decidedOn: `${year}-06-15` });
    await runAs(v.admin, () => db.transaction((tx) => certificateWriter.create({ tx, viewer: v.admin }, input)));
    expect(await rowById(db, 'product', first)).toMatchObject({ status: 'certified', version: 2 });
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'product' AND entity_id = $1 AND after->>'status' = 'certified'`, [
      first,
    ]);
    expect(n).toBe(1);
  });

  it('follows a certificate moved to another product’s evaluation (both products), and its deletion', async () => {
    const [{ id, version }] = await db.query('SELECT id, version FROM certificate WHERE evaluation_id = $1', [firstEvaluation]);
    await gql(
      db,
      'mutation ($id: Int!, $version: Int!, $input: CertificateInput!) { updateCertificate(id: $id, version: $version, input: $input) { id } }',
      {
        id,
        version,
        input: { evaluationId: secondEvaluation, decisionNumber: '12/QĐ-UBND', decidedOn: `${year}-06-15` },
      },
      v.admin,
    );
    expect([await status(first), await status(second)]).toEqual(['rated', 'certified']);
    await gql(db, `mutation { deleteCertificate(id: ${id}, version: ${version + 1}) { soft } }`, {}, v.admin);
    expect(await status(second)).toBe('rated');
  });
});
