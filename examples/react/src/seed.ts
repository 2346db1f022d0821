import type { Seed } from '@civic-widgets/elements';

/** Sample content for the MemoryAdapter: the same format as the server's seed files. */
export const seed: Seed = {
  polls: [
    {
      id: 'transport-2027',
      question: 'Which transport improvement should the city fund first in 2027?',
      options: [
        { id: 'bus-lanes', label: 'More bus lanes on main roads' },
        { id: 'cycle-paths', label: 'Protected cycle paths' },
        { id: 'night-trams', label: 'Night trams at weekends' },
      ],
    },
  ],
  services: [{ id: 'page-feedback', name: 'This page', question: 'Was this page helpful?', scale: 'yesno' }],
};
