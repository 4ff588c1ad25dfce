import * as z from 'zod/mini';

// The schemas are marked pure: a bundle that uses only the lists (the popup) leaves zod out.

/** Step ids are fixed: tests and stored data use them (PRODUCT.md). */
export const STEP_IDS = [
  'fb-objection',
  'ig-objection',
  'third-party-data',
  'limit-public',
  'meta-ai-chats',
  'ask-others',
] as const;
export const StepId = /* @__PURE__ */ z.enum(STEP_IDS);
export type StepId = z.infer<typeof StepId>;

export const STATUSES = ['todo', 'opened', 'submitted', 'confirmed', 'rejected', 'skipped'] as const;
export const Status = /* @__PURE__ */ z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

export const REGIONS = ['eu', 'uk', 'ch', 'br', 'other'] as const;
export const Region = /* @__PURE__ */ z.enum(REGIONS);
export type Region = z.infer<typeof Region>;

const OBJECTION_REGION_ORDER: readonly StepId[] = [
  'fb-objection',
  'ig-objection',
  'third-party-data',
  'limit-public',
  'meta-ai-chats',
  'ask-others',
];

// Outside the objection regions there is no form for one's own data: limiting the audience comes first.
const OTHER_REGION_ORDER: readonly StepId[] = ['limit-public', 'third-party-data', 'meta-ai-chats', 'ask-others'];

/** The checklist of a region, in the order the user should work through it. */
export function stepsForRegion(region: Region): readonly StepId[] {
  return region === 'other' ? OTHER_REGION_ORDER : OBJECTION_REGION_ORDER;
}

/** Steps the user may leave out without it counting as "left". */
export const OPTIONAL_STEPS: ReadonlySet<StepId> = new Set<StepId>(['ask-others']);

/** A step is finished once Meta saw it (submitted or better) or the user set it aside. */
export function isStepDone(status: Status): boolean {
  return status === 'submitted' || status === 'confirmed' || status === 'rejected' || status === 'skipped';
}
