import type { LiveEvent } from './schemas/live.js';

/** A live-update topic: `poll:ID`, `thread:ID`, `petition:ID` or `service:ID`. */
export type Topic = `${'poll' | 'thread' | 'petition' | 'service'}:${string}`;

/** The topic an event belongs to. */
export function topicOf(event: LiveEvent): Topic {
  switch (event.type) {
    case 'poll.results':
      return `poll:${event.pollId}`;
    case 'thread.comment':
      return `thread:${event.threadId}`;
    case 'petition.count':
      return `petition:${event.petitionId}`;
    case 'service.aggregate':
      return `service:${event.serviceId}`;
  }
}
