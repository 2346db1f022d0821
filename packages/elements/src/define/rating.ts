import { defineElement } from '../base/define.js';
import { CivicRating } from '../rating/rating.js';

defineElement('civic-rating', CivicRating);

declare global {
  interface HTMLElementTagNameMap {
    'civic-rating': CivicRating;
  }
}

export { CivicRating };
