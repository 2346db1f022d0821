import { defineElement } from '../base/define.js';
import { CivicComments } from '../comments/comments.js';

defineElement('civic-comments', CivicComments);

declare global {
  interface HTMLElementTagNameMap {
    'civic-comments': CivicComments;
  }
}

export { CivicComments };
