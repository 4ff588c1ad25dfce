import { EVIDENCE_ANIMATION } from '../../catalog/evidence';
import { startContentScript } from '../shared/life';
import type { CompiledCatalog } from '../shared/matcher';
import { createOutline } from '../shared/outline/outline';
import { saysConfirmed } from '../shared/statements';
import { submissionFeature } from '../shared/submission';
import { confirmationsFeature } from './confirmations';
import { guideFeature } from './guide';

/**
 * Every Meta page but the form pages: outlines the way to object, guides on the Privacy Center and policy
 * pages, notices Meta's confirmation in a notification, and sees Meta's answer to a form that posted.
 */
export function startMetaPage(compiled: CompiledCatalog): void {
  startContentScript(
    compiled,
    ({ seen, refresh }) => {
      const outline = createOutline(compiled);
      const features = [
        outline.feature,
        guideFeature(outline),
        confirmationsFeature(),
        submissionFeature({
          formStep: () => null,
          pending: seen.then((reply) => reply?.pending ?? null),
          saysConfirmed,
          changed: refresh,
        }),
      ];
      return { features, outline };
    },
    { evidenceAnimation: EVIDENCE_ANIMATION },
  );
}
