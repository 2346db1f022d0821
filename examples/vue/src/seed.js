/**
 * Sample content for the MemoryAdapter: the same format as the server's seed files.
 * @type {import('@civic-widgets/elements').Seed}
 */
export const seed = {
  petitions: [
    {
      id: 'safe-school-streets',
      title: 'Make every school street car-free at drop-off and pick-up',
      summary: 'Close streets outside primary schools to through traffic for 30 minutes.',
      goal: 1000,
    },
  ],
  polls: [
    {
      id: 'transport-2027',
      question: 'Which transport improvement should the city fund first in 2027?',
      options: [
        { id: 'bus-lanes', label: 'More bus lanes on main roads' },
        { id: 'cycle-paths', label: 'Protected cycle paths' },
      ],
      resultsVisibility: 'always',
    },
  ],
};
