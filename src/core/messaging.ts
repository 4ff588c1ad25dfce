import { browser } from 'wxt/browser';
import type { MessageOf, MessageType, Replies, Reply } from './messages';

/**
 * Sends a message to the background and unwraps its reply, typed by the message; a refusal becomes an
 * Error. The one way every part of the extension talks to the background.
 */
export async function send<T extends MessageType>(message: MessageOf<T>): Promise<Replies[T]> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<Replies[T]> | undefined;
  if (!reply) throw new Error('The background did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
