import type { NotesToContent, PopupToContent } from './protocol';

/** The part of `runtime.onMessage` used here (the entrypoint passes the browser's own). */
export interface MessageEvent {
  /** Adds a listener; one that returns true keeps the channel open for its answer. */
  addListener(listener: (message: unknown, sender: unknown, respond: (answer: unknown) => void) => boolean): void;
  /** Removes a listener added before. */
  removeListener(listener: (message: unknown, sender: unknown, respond: (answer: unknown) => void) => boolean): void;
}

/** Every message the content script answers. */
type ContentProtocol = PopupToContent & NotesToContent;

/** One answer per message type: it gets the message's data and returns what the sender's promise resolves to. */
export type ContentAnswers = {
  [K in keyof ContentProtocol]: (data: Parameters<ContentProtocol[K]>[0]) => ReturnType<ContentProtocol[K]>;
};

/**
 * Answers the popup's and the notes UI's messages in the content script, speaking `@webext-core/messaging`'s wire
 * format, whose `sendMessage` the senders keep: a message is `{ type, data, timestamp, id }`, the answer `{ res }`, or
 * `{ err }` with the error's name, message and stack, which the sender throws again. The content script only ever
 * receives, and the library's messenger carried its sender, its logger's strings and the error serializer's reader
 * there too (~2.4 KB raw, ~0.9 KB gzip of a budgeted bundle). A message of another type or shape is left to other
 * listeners, as the library leaves it. Returns the function that stops answering.
 * `onMessage` is the browser's `runtime.onMessage`.
 */
export function answerContentMessages(onMessage: MessageEvent, answers: ContentAnswers): () => void {
  const listener = (message: unknown, _sender: unknown, respond: (answer: unknown) => void): boolean => {
    const m = message as { type?: unknown; timestamp?: unknown; data?: unknown } | null;
    if (typeof m?.type !== 'string' || typeof m.timestamp !== 'number' || !Object.hasOwn(answers, m.type)) return false;
    try {
      respond({ res: (answers[m.type as keyof ContentAnswers] as (data: unknown) => unknown)(m.data) });
    } catch (err) {
      respond({ err: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack ?? '' } : err });
    }
    return true;
  };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}
