// The plan files in seeds/plans/ (one per source document) and their shape.
import fs from 'node:fs';
import path from 'node:path';

export const PLANS_DIR = path.join(import.meta.dirname, 'plans');

export interface PlanFile {
  key: string;
  source: string;
  issuer: { unitCode: string; name: string };
  documentNumber: string | null;
  issuedOn: string | null;
  periodStart: string;
  periodEnd: string;
  year: number;
  title: string;
  productGroupsDecision: string | null;
  targets: {
    key: string;
    metric: string;
    params: Record<string, unknown>;
    scopeUnitCode: string;
    each: 'district' | null;
    min: number;
    max: number | null;
    unit: 'count' | 'percent' | 'vnd' | 'people';
    dueDate: string;
    wording: string;
    productNames: string[];
  }[];
  milestones: { key: string; kind: string; title: string; deadline: string; scopeUnitCode: string; wording: string | null }[];
  budget: { source: string; amountVnd: string | null; year: number; activity: string; recipientUnitCode: string; wording: string | null }[];
}

export interface NamedProduct {
  name: string;
  group: string;
  subGroup: string | null;
  districtCode: string;
  subjectName: string;
  subjectType: string;
  illustrative: boolean;
  mentionedIn: string[];
}

export function readPlanFiles(): PlanFile[] {
  return fs
    .readdirSync(PLANS_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'named-products.json')
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(PLANS_DIR, f), 'utf8')) as PlanFile);
}

export function readNamedProducts(): NamedProduct[] {
  return JSON.parse(fs.readFileSync(path.join(PLANS_DIR, 'named-products.json'), 'utf8')) as NamedProduct[];
}
