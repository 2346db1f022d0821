import { defineElement } from '../base/define.js';
import { CivicPoll } from '../poll/poll.js';

defineElement('civic-poll', CivicPoll);

declare global {
  interface HTMLElementTagNameMap {
    'civic-poll': CivicPoll;
  }
}

export { CivicPoll };
