import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ACCESS } from '../auth/guard.ts';
import { currentViewer } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import { todaysUnitByCode } from '../geo/todays-unit.ts';
import { LabelText } from '../labels/label.types.ts';
import { Product, type ProductGroup } from '../products/product.entity.ts';
import { productSets } from '../rules/dossier-documents.ts';
import { RuleSet } from '../rules/rule-set.types.ts';
import { ID_ARG, VALIDATED, VERSION_ARG } from '../writes/mutation-args.ts';
import { runMutation } from '../writes/write-context.ts';
import { checklistOf } from './checklist.ts';
import { Dossier, DossierFile } from './dossier.entity.ts';
import { dossierWithAccess, listDossiers } from './dossier.repository.ts';
import {
  answerDossierItem,
  checkDossier,
  dossierForbidden,
  registerProduct,
  removeDossierFile,
  returnDossier,
  submitDossier,
  uploadDossierFile,
  withdrawDossier,
} from './dossier.service.ts';
import {
  CheckDossierInput,
  CommuneCheckResult,
  DossierChecklist,
  DossierConnection,
  DossierEvent,
  DossierFileInput,
  DossierItemInput,
  DossiersArgs,
  ProductSetInfo,
  ReasonInput,
  RegisterProductInput,
  ReturnDossierInput,
} from './dossier.types.ts';

const DOSSIER_ID = { description: 'Id of the dossier.' };

@Resolver(() => Dossier)
export class DossierResolver {
  @Authorized()
  @Query(() => DossierConnection, {
    description:
      'Dossiers the viewer may read (those of the communes and province it writes in, and those assigned to its councils), oldest registration first: the commune’s queue with `states: [registered, returned, complete]`.',
  })
  async dossiers(@Args(() => DossiersArgs) args: DossiersArgs, @Ctx() ctx: Context): Promise<DossierConnection> {
    let unitId: number | null = null;
    if (args.filter?.unitCode) {
      unitId = (await todaysUnitByCode(ctx.db, args.filter.unitCode, 'filter.unitCode')).id;
    }
    return listDossiers(ctx.db, args.filter, unitId, args);
  }

  @Authorized()
  @Query(() => Dossier, {
    nullable: true,
    description: 'One dossier; null when there is none. FORBIDDEN when it exists but is another commune’s (or of a council the viewer does not sit on).',
  })
  async dossier(@Arg('id', () => Int, DOSSIER_ID) id: number, @Ctx() ctx: Context): Promise<Dossier | null> {
    const row = await dossierWithAccess(ctx.db, id);
    if (!row) return null;
    if (!row.accessible) throw dossierForbidden(id);
    const { accessible: _, ...dossier } = row;
    return Object.assign(new Dossier(), dossier);
  }

  @Authorized()
  @Query(() => [ProductSetInfo], { description: 'The product sets (bộ sản phẩm, one scoring sheet each) of a rule set: what `productSetCode` takes.' })
  productSets(
    @Arg('ruleSetId', () => String, { description: 'Id of the rule set (qd148-2023, qd1489-2025, qd26-2026).' }) ruleSetId: string,
  ): ProductSetInfo[] {
    return productSets(ruleSetId).map((s) => Object.assign(new ProductSetInfo(), { ...s, group: s.groupCode as ProductGroup }));
  }

  @Authorized(ACCESS.write.roles)
  @Mutation(() => Dossier, {
    description:
      'Registers a product (an existing one, or a new idea or product) for evaluation through its commune: its dossier starts `registered`, with the checklist of the rule set in force today. Audited.',
  })
  registerProduct(
    @Arg('input', () => RegisterProductInput, { description: 'The product and the dossier.', ...VALIDATED }) input: RegisterProductInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, (w) => registerProduct(w, input));
  }

  @Authorized(ACCESS.write.roles)
  @Mutation(() => DossierFile, {
    description:
      'Uploads a file for one document of a dossier: its type is sniffed from its bytes (PDF, JPEG, PNG, WebP, DOCX, XLSX), at most 5 MB, stored under its SHA-256. The subject’s documents until submission, the commune’s until its check. Audited.',
  })
  uploadDossierFile(
    @Arg('dossierId', () => Int, DOSSIER_ID) dossierId: number,
    @Arg('input', () => DossierFileInput, { description: 'The document and the file.', ...VALIDATED }) input: DossierFileInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, (w) => uploadDossierFile(w, dossierId, input));
  }

  @Authorized(ACCESS.write.roles)
  @Mutation(() => DossierFile, { description: 'Removes a file from a dossier (kept, marked deleted, for history). Audited.' })
  removeDossierFile(
    @Arg('id', () => Int, { description: 'Id of the file.' }) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, (w) => removeDossierFile(w, id, version));
  }

  @Authorized(ACCESS.write.roles)
  @Mutation(() => Dossier, {
    description: 'Answers a checklist item without a file: not applicable (a conditional document), or received on paper (the samples). Audited.',
  })
  answerDossierItem(
    @Arg('dossierId', () => Int, DOSSIER_ID) dossierId: number,
    @Arg('input', () => DossierItemInput, { description: 'The item and the answer.', ...VALIDATED }) input: DossierItemInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, (w) => answerDossierItem(w, dossierId, input));
  }

  @Authorized(ACCESS.write.roles)
  @Mutation(() => Dossier, {
    description:
      'Submits a complete dossier to its commune (registered or returned → complete); refused naming every required document still missing. Audited.',
  })
  submitDossier(@Arg('id', () => Int, ID_ARG) id: number, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: Context) {
    return runMutation(ctx, (w) => submitDossier(w, id, version));
  }

  @Authorized(ACCESS.write.roles)
  @Mutation(() => Dossier, {
    description: 'The commune returns a submitted dossier to the subject with the reason and what is missing (complete → returned). Audited.',
  })
  returnDossier(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => ReturnDossierInput, { description: 'Why, and what is missing.', ...VALIDATED }) input: ReturnDossierInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, (w) => returnDossier(w, id, version, input));
  }

  @Authorized(ACCESS.write.roles)
  @Mutation(() => Dossier, {
    description:
      'The commune’s check of a submitted dossier (its four findings, its request letter and report) forwarding it to the province (complete → checked). Audited.',
  })
  checkDossier(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => CheckDossierInput, { description: 'The findings.', ...VALIDATED }) input: CheckDossierInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, (w) => checkDossier(w, id, version, input));
  }

  @Authorized(ACCESS.write.roles)
  @Mutation(() => Dossier, { description: 'Withdraws a dossier not yet in a council round, with the reason. Audited.' })
  withdrawDossier(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => ReasonInput, { description: 'Why.', ...VALIDATED }) input: ReasonInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, (w) => withdrawDossier(w, id, version, input.reason));
  }

  @FieldResolver(() => Product, { nullable: true, description: 'The product.' })
  product(@Root() dossier: Dossier, @Ctx() ctx: Context): Promise<Product | null> {
    return ctx.loaders.productById.load(dossier.productId);
  }

  @FieldResolver(() => RuleSet, { nullable: true, description: 'The rule set of its submission day (before submission: of its registration day).' })
  ruleSet(@Root() dossier: Dossier, @Ctx() ctx: Context): Promise<RuleSet | null> | null {
    return dossier.ruleSetId ? ctx.loaders.ruleSetById.load(dossier.ruleSetId) : null;
  }

  @FieldResolver(() => DossierChecklist, { description: 'The documents its rule set asks for, with the files and answers given.' })
  async checklist(@Root() dossier: Dossier, @Ctx() ctx: Context): Promise<DossierChecklist> {
    const [product, files, items] = await Promise.all([
      ctx.loaders.productById.load(dossier.productId),
      ctx.loaders.filesByDossier.load(dossier.id),
      ctx.loaders.itemsByDossier.load(dossier.id),
    ]);
    return checklistOf(dossier, product?.group ?? '', files, items);
  }

  @FieldResolver(() => [LabelText], { description: 'What the commune found missing when it last returned the dossier (empty otherwise).' })
  async missingDocuments(@Root() dossier: Dossier, @Ctx() ctx: Context): Promise<LabelText[]> {
    if (!dossier.missing?.length) return [];
    const list = await this.checklist(dossier, ctx);
    return dossier.missing.map((id) => list.items.find((i) => i.documentId === id)?.name ?? { vi: id, en: id });
  }

  @FieldResolver(() => [CommuneCheckResult], { description: 'The commune’s findings, once checked.' })
  communeChecks(@Root() dossier: Dossier): CommuneCheckResult[] {
    return (dossier.communeChecks ?? []).map((c) => Object.assign(new CommuneCheckResult(), c));
  }

  @FieldResolver(() => [DossierEvent], { description: 'Every change of its state, oldest first: who, when, why.' })
  async history(@Root() dossier: Dossier, @Ctx() ctx: Context): Promise<DossierEvent[]> {
    const events = await ctx.loaders.eventsByDossier.load(dossier.id);
    // Analysts see no personal data: who made a change is an officer's name.
    return currentViewer().seesPersonalData ? events : events.map((e) => Object.assign(new DossierEvent(), e, { username: '' }));
  }
}
