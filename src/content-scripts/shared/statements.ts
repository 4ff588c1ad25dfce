import { confirmationWords } from '../../catalog/words';
import { normalizeText, type PhraseMatcher, phraseMatcher } from './text';

let confirmation: PhraseMatcher | null | undefined;

/** Whether `text` holds Meta's own words that it will honour the objection. Words alone never set a status. */
export function saysConfirmed(text: string): boolean {
  confirmation ??= phraseMatcher(confirmationWords());
  return confirmation?.test(normalizeText(text)) ?? false;
}
