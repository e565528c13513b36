// The five seeded plans read as a provincial office reads them (issue 12): final
// verdicts on the due date, every failed target in the attention list, round
// milestones closed by the round held for their deadline, a target the data
// cannot measure saying so, and the cumulative count read as the plan says.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';

let db: DataSource;
let plan: Record<string, number>;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  const rows: { id: number; key: string }[] = await db.query('SELECT id, key FROM plan');
  plan = Object.fromEntries(rows.map((r) => [r.key, r.id]));
});

const PROGRESS = `query ($planId: Int!, $asOf: LocalDate) { targetProgress(planId: $planId, asOf: $asOf) {
  targets { target { key } metric { id } actual targetMin status final forecast reason { vi en } otherReading { metric { id } actual } }
  milestones { milestone { key } status doneOn late } } }`;

async function progress(planKey: string, asOf: string) {
  const { data } = await gql(db, PROGRESS, { planId: plan[planKey], asOf });
  const p = data.targetProgress;
  return {
    targets: Object.fromEntries(p.targets.map((t: { target: { key: string } }) => [t.target.key, t])),
    milestones: Object.fromEntries(p.milestones.map((m: { milestone: { key: string } }) => [m.milestone.key, m])),
  };
}

describe('a closed plan on its due date', () => {
  it('gives every target a final verdict and no forecast (Bắc Giang 2024 on 31/12/2024)', async () => {
    const { targets } = await progress('bac-giang-2024', '2024-12-31');
    // Yên Thế's 5★ dossier is due "đầu năm 2025" (31/03/2025): still running, with a forecast.
    const { 'bg2024-yen-the-5star-dossier': yenThe, ...due } = targets;
    expect(Object.keys(due)).toHaveLength(5);
    for (const t of Object.values(due) as { status: string; final: boolean; forecast: number | null }[]) {
      expect(t.final).toBe(true);
      expect(t.forecast).toBeNull();
      expect(['achieved', 'not_achieved']).toContain(t.status);
    }
    expect(yenThe.final).toBe(false);
    expect(['on_track', 'at_risk', 'off_track', 'not_started']).toContain(yenThe.status);
  });

  it('reads "lũy kế tối thiểu 350 sản phẩm đạt từ 3 sao" as products recognised to date, and shows the other reading', async () => {
    const { targets } = await progress('bac-giang-2024', '2024-12-31');
    expect(targets['bg2024-cumulative-3star']).toMatchObject({
      metric: { id: 'recognised_products' },
      actual: 430,
      targetMin: 350,
      status: 'achieved',
      otherReading: { metric: { id: 'certified_products' }, actual: 348 },
    });
  });

  it('lists the failed targets, a ratio and a zero among them, in the attention list (Bình Thuận 2024)', async () => {
    const { targets } = await progress('binh-thuan-2024', '2024-12-31');
    expect(targets['bt2024-cooperative-share']).toMatchObject({ actual: 34.09, targetMin: 35, status: 'not_achieved' });
    expect(targets['bt2024-community-tourism']).toMatchObject({ actual: 0, targetMin: 1, status: 'not_achieved' });
    const { data } = await gql(db, `{ alerts(unitCode: "60", asOf: "2024-12-31") { kind severity messageVi target { key } } }`);
    const failed = data.alerts.filter((a: { kind: string }) => a.kind === 'target_not_achieved').map((a: { target: { key: string } }) => a.target.key);
    expect(failed).toEqual(expect.arrayContaining(['bt2024-cooperative-share', 'bt2024-community-tourism']));
    const share = data.alerts.find((a: { target: { key: string } | null }) => a.target?.key === 'bt2024-cooperative-share');
    expect(share).toMatchObject({ severity: 'high', messageVi: 'Tỷ lệ chủ thể là hợp tác xã (tỉnh Bình Thuận) không đạt: đến hạn 31/12/2024 đạt 34,09%/35%.' });
  });
});

describe('a running plan', () => {
  it('judges a ratio target from the first day of its period (Bình Thuận’s cooperative share, above 35% in June)', async () => {
    const { targets } = await progress('binh-thuan-2024', '2024-06-30');
    expect(targets['bt2024-cooperative-share']).toMatchObject({ status: 'on_track', final: false });
    expect(targets['bt2024-cooperative-share'].actual).toBeGreaterThan(35);
    expect(targets['bt2024-cooperative-share'].forecast).toBe(targets['bt2024-cooperative-share'].actual);
  });
});

describe('evaluation-round milestones', () => {
  it('are closed by the round of that level held for their deadline, never by an earlier one', async () => {
    const bt = (await progress('binh-thuan-2024', '2024-12-31')).milestones;
    // Due 30/10/2024: the provincial round of July (deadline 20/07) does not close it; the one held for it sat on 21/10.
    expect(bt['bt2024-province-round']).toEqual({ milestone: { key: 'bt2024-province-round' }, status: 'done', doneOn: '2024-10-21', late: false });
    const bb = (await progress('bau-bang-2021', '2021-12-31')).milestones;
    // The district evaluation of September–October 2021, not the May round.
    expect(bb['bb2021-district-round']).toEqual({ milestone: { key: 'bb2021-district-round' }, status: 'done', doneOn: '2021-10-29', late: false });
  });

  it('are due on the deadline day', async () => {
    const { milestones } = await progress('binh-thuan-2024', '2024-12-31');
    expect(milestones['bt2024-reevaluate-expired']).toMatchObject({ status: 'due', doneOn: null });
  });
});

describe('a target the data cannot measure', () => {
  it('says "no data", with the reason, instead of passing (Lý Sơn: "mỗi thôn đều có sản phẩm OCOP")', async () => {
    const { targets } = await progress('ly-son-2022', '2022-12-31');
    expect(targets['ls2022-every-village-product']).toMatchObject({
      actual: null,
      status: 'no_data',
      reason: {
        vi: 'phạm vi không có đơn vị cấp xã nào vào ngày này (hub lưu xã, không lưu thôn)',
        en: 'the scope has no commune on that date (the hub records communes, not villages)',
      },
    });
    const { data } = await gql(db, `{ alerts(unitCode: "536", asOf: "2022-12-31") { kind target { key } } }`);
    expect(data.alerts).toContainEqual({ kind: 'target_no_data', target: { key: 'ls2022-every-village-product' } });
  });
});
