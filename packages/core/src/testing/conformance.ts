import type { Adapter } from '../adapter.js';
import type { Seed } from '../schemas/definitions.js';
import type { LiveEvent } from '../schemas/live.js';
import { equal, eventually, ok, rejectsWith } from './assert.js';
import { conformanceFixture } from './fixture.js';

/** A backend under test, freshly seeded with the conformance fixture. */
export interface ConformanceBackend {
  /** An adapter acting for the named participant; the same name gives the same participant. */
  participant(name: string): Adapter;
  /** Confirms the pending signature of `email`, as the link in its e-mail would. */
  confirmSignature(petitionId: string, email: string): Promise<void>;
  /** Releases what `setup` made (servers, connections). */
  teardown?(): Promise<void>;
}

export interface ConformanceHarness {
  /** Creates an empty backend holding `seed`. Called once per case. */
  setup(seed: Seed): Promise<ConformanceBackend>;
}

export interface ConformanceCase {
  /** `area: rule`, e.g. `poll: one vote per participant`. */
  name: string;
  run(): Promise<void>;
}

type Body = (b: ConformanceBackend) => Promise<void>;

/**
 * The behavioural rules of the `Adapter` contract, observed only through the
 * interface. Register each case with your test runner:
 *
 * ```ts
 * for (const c of conformanceCases(harness)) test(c.name, c.run);
 * ```
 */
export function conformanceCases(harness: ConformanceHarness): ConformanceCase[] {
  return Object.entries(RULES).map(([name, body]) => ({
    name,
    async run() {
      const backend = await harness.setup(conformanceFixture());
      try {
        await body(backend);
      } finally {
        await backend.teardown?.();
      }
    },
  }));
}

const count = (results: { counts: { optionId: string; count: number }[] } | null, id: string) =>
  results?.counts.find((c) => c.optionId === id)?.count;

/** The id the backend gave the fixture's one seeded comment (backends assign their own ids). */
async function seededId(a: Adapter): Promise<string> {
  const first = (await a.listComments('post', { sort: 'oldest', limit: 1 })).items[0];
  ok(first && first.body === 'A seeded comment', 'the seeded comment is listed first by oldest');
  return first.id;
}

const signer = (email: string, extra: Record<string, unknown> = {}) => ({
  name: 'Grace Hopper',
  email,
  consent: true as const,
  ...extra,
});

const RULES: Record<string, Body> = {
  // ------------------------------------------------------------------ polls
  'poll: unknown and draft polls are not found': async (b) => {
    const a = b.participant('alice');
    await rejectsWith(a.getPoll('no-such-poll'), 'not-found', 'unknown poll');
    await rejectsWith(a.getPoll('draft'), 'not-found', 'draft poll');
    await rejectsWith(a.vote('draft', { choices: ['a'] }), 'not-found', 'vote in draft poll');
  },
  'poll: a vote is counted and returned as the participant’s own': async (b) => {
    const a = b.participant('alice');
    const before = await a.getPoll('multi');
    equal(before.myVote, null, 'no vote before voting');
    const view = await a.vote('multi', { choices: ['a', 'c'] });
    equal(view.myVote, ['a', 'c'], 'own vote returned');
    equal(count(view.results, 'a'), 1, 'count for a');
    equal(count(view.results, 'b'), 0, 'count for b');
    equal(view.results?.totalParticipants, 1, 'a multiple-choice voter counts once');
    equal((await a.getPoll('multi')).myVote, ['a', 'c'], 'own vote remembered');
  },
  'poll: one vote per participant': async (b) => {
    const a = b.participant('alice');
    await a.vote('single', { choices: ['a'] });
    await rejectsWith(a.vote('single', { choices: ['b'] }), 'already-done', 'second vote');
    const view = await a.getPoll('single');
    equal(view.myVote, ['a'], 'first vote kept');
    equal(view.results?.totalParticipants, 1, 'counted once');
    equal(count(view.results, 'b'), 0, 'second vote not counted');
  },
  'poll: many participants are all counted': async (b) => {
    const voters = ['p1', 'p2', 'p3', 'p4', 'p5'];
    await Promise.all(voters.map((p, i) => b.participant(p).vote('multi', { choices: [i % 2 ? 'a' : 'b'] })));
    const view = await b.participant('p1').getPoll('multi');
    equal(view.results?.totalParticipants, 5, 'total participants');
    equal(count(view.results, 'a'), 2, 'count a');
    equal(count(view.results, 'b'), 3, 'count b');
  },
  'poll: concurrent votes from one participant count once': async (b) => {
    const a = b.participant('alice');
    const settled = await Promise.allSettled(Array.from({ length: 20 }, () => a.vote('single', { choices: ['c'] })));
    equal(settled.filter((s) => s.status === 'fulfilled').length, 1, 'exactly one vote accepted');
    const view = await a.getPoll('single');
    equal(view.results?.totalParticipants, 1, 'counted once');
  },
  'poll: changing a vote where allowed moves the count': async (b) => {
    const a = b.participant('alice');
    await a.vote('changeable', { choices: ['a'] });
    const view = await a.vote('changeable', { choices: ['b'] });
    equal(view.myVote, ['b'], 'new vote is own vote');
    equal(count(view.results, 'a'), 0, 'old option decremented');
    equal(count(view.results, 'b'), 1, 'new option incremented');
    equal(view.results?.totalParticipants, 1, 'still one participant');
  },
  'poll: single mode takes exactly one known option': async (b) => {
    const a = b.participant('alice');
    await rejectsWith(a.vote('single', { choices: ['a', 'b'] }), 'invalid-input', 'two choices in single mode');
    await rejectsWith(a.vote('single', { choices: [] }), 'invalid-input', 'no choice');
    await rejectsWith(a.vote('single', { choices: ['zzz'] }), 'invalid-input', 'unknown option');
    equal((await a.getPoll('single')).myVote, null, 'nothing recorded');
  },
  'poll: multiple mode enforces maxChoices': async (b) => {
    const a = b.participant('alice');
    await rejectsWith(a.vote('multi', { choices: ['a', 'b', 'c'] }), 'invalid-input', 'three choices of two');
    await rejectsWith(a.vote('multi', { choices: ['a', 'a'] }), 'invalid-input', 'same option twice');
    const view = await a.getPoll('multi');
    equal(view.results?.totalParticipants, 0, 'nothing recorded');
    equal(view.poll.maxChoices, 2, 'maxChoices exposed');
  },
  'poll: no votes before opensAt or after closing': async (b) => {
    const a = b.participant('alice');
    await rejectsWith(a.vote('upcoming', { choices: ['a'] }), 'closed', 'before opensAt');
    await rejectsWith(a.vote('ended', { choices: ['a'] }), 'closed', 'after closesAt');
    await rejectsWith(a.vote('closed', { choices: ['a'] }), 'closed', 'status closed');
    equal((await a.getPoll('upcoming')).results?.totalParticipants, 0, 'nothing recorded');
  },
  'poll: results "always" are visible before voting': async (b) => {
    const view = await b.participant('alice').getPoll('multi');
    ok(view.results, 'results visible');
    equal(
      view.results.counts.map((c) => c.optionId),
      ['a', 'b', 'c', 'd'],
      'one count per option in order',
    );
  },
  'poll: results "after-vote" appear once the participant voted': async (b) => {
    const a = b.participant('alice');
    equal((await a.getPoll('single')).results, null, 'hidden before voting');
    const view = await a.vote('single', { choices: ['b'] });
    equal(count(view.results, 'b'), 1, 'visible after voting');
    equal((await b.participant('bob').getPoll('single')).results, null, 'still hidden from others who did not vote');
  },
  'poll: results "after-close" stay hidden until closed': async (b) => {
    const a = b.participant('alice');
    const view = await a.vote('after-close', { choices: ['a'] });
    equal(view.results, null, 'hidden while open, even after voting');
    const ended = await a.getPoll('ended');
    ok(ended.results, 'visible once closed');
  },
  'poll: results "never" are never shown': async (b) => {
    const a = b.participant('alice');
    const view = await a.vote('never', { choices: ['a'] });
    equal(view.results, null, 'hidden after voting');
    equal(view.myVote, ['a'], 'own vote still shown');
  },

  // --------------------------------------------------------------- comments
  'comments: unknown threads are not found': async (b) => {
    const a = b.participant('alice');
    await rejectsWith(a.getThread('nope'), 'not-found', 'unknown thread');
    await rejectsWith(a.listComments('nope'), 'not-found', 'list in unknown thread');
    await rejectsWith(a.postComment('nope', { body: 'Hi' }), 'not-found', 'post in unknown thread');
  },
  'comments: post-moderated comments are published for everyone': async (b) => {
    const a = b.participant('alice');
    const posted = await a.postComment('post', { body: '  Hello there  ', authorName: 'Alice' });
    equal(posted.status, 'published', 'published at once');
    equal(posted.body, 'Hello there', 'body trimmed');
    equal(posted.authorName, 'Alice', 'author name');
    equal(posted.mine, true, 'mine for the author');
    const seen = (await b.participant('bob').listComments('post')).items.find((c) => c.id === posted.id);
    ok(seen, 'others see it');
    equal(seen.mine, false, 'not mine for others');
    equal((await a.getThread('post')).commentCount, 2, 'thread count includes it');
  },
  'comments: a comment carries the language it was written in, stored canonical': async (b) => {
    const a = b.participant('alice');
    const welsh = await a.postComment('post', { body: 'Diolch yn fawr', lang: 'cy' });
    equal(welsh.lang, 'cy', 'as sent');
    const brazilian = await a.postComment('post', { body: 'Obrigada', lang: 'PT-br' });
    equal(brazilian.lang, 'pt-BR', 'canonical');
    const unknown = await a.postComment('post', { body: 'No language given' });
    equal(unknown.lang, null, 'null when not given');
    await rejectsWith(a.postComment('post', { body: 'Bad tag', lang: 'not a tag!' }), 'invalid-input', 'a tag that is none');
    const listed = await b.participant('bob').listComments('post', { sort: 'oldest' });
    equal(
      listed.items.map((c) => c.lang),
      [null, 'cy', 'pt-BR', null],
      'others see each comment with its language; the refused one is not there',
    );
  },
  'comments: anonymous comments have no author name': async (b) => {
    const posted = await b.participant('alice').postComment('post', { body: 'No name', authorName: '   ' });
    equal(posted.authorName, null, 'blank name becomes null');
  },
  'comments: pre-moderated comments are pending and seen only by their author': async (b) => {
    const a = b.participant('alice');
    const posted = await a.postComment('pre', { body: 'Awaiting review' });
    equal(posted.status, 'pending', 'pending');
    const own = (await a.listComments('pre')).items;
    equal(
      own.map((c) => [c.id, c.status]),
      [[posted.id, 'pending']],
      'author sees it as pending',
    );
    equal((await b.participant('bob').listComments('pre')).items.length, 0, 'others do not');
    equal((await a.getThread('pre')).commentCount, 0, 'not counted while pending');
  },
  'comments: body length is counted like countCharacters and limited by maxLength': async (b) => {
    const a = b.participant('alice');
    await rejectsWith(a.postComment('post', { body: '   ' }), 'invalid-input', 'blank body');
    await rejectsWith(a.postComment('post', { body: 'x'.repeat(51) }), 'invalid-input', 'over maxLength');
    const emoji = '🗳️'.repeat(10); // 20 code points
    const posted = await a.postComment('post', { body: emoji + 'x'.repeat(30) });
    equal(posted.body.length > 50, true, 'UTF-16 length over 50 is fine when code points are 50');
    equal((await a.listComments('post')).items.length, 2, 'only the valid comment added');
  },
  'comments: honeypot filled means rejected': async (b) => {
    const a = b.participant('alice');
    await rejectsWith(a.postComment('post', { body: 'Buy now', website: 'http://spam.example' }), 'invalid-input', 'honeypot');
    equal((await a.listComments('post')).items.length, 1, 'nothing added');
  },
  'comments: replies nest up to maxDepth': async (b) => {
    const a = b.participant('alice');
    const seeded = await seededId(a);
    const r1 = await a.postComment('post', { body: 'Reply 1', parentId: seeded });
    equal([r1.parentId, r1.depth], [seeded, 1], 'first-level reply');
    const r2 = await a.postComment('post', { body: 'Reply 2', parentId: r1.id });
    equal(r2.depth, 2, 'second-level reply');
    await rejectsWith(a.postComment('post', { body: 'Too deep', parentId: r2.id }), 'invalid-input', 'beyond maxDepth');
    await rejectsWith(a.postComment('post', { body: 'Orphan', parentId: 'no-such' }), 'not-found', 'unknown parent');
    const top = (await a.listComments('post')).items;
    equal(
      top.map((c) => [c.id, c.replyCount]),
      [[seeded, 1]],
      'replies are not top-level; reply count',
    );
    const replies = (await a.listComments('post', { parentId: seeded, sort: 'oldest' })).items;
    equal(
      replies.map((c) => c.id),
      [r1.id],
      'replies listed by parent',
    );
  },
  'comments: closed threads are read-only': async (b) => {
    const a = b.participant('alice');
    equal((await a.getThread('closed')).status, 'closed', 'status closed');
    await rejectsWith(a.postComment('closed', { body: 'Hello' }), 'closed', 'post in closed thread');
  },
  'comments: sorting by newest, oldest and top': async (b) => {
    const a = b.participant('alice');
    const seeded = await seededId(a);
    const c1 = await a.postComment('post', { body: 'First' });
    const c2 = await a.postComment('post', { body: 'Second' });
    await b.participant('bob').setUpvote('post', c1.id, true);
    await b.participant('carol').setUpvote('post', c1.id, true);
    await b.participant('bob').setUpvote('post', seeded, true);
    const ids = async (sort: 'newest' | 'oldest' | 'top') => (await a.listComments('post', { sort })).items.map((c) => c.id);
    equal(await ids('newest'), [c2.id, c1.id, seeded], 'newest first');
    equal(await ids('oldest'), [seeded, c1.id, c2.id], 'oldest first');
    equal(await ids('top'), [c1.id, seeded, c2.id], 'most upvoted first');
  },
  'comments: cursor pagination returns every comment once': async (b) => {
    const a = b.participant('alice');
    const seeded = await seededId(a);
    for (let i = 0; i < 7; i++) await a.postComment('post', { body: `Comment ${i}` });
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await a.listComments('post', { sort: 'oldest', limit: 3, ...(cursor ? { cursor } : {}) });
      ok(page.items.length <= 3, 'page size respected');
      seen.push(...page.items.map((c) => c.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    equal(seen.length, 8, 'all comments seen');
    equal(new Set(seen).size, 8, 'no comment twice');
    equal(seen[0], seeded, 'oldest first across pages');
  },
  'comments: one upvote per participant, withdrawable': async (b) => {
    const a = b.participant('alice');
    const seeded = await seededId(a);
    equal((await a.setUpvote('post', seeded, true)).score, 1, 'upvoted');
    const again = await a.setUpvote('post', seeded, true);
    equal([again.score, again.upvotedByMe], [1, true], 'second upvote ignored');
    equal((await b.participant('bob').setUpvote('post', seeded, true)).score, 2, 'another participant counts');
    const listed = (await a.listComments('post')).items[0];
    equal([listed?.score, listed?.upvotedByMe], [2, true], 'listed with score and own upvote');
    const withdrawn = await a.setUpvote('post', seeded, false);
    equal([withdrawn.score, withdrawn.upvotedByMe], [1, false], 'withdrawn');
    await rejectsWith(a.setUpvote('post', 'nope', true), 'not-found', 'unknown comment');
  },
  'comments: reports from enough participants hide a comment': async (b) => {
    const a = b.participant('alice');
    const seeded = await seededId(a);
    await a.reportComment('post', seeded, { reason: 'spam' });
    await rejectsWith(a.reportComment('post', seeded, { reason: 'abuse' }), 'already-done', 'same participant twice');
    equal((await a.listComments('post')).items.length, 1, 'still shown below the threshold');
    await b.participant('bob').reportComment('post', seeded, { reason: 'abuse', note: 'Rude' });
    equal((await a.listComments('post')).items.length, 0, 'hidden at the threshold (2)');
    await rejectsWith(a.reportComment('post', seeded, { reason: 'nonsense' as 'spam' }), 'invalid-input', 'unknown reason');
  },
  'comments: a participant deletes their own comment, and only their own': async (b) => {
    const a = b.participant('alice');
    if (!a.deleteComment) return; // optional in the Adapter interface
    const mine = await a.postComment('post', { body: 'I said too much', authorName: 'Alice' });
    const reply = await b.participant('bob').postComment('post', { body: 'A reply', parentId: mine.id });
    const before = (await a.getThread('post')).commentCount;
    await rejectsWith(b.participant('bob').deleteComment!('post', mine.id), 'not-found', "someone else's comment");
    await rejectsWith(a.deleteComment('post', 'nope'), 'not-found', 'unknown comment');
    await a.deleteComment('post', mine.id);
    const listed = (await a.listComments('post', { sort: 'oldest', limit: 50 })).items;
    ok(!listed.some((c) => c.id === mine.id || c.body === 'I said too much'), 'gone from the thread, text and all');
    equal((await a.getThread('post')).commentCount, before - 1, 'the count follows');
    await rejectsWith(a.deleteComment('post', mine.id), 'not-found', "no longer anyone's");
    ok(reply.parentId === mine.id, 'the reply was made to it');
  },
  'comments: a closed thread is read-only': async (b) => {
    const a = b.participant('alice');
    const kept = (await a.listComments('closed')).items[0];
    ok(kept && kept.body === 'Said before closing', 'comments made before closing stay readable');
    await rejectsWith(a.postComment('closed', { body: 'Too late' }), 'closed', 'no new comment');
    await rejectsWith(a.postComment('closed', { body: 'Too late', parentId: kept.id }), 'closed', 'no reply');
    await rejectsWith(a.setUpvote('closed', kept.id, true), 'closed', 'no upvote');
    await rejectsWith(a.reportComment('closed', kept.id, { reason: 'spam' }), 'closed', 'no report');
    equal((await a.listComments('closed')).items[0]?.score, 0, 'nothing changed');
  },

  // -------------------------------------------------------------- petitions
  'petition: unknown and draft petitions are not found': async (b) => {
    await rejectsWith(b.participant('alice').getPetition('nope'), 'not-found', 'unknown');
    await rejectsWith(b.participant('alice').getPetition('draft'), 'not-found', 'draft');
  },
  'petition: a signature counts only once confirmed': async (b) => {
    const a = b.participant('alice');
    const receipt = await a.signPetition('open', signer('grace@example.org', { regionId: 'north' }));
    equal(receipt, { status: 'pending-confirmation', email: 'grace@example.org' }, 'pending receipt');
    equal((await a.getPetition('open')).petition.signatureCount, 0, 'not counted while pending');
    await b.confirmSignature('open', 'grace@example.org');
    const view = await a.getPetition('open');
    equal(view.petition.signatureCount, 1, 'counted once confirmed');
    equal(
      view.countsByRegion,
      [
        { regionId: 'north', count: 1 },
        { regionId: 'south', count: 0 },
      ],
      'counts by region',
    );
  },
  'petition: one confirmed signature per e-mail, answered the same way': async (b) => {
    const a = b.participant('alice');
    const first = await a.signPetition('open', signer('Grace@Example.org', { regionId: 'north' }));
    await b.confirmSignature('open', 'grace@example.org');
    const again = await b.participant('bob').signPetition('open', signer('grace@example.ORG', { regionId: 'south' }));
    equal(again, first, 'the same answer, revealing nothing');
    await b.confirmSignature('open', 'grace@example.org');
    equal((await a.getPetition('open')).petition.signatureCount, 1, 'still one');
  },
  'petition: consent, region and honeypot are required as configured': async (b) => {
    const a = b.participant('alice');
    await rejectsWith(
      a.signPetition('open', { ...signer('a@example.org', { regionId: 'north' }), consent: false as true }),
      'invalid-input',
      'no consent',
    );
    await rejectsWith(a.signPetition('open', signer('a@example.org')), 'invalid-input', 'missing region');
    await rejectsWith(a.signPetition('open', signer('a@example.org', { regionId: 'mars' })), 'invalid-input', 'unknown region');
    await rejectsWith(
      a.signPetition('plain', signer('a@example.org', { regionId: 'north' })),
      'invalid-input',
      'region not asked for',
    );
    await rejectsWith(a.signPetition('plain', signer('not-an-email')), 'invalid-input', 'bad e-mail');
    await rejectsWith(a.signPetition('plain', signer('a@example.org', { website: 'x' })), 'invalid-input', 'honeypot');
    await rejectsWith(a.signPetition('plain', signer('a@example.org', { name: ' ' })), 'invalid-input', 'blank name');
  },
  'petition: closed petitions take no signatures': async (b) => {
    await rejectsWith(b.participant('alice').signPetition('ended', signer('a@example.org')), 'closed', 'after closesAt');
  },
  'petition: public signers are only those who agreed': async (b) => {
    const a = b.participant('alice');
    await a.signPetition('plain', signer('shown@example.org', { name: 'Shown Person', showName: true }));
    await a.signPetition('plain', signer('hidden@example.org', { name: 'Hidden Person' }));
    await b.confirmSignature('plain', 'shown@example.org');
    await b.confirmSignature('plain', 'hidden@example.org');
    const view = await a.getPetition('plain');
    equal(view.petition.signatureCount, 2, 'both counted');
    equal(
      view.recentSigners.map((s) => s.name),
      ['Shown Person'],
      'only the consenting name',
    );
    ok(!JSON.stringify(view).includes('@'), 'no e-mail address in the public view');
  },
  'petition: milestones are listed in ascending order with the goal': async (b) => {
    const view = await b.participant('alice').getPetition('open');
    equal(
      view.petition.milestones.map((m) => m.count),
      [2, 5],
      'ascending milestones',
    );
    equal(view.petition.goal, 10, 'goal');
  },

  // --------------------------------------------------------------- ratings
  'rating: aggregate of stars, with distribution': async (b) => {
    await b.participant('p1').rate('stars', { score: 5 });
    await b.participant('p2').rate('stars', { score: 4 });
    const receipt = await b.participant('p3').rate('stars', { score: 3 });
    equal(receipt.aggregate?.count, 3, 'count');
    equal(receipt.aggregate?.average, 4, 'average');
    equal(
      receipt.aggregate?.distribution.map((d) => d.count),
      [0, 0, 1, 1, 1],
      'distribution 1..5',
    );
    equal((await b.participant('p4').getService('stars')).aggregate?.count, 3, 'public aggregate on read');
  },
  'rating: yes/no shares and csat averages': async (b) => {
    await b.participant('p1').rate('yesno', { score: 1 });
    await b.participant('p2').rate('yesno', { score: 1 });
    const yn = await b.participant('p3').rate('yesno', { score: 0 });
    equal([yn.aggregate?.count, yn.aggregate?.average], [3, null], 'yes/no has no average');
    ok(Math.abs((yn.aggregate?.yesShare ?? 0) - 2 / 3) < 1e-9, 'share of yes');
    const cs = await b.participant('p1').rate('csat', { score: 2 });
    equal([cs.aggregate?.average, cs.aggregate?.yesShare], [2, null], 'csat average');
  },
  'rating: scores must be on the scale': async (b) => {
    const a = b.participant('alice');
    await rejectsWith(a.rate('stars', { score: 0 }), 'invalid-input', 'stars 0');
    await rejectsWith(a.rate('stars', { score: 6 }), 'invalid-input', 'stars 6');
    await rejectsWith(a.rate('yesno', { score: 2 }), 'invalid-input', 'yes/no 2');
    await rejectsWith(a.rate('csat', { score: 3.5 }), 'invalid-input', 'fractional');
    const view = await a.getService('stars');
    equal([view.myRating, view.aggregate], [null, null], 'nothing recorded, nothing public');
  },
  'rating: one rating per participant; the follow-up amends it': async (b) => {
    const a = b.participant('alice');
    const first = await a.rate('stars', { score: 2, pageUrl: 'https://city.example/page?token=secret#top' });
    equal(first.pageUrl, 'https://city.example/page', 'query and fragment dropped');
    const amended = await a.amendRating('stars', first.ratingId, { reasons: ['fast'], comment: 'Quick' });
    equal([amended.ratingId, amended.reasons, amended.comment], [first.ratingId, ['fast'], 'Quick'], 'follow-up stored');
    equal(amended.aggregate?.count, 1, 'still one rating');
    const again = await a.rate('stars', { score: 4 });
    equal([again.ratingId, again.aggregate?.count, again.aggregate?.average], [first.ratingId, 1, 4], 'rating again replaces');
    equal((await a.getService('stars')).myRating?.score, 4, 'own rating on read');
  },
  'rating: follow-up is validated and owned': async (b) => {
    const a = b.participant('alice');
    const { ratingId } = await a.rate('stars', { score: 5 });
    await rejectsWith(a.amendRating('stars', ratingId, { reasons: ['unknown'] }), 'invalid-input', 'unknown reason');
    await rejectsWith(a.amendRating('stars', ratingId, { comment: 'x'.repeat(21) }), 'invalid-input', 'comment too long');
    await rejectsWith(
      b.participant('bob').amendRating('stars', ratingId, { comment: 'Mine now' }),
      'not-found',
      'someone else’s rating',
    );
    equal((await a.getService('stars')).myRating?.comment, null, 'unchanged');
  },
  'rating: reasons follow the answer; a changed answer keeps only those that fit': async (b) => {
    const a = b.participant('alice');
    const low = await a.rate('stars', { score: 2 });
    await rejectsWith(
      a.amendRating('stars', low.ratingId, { reasons: ['easy'] }),
      'invalid-input',
      'a positive reason after 2 stars',
    );
    const amended = await a.amendRating('stars', low.ratingId, { reasons: ['confusing', 'fast'] });
    equal(amended.reasons, ['confusing', 'fast'], 'a negative reason and one for any answer');
    const neutral = await a.rate('stars', { score: 3 });
    equal(neutral.reasons, ['fast'], '3 stars: only reasons for any answer stay');
    await rejectsWith(
      a.amendRating('stars', low.ratingId, { reasons: ['confusing'] }),
      'invalid-input',
      'a negative reason after 3 stars',
    );
    const high = await a.rate('stars', { score: 5 });
    equal(
      (await a.amendRating('stars', high.ratingId, { reasons: ['easy', 'fast'] })).reasons,
      ['easy', 'fast'],
      'positive after 5',
    );
    const no = await b.participant('bob').rate('yesno', { score: 0 });
    await rejectsWith(
      b.participant('bob').amendRating('yesno', no.ratingId, { reasons: ['clear'] }),
      'invalid-input',
      '"It was clear" after "No"',
    );
    equal(
      (await b.participant('bob').amendRating('yesno', no.ratingId, { reasons: ['missing'] })).reasons,
      ['missing'],
      'after "No"',
    );
    equal(
      (await a.getService('stars')).service.reasons.map((r) => [r.id, r.when]),
      [
        ['fast', 'any'],
        ['clear', 'any'],
        ['easy', 'positive'],
        ['confusing', 'negative'],
      ],
      'each reason says when it is offered; any by default',
    );
  },
  'rating: no public aggregate before the minimum number of ratings': async (b) => {
    equal((await b.participant('p1').rate('few', { score: 5 })).aggregate, null, 'one rating: none in the receipt');
    await b.participant('p2').rate('few', { score: 4 });
    equal((await b.participant('p2').getService('few')).aggregate, null, 'two ratings: none on read');
    equal((await b.participant('p3').rate('few', { score: 3 })).aggregate?.count, 3, 'three: public');
    equal((await b.participant('p4').getService('few')).aggregate?.average, 4, 'on read too');
    const defaults = await b.participant('p1').getService('default');
    equal(
      [defaults.service.minimumRatings, defaults.service.reasons[0]?.when],
      [10, 'any'],
      'definitions without them get the defaults',
    );
    for (let i = 0; i < 9; i++) await b.participant(`d${i}`).rate('default', { score: 4 });
    equal((await b.participant('d0').getService('default')).aggregate, null, 'nine of the default ten: none');
    equal((await b.participant('d9').rate('default', { score: 4 })).aggregate?.count, 10, 'the tenth makes it public');
  },
  'rating: private aggregates and closed services': async (b) => {
    const a = b.participant('alice');
    const receipt = await a.rate('private', { score: 3 });
    equal(receipt.aggregate, null, 'no aggregate in the receipt');
    equal((await a.getService('private')).aggregate, null, 'no aggregate on read');
    await rejectsWith(a.rate('closed', { score: 3 }), 'closed', 'closed service');
    await rejectsWith(a.amendRating('closed', 'any-rating', { comment: 'Late' }), 'closed', 'no follow-up on a closed service');
    await rejectsWith(a.getService('nope'), 'not-found', 'unknown service');
  },

  // ---------------------------------------------------------- live updates
  'live: subscribers receive updates until they unsubscribe': async (b) => {
    const watcher = b.participant('watcher');
    if (!watcher.subscribe) return; // optional capability
    const events: LiveEvent[] = [];
    const stop = watcher.subscribe(['poll:multi', 'service:stars'], (e) => events.push(e));
    // Give a network subscription time to connect before acting.
    await new Promise((r) => setTimeout(r, 200));
    await b.participant('alice').vote('multi', { choices: ['a'] });
    await eventually(() => events.some((e) => e.type === 'poll.results'), 'poll results event received');
    const pollEvent = events.find((e) => e.type === 'poll.results');
    ok(pollEvent?.type === 'poll.results' && pollEvent.results?.totalParticipants === 1, 'event carries the new results');
    await b.participant('alice').rate('stars', { score: 5 });
    await eventually(() => events.some((e) => e.type === 'service.aggregate'), 'aggregate event received');
    stop();
    const seen = events.length;
    await b.participant('bob').vote('multi', { choices: ['b'] });
    await new Promise((r) => setTimeout(r, 200));
    equal(events.length, seen, 'nothing after unsubscribing');
  },
  'live: new comments and confirmed signatures are announced': async (b) => {
    const watcher = b.participant('watcher');
    if (!watcher.subscribe) return;
    const events: LiveEvent[] = [];
    const stop = watcher.subscribe(['thread:post', 'petition:plain'], (e) => events.push(e));
    await new Promise((r) => setTimeout(r, 200));
    const posted = await b.participant('alice').postComment('post', { body: 'Live' });
    await b.participant('alice').signPetition('plain', signer('live@example.org'));
    await b.confirmSignature('plain', 'live@example.org');
    await eventually(
      () => events.some((e) => e.type === 'thread.comment' && e.commentId === posted.id),
      'comment event received',
    );
    await eventually(
      () => events.some((e) => e.type === 'petition.count' && e.signatureCount === 1),
      'signature count event received',
    );
    stop();
  },
};
