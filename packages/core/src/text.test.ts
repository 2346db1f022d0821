import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidInputError } from './errors.js';
import { MemoryAdapter } from './memory/memory-adapter.js';
import { NewComment, ReportInput } from './schemas/thread.js';
import { SignatureInput } from './schemas/petition.js';
import { RatingFollowUp } from './schemas/service.js';
import { PetitionDefinition, PollDefinition, ServiceDefinition, ThreadDefinition } from './schemas/definitions.js';
import { parseInput } from './validate.js';
import { countCharacters, normaliseText } from './text.js';
import { isPlainText, normaliseName } from './text-rules.js';

const RLO = '\u202E';
const LRI = '\u2066';
const PDI = '\u2069';
const ZWSP = '\u200B';
const BOM = '\uFEFF';
const ZWJ = '\u200D';
const ZWNJ = '\u200C';
/** "I want" in Persian: the ZWNJ between the prefix and the verb is part of the spelling. */
const PERSIAN = `می${ZWNJ}خواهم`;
/** Woman technologist: woman, ZWJ, laptop. */
const EMOJI = `👩${ZWJ}💻`;

/** Asserts that parsing fails with `invalid-input` naming `field`. */
function rejects(schema: Parameters<typeof parseInput>[0], input: unknown, field: string): void {
  assert.throws(
    () => parseInput(schema, input),
    (error: unknown) => {
      assert.ok(error instanceof InvalidInputError, String(error));
      assert.equal(error.code, 'invalid-input');
      assert.ok(
        error.fieldErrors.some((f) => f.path === field),
        `names ${field}: ${JSON.stringify(error.fieldErrors)}`,
      );
      return true;
    },
  );
}

describe('isPlainText', () => {
  for (const [name, text] of [
    ['NUL', 'a\u0000b'],
    ['BEL', 'ring\u0007'],
    ['a lone high surrogate', '\ud800'],
    ['a lone low surrogate', '\udc00'],
    ['a high surrogate before text', 'x\ud83dy'],
    ['vertical tab', 'a\u000Bb'],
    ['escape', '\u001B[31m'],
    ['DEL', 'a\u007F'],
    ['a C1 control (NEL)', 'a\u0085b'],
  ] as const) {
    test(`refuses ${name}`, () => assert.equal(isPlainText(text), false));
  }
  for (const [name, text] of [
    ['line feed and tab', 'one\n\ttwo'],
    ['CRLF (normalised to LF on storage)', 'one\r\ntwo\rthree'],
    ['an emoji made of a surrogate pair', 'thanks 😀'],
    ['an emoji sequence joined with ZWJ', EMOJI],
    ['Persian with ZWNJ', PERSIAN],
    ['Arabic, Hindi and accents', 'مرحبا नमस्ते élan'],
  ] as const) {
    test(`accepts ${name}`, () => assert.equal(isPlainText(text), true));
  }
});

describe('normaliseText and normaliseName', () => {
  test('remove bidi overrides, embeddings and isolates', () => {
    assert.equal(normaliseText(`${RLO}noitartsinimda yrarbiL`), 'noitartsinimda yrarbiL');
    assert.equal(normaliseText(`a${LRI}b${PDI}c\u202Ad\u202Ce`), 'abcde');
    assert.equal(normaliseName(`${RLO}noitartsinimda yrarbiL`), 'noitartsinimda yrarbiL');
  });

  test('remove zero width spaces, word joiners and BOMs', () => {
    assert.equal(normaliseText(`${BOM}Ad${ZWSP}a\u2060`), 'Ada');
    assert.equal(normaliseName(`A${ZWSP}da`), 'Ada');
  });

  test('keep ZWNJ and ZWJ in text, where spelling and emoji need them', () => {
    assert.equal(normaliseText(PERSIAN), PERSIAN);
    assert.equal(normaliseText(EMOJI), EMOJI);
  });

  test('remove ZWNJ and ZWJ from names, where they only make look-alikes', () => {
    assert.equal(normaliseName(`Ad${ZWNJ}a Lo${ZWJ}velace`), 'Ada Lovelace');
  });

  test('NFC, CRLF to LF, trimmed', () => {
    assert.equal(normaliseText(' e\u0301\r\nx\ry '), 'é\nx\ny');
  });

  test('countCharacters agrees with the length of what normaliseText stores', () => {
    for (const text of [
      'a\r\nb',
      'a\rb',
      'a\r\r\nb\n\r',
      ' \r\n x \r',
      `${RLO}x${LRI}y${PDI}${ZWSP}${BOM}\u2060\u2063`,
      'e\u0301 ',
      `${ZWSP}e${ZWSP}\u0301`,
      EMOJI,
      PERSIAN,
      '',
    ])
      assert.equal(countCharacters(text), [...normaliseText(text)].length, JSON.stringify(text));
  });

  test('countCharacters counts what is stored', () => {
    assert.equal(countCharacters(` ${RLO}ab${ZWSP}c\r\n`), 3);
    assert.equal(countCharacters('a\r\nb'), 3);
    assert.equal(countCharacters(EMOJI), 3);
    assert.equal(countCharacters(PERSIAN), [...PERSIAN].length);
  });
});

describe('input rules', () => {
  test('refuse control characters and lone surrogates in every free-text field, naming it', () => {
    for (const bad of ['\u0000', '\u0007', '\ud800', '\udc00']) {
      rejects(NewComment, { body: `hello${bad}` }, 'body');
      rejects(NewComment, { body: 'hello', authorName: `Ada${bad}` }, 'authorName');
      rejects(ReportInput, { reason: 'other', note: `see${bad}` }, 'note');
      rejects(SignatureInput, { name: `Ada${bad}`, email: 'ada@example.org', consent: true }, 'name');
      rejects(RatingFollowUp, { comment: `meh${bad}` }, 'comment');
    }
  });

  test('refuse them in query and id strings that reach storage', () => {
    rejects(NewComment, { body: 'hello', parentId: 'c\u0000' }, 'parentId');
    rejects(
      SignatureInput,
      { name: 'Ada', email: 'ada@example.org', consent: true, sourceUrl: 'https://city.example/a\u0000b' },
      'sourceUrl',
    );
  });

  test('accept line breaks, tabs, emoji sequences and Persian', () => {
    const parsed = parseInput(NewComment, { body: `one\r\n\ttwo ${EMOJI} ${PERSIAN}`, authorName: PERSIAN });
    assert.equal(parsed.body, `one\r\n\ttwo ${EMOJI} ${PERSIAN}`);
  });

  test('a name of invisible characters only is no name', () => {
    rejects(SignatureInput, { name: `${ZWNJ}${ZWSP}${RLO}`, email: 'ada@example.org', consent: true }, 'name');
  });

  test('refuse them in what administrators write, naming the field', () => {
    const options = [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ];
    rejects(PollDefinition, { id: 'p', question: 'Q\u0000', options }, 'question');
    rejects(PollDefinition, { id: 'p', question: 'Q', description: '\u0007', options }, 'description');
    rejects(PollDefinition, { id: 'p', question: 'Q', options: [{ id: 'a', label: '\ud800' }, options[1]] }, 'options.0.label');
    rejects(ThreadDefinition, { id: 't', title: 'T\u0000' }, 'title');
    rejects(ThreadDefinition, { id: 't', comments: [{ id: 'c', body: 'b', authorName: 'A\u0000' }] }, 'comments.0.authorName');
    rejects(PetitionDefinition, { id: 'x', title: 'T', goal: 1, summary: 'S\u0000' }, 'summary');
    rejects(PetitionDefinition, { id: 'x', title: 'T', goal: 1, body: 'B\udc00' }, 'body');
    rejects(
      PetitionDefinition,
      { id: 'x', title: 'T', goal: 1, milestones: [{ count: 1, label: 'M\u0000' }] },
      'milestones.0.label',
    );
    rejects(PetitionDefinition, { id: 'x', title: 'T', goal: 1, regions: [{ id: 'r', label: 'R\u0000' }] }, 'regions.0.label');
    rejects(
      PetitionDefinition,
      { id: 'x', title: 'T', goal: 1, response: { body: 'R\u0000', respondedAt: '2030-01-01T00:00:00Z' } },
      'response.body',
    );
    rejects(ServiceDefinition, { id: 's', name: 'N\u0000', question: 'Q' }, 'name');
    rejects(ServiceDefinition, { id: 's', name: 'N', question: 'Q', reasons: [{ id: 'r', label: '\u0085' }] }, 'reasons.0.label');
  });

  test('say what is wrong with what administrators write, plain or by language: empty, or too long', () => {
    const problems = (input: unknown) => {
      try {
        parseInput(PollDefinition, input);
      } catch (error) {
        if (error instanceof InvalidInputError) return error.fieldErrors;
        throw error;
      }
      return assert.fail('the input was accepted');
    };
    const B = { id: 'b', label: 'B' };
    assert.deepEqual(problems({ id: 'p', question: '', options: [{ id: 'a', label: '' }, B] }), [
      { path: 'question', message: 'Required' },
      { path: 'options.0.label', message: 'Required' },
    ]);
    assert.deepEqual(problems({ id: 'p', question: 'Q'.repeat(301), options: [{ id: 'a', label: 'A' }, B] }), [
      { path: 'question', message: 'At most 300 characters' },
    ]);
    assert.deepEqual(
      problems({ id: 'p', question: { en: 'Q', fr: '' }, options: [{ id: 'a', label: { en: 'A'.repeat(201) } }, B] }),
      [
        { path: 'question.fr', message: 'Required' },
        { path: 'options.0.label.en', message: 'At most 200 characters' },
      ],
    );
  });

  test('normalise what administrators write', () => {
    const poll = parseInput(PollDefinition, {
      id: 'p',
      question: ` ${RLO}Q?${ZWSP} `,
      description: `${ZWSP} `,
      options: [
        { id: 'a', label: `${LRI}A${PDI}` },
        { id: 'b', label: PERSIAN },
      ],
    });
    assert.equal(poll.question, 'Q?');
    assert.equal(poll.description, null, 'nothing left is no description');
    assert.deepEqual(
      poll.options.map((o) => o.label),
      ['A', PERSIAN],
    );
    const thread = parseInput(ThreadDefinition, {
      id: 't',
      comments: [{ id: 'c', body: `${PERSIAN}${BOM}`, authorName: `Ad${ZWNJ}a${RLO}` }],
    });
    assert.equal(thread.comments[0]?.body, PERSIAN);
    assert.equal(thread.comments[0]?.authorName, 'Ada');
  });
});

describe('MemoryAdapter answers as the server does', () => {
  const seed = {
    threads: [{ id: 't' }],
    petitions: [{ id: 'p', title: 'Petition', goal: 10 }],
    services: [{ id: 's', name: 'Service', question: 'How was it?' }],
  };

  test('refuses NUL and lone surrogates with invalid-input naming the field, storing nothing', async () => {
    const memory = new MemoryAdapter({ seed, participantId: 'me' });
    for (const bad of ['\u0000', '\u0007', '\ud800', '\udc00']) {
      await assert.rejects(memory.postComment('t', { body: `hi${bad}` }), (e: unknown) => {
        assert.ok(e instanceof InvalidInputError);
        assert.deepEqual(
          e.fieldErrors.map((f) => f.path),
          ['body'],
        );
        return true;
      });
      await assert.rejects(memory.postComment('t', { body: 'hi', authorName: `A${bad}` }), { code: 'invalid-input' });
      await assert.rejects(memory.signPetition('p', { name: `A${bad}`, email: 'a@example.org', consent: true }), {
        code: 'invalid-input',
      });
      await assert.rejects(memory.listComments('t', { cursor: bad }), { code: 'invalid-input' });
    }
    assert.equal((await memory.listComments('t')).items.length, 0);
    assert.equal(memory.outbox.length, 0);
  });

  test('stores names without bidi controls or joiners, and text with ZWNJ but without ZWSP', async () => {
    const memory = new MemoryAdapter({ seed, participantId: 'me' });
    const comment = await memory.postComment('t', {
      body: `${PERSIAN} ${ZWSP}${EMOJI}`,
      authorName: `${RLO}noitartsinimda yrarbiL`,
    });
    assert.equal(comment.authorName, 'noitartsinimda yrarbiL');
    assert.equal(comment.body, `${PERSIAN} ${EMOJI}`);
    const twin = await memory.postComment('t', { body: 'b', authorName: `Ad${ZWJ}a` });
    assert.equal(twin.authorName, 'Ada');

    await memory.signPetition('p', { name: `${LRI}Ada${ZWNJ}${PDI}`, email: 'ada@example.org', consent: true, showName: true });
    const token = memory.outbox.at(-1)?.token;
    assert.ok(token && memory.confirmSignature(token));
    assert.deepEqual(
      (await memory.getPetition('p')).recentSigners.map((s) => s.name),
      ['Ada'],
    );
  });
});
