import type { Surface } from '../../catalog/schema';
import type { Replies } from '../../core/messages';
import { send } from '../../core/messaging';
import type { StepId } from '../../core/steps';
import { startContentScript } from '../shared/life';
import type { CompiledCatalog } from '../shared/matcher';
import { createOutline } from '../shared/outline/outline';
import { saysConfirmed } from '../shared/statements';
import { submissionFeature } from '../shared/submission';
import type { Feature } from '../shared/watcher';
import { assistFeature } from './assist';
import { continueButtons, formWords, stepButton } from './fields';
import { recogniseForm } from './purpose';

type Recorded = { record: Replies['step-detected']; status: 'submitted' | 'confirmed' };

/**
 * Meta's help-contact forms and its request portal: recognises the objection form (by its id, or by its
 * stated purpose), reports it opened, outlines it, assists filling it and sees the user's submission taken.
 */
export function startFormPage(compiled: CompiledCatalog): void {
  startContentScript(compiled, ({ seen, refresh }) => {
    // What each form of this document was recognised as, by its address: a wizard's later routes keep it.
    const forms = new Map<string, Surface>();
    let formUrl: string | null = null;
    let recorded: Recorded | null = null;
    const listeners = new Set<() => void>();
    const form = () => (formUrl ? (forms.get(formUrl) ?? null) : null);
    const formStep = (): StepId | null => form()?.step ?? null;

    // Recognises the page's form as its content arrives (the portal renders its title late).
    const recogniser: Feature = {
      wants: (page) => (page.kind === 'form' ? 'text' : null),
      start(page) {
        formUrl = page.formUrl;
        const look = () => {
          if (!page.formUrl || forms.has(page.formUrl)) return;
          const surface = recogniseForm(page, document);
          if (!surface) return;
          forms.set(page.formUrl, surface);
          void send({
            type: 'step-detected',
            step: surface.step,
            status: 'opened',
            evidence: 'form',
            url: page.formUrl,
          }).catch(() => {});
          refresh();
        };
        look();
        return { added: look, textChanged: look };
      },
    };
    const outline = createOutline(compiled, form);
    const features = [
      recogniser,
      outline.feature,
      assistFeature({
        formStep,
        recorded: () => recorded,
        subscribe: (listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      }),
      submissionFeature({
        formStep,
        pending: seen.then((reply) => reply?.pending ?? null),
        stepButton,
        words: { continueButtons, success: formWords('success') },
        saysConfirmed,
        onRecorded: (record, status) => {
          if (recorded?.status === 'confirmed') return;
          recorded = { record, status };
          for (const listener of listeners) listener();
        },
        changed: refresh,
      }),
    ];
    return { features, outline };
  });
}
