import type { Message, Reply } from '../core/messages';
import { browser } from '../core/native-browser';

/** Sends a message to the background and unwraps its reply; a refusal becomes an Error. */
export async function ask<T>(message: Message): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
  if (!reply) throw new Error('The background did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
