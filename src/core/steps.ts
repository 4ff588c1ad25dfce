import * as z from 'zod/mini';
import type { Platform } from '../catalog/pages';
import type { Region } from './regions';

// The schemas are marked pure: a bundle that uses only the lists leaves zod out.

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

/** The objection forms: one objection covers every account of the same Accounts Center, whichever form it used. */
export const OBJECTION_STEPS: ReadonlySet<StepId> = new Set<StepId>(['fb-objection', 'ig-objection']);

/** The steps done with one of Meta's forms, and whose account that form records it for. */
export const FORM_STEP_PLATFORM: Partial<Record<StepId, Platform>> = {
  'fb-objection': 'facebook',
  'ig-objection': 'instagram',
  'third-party-data': 'facebook',
};

const OBJECTION_REGION_ORDER: readonly StepId[] = STEP_IDS;

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
