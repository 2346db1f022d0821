import { defineElement } from '../base/define.js';
import { CivicPetition } from '../petition/petition.js';

defineElement('civic-petition', CivicPetition);

declare global {
  interface HTMLElementTagNameMap {
    'civic-petition': CivicPetition;
  }
}

export { CivicPetition };
