import type { Seed } from '../schemas/definitions.js';

const DAY = 86_400_000;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
const options = (...ids: string[]) => ids.map((id) => ({ id, label: `Option ${id.toUpperCase()}` }));

/**
 * The content every conformance test starts from. Times are relative to now, so
 * "upcoming" and "closed by date" need no clock control in the backend.
 */
export function conformanceFixture(): Seed {
  return {
    polls: [
      { id: 'single', question: 'Single choice?', options: options('a', 'b', 'c'), resultsVisibility: 'after-vote' },
      {
        id: 'multi',
        question: 'Pick two?',
        options: options('a', 'b', 'c', 'd'),
        mode: 'multiple',
        maxChoices: 2,
        resultsVisibility: 'always',
      },
      {
        id: 'changeable',
        question: 'Change allowed?',
        options: options('a', 'b'),
        allowChange: true,
        resultsVisibility: 'always',
      },
      { id: 'after-close', question: 'Results after close?', options: options('a', 'b'), resultsVisibility: 'after-close' },
      { id: 'never', question: 'Results never?', options: options('a', 'b'), resultsVisibility: 'never' },
      { id: 'upcoming', question: 'Not yet?', options: options('a', 'b'), opensAt: at(DAY), resultsVisibility: 'always' },
      { id: 'ended', question: 'Ended?', options: options('a', 'b'), closesAt: at(-DAY), resultsVisibility: 'after-close' },
      { id: 'closed', question: 'Closed?', options: options('a', 'b'), status: 'closed' },
      { id: 'draft', question: 'Draft?', options: options('a', 'b'), status: 'draft' },
    ],
    threads: [
      {
        id: 'post',
        title: 'Post-moderated',
        maxLength: 50,
        maxDepth: 2,
        reportThreshold: 2,
        comments: [{ id: 'seeded', body: 'A seeded comment', authorName: 'Ada' }],
      },
      { id: 'pre', title: 'Pre-moderated', moderation: 'pre' },
      { id: 'closed', title: 'Closed', status: 'closed', comments: [{ id: 'kept', body: 'Said before closing' }] },
    ],
    petitions: [
      {
        id: 'open',
        title: 'Open petition',
        goal: 10,
        milestones: [
          { count: 5, label: 'Debate' },
          { count: 2, label: 'Response' },
        ],
        regions: [
          { id: 'north', label: 'North' },
          { id: 'south', label: 'South' },
        ],
      },
      { id: 'plain', title: 'Petition without regions', goal: 100 },
      { id: 'ended', title: 'Ended petition', goal: 100, closesAt: at(-DAY) },
      { id: 'draft', title: 'Draft petition', goal: 100, status: 'draft' },
    ],
    services: [
      {
        id: 'stars',
        name: 'Stars service',
        question: 'How was it?',
        scale: 'stars5',
        reasons: [
          { id: 'fast', label: 'Fast' },
          { id: 'clear', label: 'Clear' },
          { id: 'easy', label: 'Easy', when: 'positive' },
          { id: 'confusing', label: 'Confusing', when: 'negative' },
        ],
        commentMaxLength: 20,
        minimumRatings: 1,
      },
      {
        id: 'yesno',
        name: 'Page',
        question: 'Was this page useful?',
        scale: 'yesno',
        reasons: [
          { id: 'clear', label: 'It was clear', when: 'positive' },
          { id: 'missing', label: 'Information was missing', when: 'negative' },
        ],
        minimumRatings: 1,
      },
      { id: 'csat', name: 'Counter', question: 'How satisfied are you?', scale: 'csat5', minimumRatings: 1 },
      { id: 'few', name: 'Few ratings', question: 'Rate?', minimumRatings: 3 },
      { id: 'default', name: 'Defaults', question: 'Rate?', reasons: [{ id: 'any', label: 'Any' }] },
      { id: 'private', name: 'Private', question: 'Rate?', publicAggregate: false, minimumRatings: 1 },
      { id: 'closed', name: 'Closed', question: 'Rate?', status: 'closed' },
    ],
  };
}
