import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, type NewComment, type ThreadDefinition } from '@civic-widgets/core';
import '../define/comments.js';
import type { CivicComments } from './comments.js';
import { override } from '../test-support/adapters.js';

const threads: ThreadDefinition[] = [
  {
    id: 'talk',
    title: 'Library hours',
    maxLength: 40,
    maxDepth: 1,
    comments: [
      { id: 'a', authorName: 'Amina', body: 'Open until 9 pm please.\nSee https://example.gov/libraries.' },
      { id: 'b', parentId: 'a', authorName: 'Luis', body: 'Agreed.' },
      { id: 'c', body: '<script>alert(1)</script> javascript:alert(1)' },
    ],
  },
  { id: 'pre', title: 'Moderated', moderation: 'pre' },
  { id: 'closed', title: 'Closed talk', status: 'closed', comments: [{ id: 'x', body: 'Old comment' }] },
  { id: 'empty', title: 'Nothing yet' },
  {
    id: 'two-languages',
    title: 'Bilingual',
    comments: [
      { id: 'w', body: 'Diolch am hyn.', lang: 'cy' },
      { id: 'u', body: 'Agreed.' },
    ],
  },
];

const $ = <T extends HTMLElement = HTMLElement>(el: CivicComments, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: CivicComments, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const bodies = (el: CivicComments) => $$(el, '[part=list] > li > article > [part=body]').map((b) => b.textContent?.trim());

async function render(threadId: string, adapter = new MemoryAdapter({ seed: { threads }, participantId: 'me' }), attrs = '') {
  const el = await fixture<CivicComments>(
    attrs === 'small'
      ? html`<civic-comments thread-id=${threadId} page-size="2" .adapter=${adapter}></civic-comments>`
      : html`<civic-comments thread-id=${threadId} .adapter=${adapter}></civic-comments>`,
  );
  await waitUntil(() => el.listing !== undefined || $(el, '[part=error]'), 'thread loaded');
  await el.updateComplete;
  return el;
}

async function type(el: CivicComments, selector: string, value: string) {
  const field = $<HTMLTextAreaElement | HTMLInputElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function post(el: CivicComments, form = 'root') {
  $<HTMLButtonElement>(el, `form[aria-labelledby=form-title-${form}] [part=submit]`)!.click();
  await waitUntil(() => !$(el, `form[aria-labelledby=form-title-${form}] [part=submit][aria-disabled=true]`));
  await el.updateComplete;
}

describe('<civic-comments>', () => {
  describe('accessibility in every state', () => {
    it('loading, list, empty, closed and not found', async () => {
      const never = override(new MemoryAdapter({ seed: { threads } }), { getThread: () => new Promise(() => {}) });
      const loading = await fixture<CivicComments>(html`<civic-comments thread-id="talk" .adapter=${never}></civic-comments>`);
      await expect(loading).to.be.accessible();
      for (const id of ['talk', 'empty', 'closed', 'missing']) await expect(await render(id)).to.be.accessible();
    });
    it('form errors, pending comment, open replies and the report menu', async () => {
      const el = await render('talk');
      await post(el);
      expect($(el, '#body-root-error')?.textContent).to.equal('Enter a comment.');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part=toggle-replies]')!.click();
      await waitUntil(() => $(el, '[part=replies]'));
      $<HTMLButtonElement>(el, '#report-' + el.listing!.items[0]!.id)!.click();
      await waitUntil(() => $(el, '[part=menu]'));
      await expect(el).to.be.accessible();
      const pre = await render('pre');
      await type(pre, '#body-root', 'Please review');
      await post(pre);
      await expect(pre).to.be.accessible();
    });
  });

  describe('reading', () => {
    it('shows authors, Anonymous, times and bodies as text with http(s) links only', async () => {
      const el = await render('talk');
      expect($(el, '[part=title]')?.textContent?.trim()).to.equal('Library hours');
      expect($(el, '[part=summary]')?.textContent).to.equal('3 comments');
      const authors = $$(el, '[part=list] > li > article [part=author]').map((a) => a.textContent);
      expect(authors).to.include('Amina').and.to.include('Anonymous');
      const links = $$(el, '[part=body] a');
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.gov/libraries']);
      expect(links[0]?.getAttribute('rel')).to.equal('nofollow ugc noopener');
      expect(el.shadowRoot!.querySelector('script')).to.be.null;
      expect(bodies(el)).to.include('<script>alert(1)</script> javascript:alert(1)');
      expect($(el, '[part=body] br')).to.exist;
      expect($(el, 'time')?.getAttribute('datetime')).to.match(/^\d{4}-/);
    });

    it('isolates what people wrote: an author name with RLO cannot reverse the time beside it', async () => {
      const memory = new MemoryAdapter({ seed: { threads }, participantId: 'me' });
      const name = '\u202Enoitartsinimda yrarbiL';
      // Backends remove bidi controls before storage; an older server may still send them.
      const spoofed = override(memory, {
        listComments: async (...args: Parameters<MemoryAdapter['listComments']>) => {
          const page = await memory.listComments(...args);
          return { ...page, items: page.items.map((c) => ({ ...c, authorName: c.authorName && name })) };
        },
      });
      const el = await render('talk', spoofed);
      await expect(el).to.be.accessible();
      const article = $$(el, '[part=list] > li > article').find((a) => a.querySelector('bdi')?.textContent === name)!;
      const author = article.querySelector<HTMLElement>('[part=author]')!;
      expect(author.querySelector('bdi')?.textContent).to.equal(name);
      // The override ends with the name: the time stays after it, on its right.
      expect(article.querySelector('time')!.getBoundingClientRect().left).to.be.at.least(author.getBoundingClientRect().right);
      expect($(el, '[part=title] > bdi')?.textContent).to.equal('Library hours');
      expect(article.querySelector('[part=body] > bdi')).to.exist;
      // In the reply form's title, where no element can go, the name sits between FSI and PDI.
      $<HTMLButtonElement>(el, `#reply-${article.id.slice(2)}`)!.click();
      await waitUntil(() => $(el, `#form-title-${article.id.slice(2)}`));
      expect($(el, `#form-title-${article.id.slice(2)}`)?.textContent?.trim()).to.equal(`Reply to \u2068${name}\u2069`);
    });

    it('sorts, and loads more without losing the reader’s place', async () => {
      const memory = new MemoryAdapter({ seed: { threads }, participantId: 'me' });
      for (let i = 0; i < 3; i++) await memory.asParticipant(`p${i}`).postComment('empty', { body: `Comment ${i}` });
      const el = await render('empty', memory, 'small');
      expect(bodies(el)).to.deep.equal(['Comment 2', 'Comment 1']);
      $<HTMLButtonElement>(el, '[part=more]')!.click();
      await waitUntil(() => bodies(el).length === 3);
      expect(bodies(el)).to.deep.equal(['Comment 2', 'Comment 1', 'Comment 0']);
      expect(el.shadowRoot!.activeElement?.textContent).to.contain('Comment 0');
      expect($(el, '[part=more]')).to.be.null;
      const select = $<HTMLSelectElement>(el, '[part=sort]')!;
      select.value = 'oldest';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => bodies(el)[0] === 'Comment 0');
    });

    it('replies are collapsed, and expand with aria-expanded', async () => {
      const el = await render('talk');
      const toggle = $<HTMLButtonElement>(el, '[part=toggle-replies]')!;
      expect(toggle.textContent?.trim()).to.equal('Show 1 reply');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await waitUntil(() => $(el, '[part=replies]'));
      expect($(el, '[part=replies] [part=body]')?.textContent?.trim()).to.equal('Agreed.');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      // maxDepth 1: replies cannot be replied to.
      expect($(el, '[part=replies] [part=reply]')).to.be.null;
    });

    it('closed threads are read-only and say so', async () => {
      const el = await render('closed');
      expect($(el, '[part=notice]')?.textContent).to.contain('This discussion is closed');
      expect($(el, 'form')).to.be.null;
      expect($(el, '[part=reply]')).to.be.null;
      expect($<HTMLButtonElement>(el, '[part=upvote]')!.disabled).to.equal(true);
    });
  });

  describe('posting', () => {
    it('validates with messages linked to the field and a live character count', async () => {
      const el = await render('talk');
      await type(el, '#body-root', 'x'.repeat(45));
      expect($(el, '#body-root-count')?.textContent).to.equal('You have 5 characters too many');
      await post(el);
      const field = $(el, '#body-root')!;
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(field.getAttribute('aria-describedby')).to.contain('body-root-error');
      expect($(el, '#body-root-error')?.textContent).to.equal('Comments must be 40 characters or fewer.');
      expect(el.shadowRoot!.activeElement).to.equal(field);
      await waitUntil(
        () => $(el, '[role=status]')?.textContent?.includes('5 characters too many'),
        'count announced after a pause',
        { timeout: 3000 },
      );
    });

    it('publishes a comment, shows and focuses it, and fires civic-comment', async () => {
      const el = await render('talk');
      await type(el, '#name-root', 'Grace');
      await type(el, '#body-root', 'Sunday mornings too');
      const heard = oneEvent(el, 'civic-comment');
      await post(el);
      const event = await heard;
      expect(event.detail.comment.body).to.equal('Sunday mornings too');
      expect(bodies(el)[0]).to.equal('Sunday mornings too');
      expect(el.shadowRoot!.activeElement?.id).to.equal(`c-${event.detail.comment.id}`);
      expect($(el, '#root-notice')?.textContent).to.equal('Your comment has been published.');
      expect($<HTMLTextAreaElement>(el, '#body-root')!.value).to.equal('');
    });

    it('marks each comment with the language it was written in, and sends the page’s language with a new one', async () => {
      const adapter = new MemoryAdapter({ seed: { threads }, participantId: 'me' });
      const el = await fixture<CivicComments>(
        html`<div lang="fr-CA"><civic-comments thread-id="two-languages" .adapter=${adapter}></civic-comments></div>`,
      ).then((div) => div.querySelector<CivicComments>('civic-comments')!);
      await waitUntil(() => el.listing !== undefined, 'thread loaded');
      await el.updateComplete;
      const langOf = (text: string) =>
        $$(el, '[part=body]')
          .find((b) => b.textContent?.trim() === text)
          ?.querySelector('bdi')
          ?.getAttribute('lang');
      expect(langOf('Diolch am hyn.')).to.equal('cy');
      expect(langOf('Agreed.') ?? null, 'unknown language: the page’s applies').to.equal(null);
      // Once the widget speaks the page's language (its French words load after the thread on a busy machine).
      await waitUntil(() => $(el, '[part=submit]')?.textContent?.trim() === 'Publier le commentaire', 'in French');
      await type(el, '#body-root', 'Les dimanches aussi');
      const heard = oneEvent(el, 'civic-comment');
      await post(el);
      expect((await heard).detail.comment.lang).to.equal('fr-CA');
      expect(langOf('Les dimanches aussi')).to.equal('fr-CA');
    });

    it('pre-moderated comments are marked awaiting moderation for their author only', async () => {
      const memory = new MemoryAdapter({ seed: { threads }, participantId: 'me' });
      const el = await render('pre', memory);
      await type(el, '#body-root', 'Please review');
      await post(el);
      expect($(el, '.badge')?.textContent).to.equal('Awaiting moderation');
      expect($(el, '#root-notice')?.textContent).to.contain('once a moderator has approved it');
      const other = await render('pre', memory.asParticipant('someone-else'));
      expect(bodies(other)).to.deep.equal([]);
    });

    it('replies open in place with focus on their first field, and Cancel returns it', async () => {
      const el = await render('talk');
      const first = el.listing!.items.find((c) => c.authorName === 'Amina')!;
      $<HTMLButtonElement>(el, `#reply-${first.id}`)!.click();
      await waitUntil(() => el.shadowRoot!.activeElement?.id === `name-${first.id}`, 'the name field, first in the form');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal(`body-${first.id}`);
      $<HTMLButtonElement>(el, `form[aria-labelledby=form-title-${first.id}] .secondary`)!.click();
      await waitUntil(() => el.shadowRoot!.activeElement?.id === `reply-${first.id}`);
      $<HTMLButtonElement>(el, `#reply-${first.id}`)!.click();
      await el.updateComplete;
      await type(el, `#body-${first.id}`, 'Me too');
      await post(el, first.id);
      await waitUntil(() => $$(el, '[part=replies] [part=body]').some((b) => b.textContent?.trim() === 'Me too'));
      expect($(el, '[part=toggle-replies]')?.textContent?.trim()).to.equal('Hide 2 replies');
    });

    it('a filled honeypot is refused and nothing is posted', async () => {
      const el = await render('empty');
      await type(el, '#body-root', 'Buy now');
      await type(el, '#website-root', 'http://spam.example');
      await post(el);
      expect($(el, '#body-root-error')?.textContent).to.not.equal('');
      expect(bodies(el)).to.deep.equal([]);
    });
  });

  describe('support and reports', () => {
    it('support toggles with aria-pressed, once per participant', async () => {
      const el = await render('talk');
      const button = $<HTMLButtonElement>(el, '[part=upvote]')!;
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      button.click();
      await waitUntil(() => button.getAttribute('aria-pressed') === 'true');
      expect(button.textContent?.trim()).to.equal('Support (1)');
      expect(button.getAttribute('aria-label')).to.equal('Support this comment (1 supporter)');
      button.click();
      await waitUntil(() => button.getAttribute('aria-pressed') === 'false');
      expect(button.textContent?.trim()).to.equal('Support (0)');
    });

    it('the report menu works by keyboard, closes on Escape and returns focus', async () => {
      const el = await render('talk');
      const id = el.listing!.items[0]!.id;
      const report = $<HTMLButtonElement>(el, `#report-${id}`)!;
      report.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('role') === 'menuitem', 'first item focused');
      expect(report.getAttribute('aria-expanded')).to.equal('true');
      // Its styles load with it: a floating panel, not a block in the flow.
      expect(getComputedStyle($(el, '[part=menu]')!).position).to.equal('fixed');
      await sendKeys({ press: 'ArrowDown' });
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Abusive or offensive');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !$(el, '[part=menu]'));
      expect(el.shadowRoot!.activeElement).to.equal(report);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('role') === 'menuitem', 'menu open again');
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await waitUntil(() => !$(el, '[part=menu]'), 'outside click closes');
    });

    it('reporting says thank you, and a second report says it was already done', async () => {
      const el = await render('talk');
      const id = el.listing!.items[0]!.id;
      for (let i = 0; i < 2; i++) {
        $<HTMLButtonElement>(el, `#report-${id}`)!.click();
        await waitUntil(() => $(el, '[part=menu] [role=menuitem]'));
        $<HTMLButtonElement>(el, '[part=menu] [role=menuitem]')!.click();
        await waitUntil(() => !$(el, '[part=menu]'));
        await el.updateComplete;
      }
      await waitUntil(() => $(el, `#c-${id} > [part=notice]`)?.textContent === 'You have already reported this comment.');
    });
  });

  describe('live updates', () => {
    it('new comments from others are offered, not inserted under the reader', async () => {
      const memory = new MemoryAdapter({ seed: { threads }, participantId: 'me' });
      const el = await render('talk', memory);
      let loads = 0;
      el.addEventListener('civic-load', () => loads++);
      const before = bodies(el);
      await memory.asParticipant('neighbour').postComment('talk', { body: 'Fresh news' });
      await waitUntil(() => $(el, '[part=new-comments]'), 'notice shown');
      expect($(el, '[part=new-comments]')?.textContent?.trim()).to.equal('1 new comment — show');
      expect(bodies(el)).to.deep.equal(before);
      $<HTMLButtonElement>(el, '[part=new-comments]')!.click();
      await waitUntil(() => bodies(el)[0] === 'Fresh news');
      expect(el.shadowRoot!.activeElement?.textContent).to.contain('Fresh news');
      // Showing them refreshes the thread in place: the offer goes, and it is no new load.
      expect($(el, '[part=new-comments]')).to.be.null;
      expect(loads).to.equal(0);
    });
  });

  describe('one’s own comments and live updates', () => {
    /** The REST adapter can hear its own comment on the live stream before the POST answers: the same order here. */
    const echoing = (memory: MemoryAdapter) =>
      override(memory, {
        postComment: async (...args: Parameters<MemoryAdapter['postComment']>) => {
          const comment = await memory.postComment(...args);
          await new Promise((r) => setTimeout(r, 20));
          return comment;
        },
      });

    it('one’s own comment, heard live before the answer, is never offered back as new', async () => {
      const memory = new MemoryAdapter({ seed: { threads }, participantId: 'me' });
      for (let i = 0; i < 5; i++) {
        const el = await render('talk', echoing(memory));
        await type(el, '#body-root', `Mine ${i}`);
        await post(el);
        await waitUntil(() => bodies(el)[0] === `Mine ${i}`);
        await new Promise((r) => setTimeout(r, 50));
        await el.updateComplete;
        // (text, not the element: a failure message would print the whole widget)
        expect($(el, '[part=new-comments]')?.textContent?.trim() ?? 'nothing offered', `try ${i}`).to.equal('nothing offered');
      }
    });

    it('showing new comments focuses the first new one, never an older one', async () => {
      const memory = new MemoryAdapter({ seed: { threads }, participantId: 'me' });
      const el = await render('talk', echoing(memory));
      await type(el, '#body-root', 'Mine');
      await post(el);
      await memory.asParticipant('neighbour').postComment('talk', { body: 'Theirs' });
      await waitUntil(() => $(el, '[part=new-comments]'), 'offered');
      expect($(el, '[part=new-comments]')?.textContent?.trim()).to.equal('1 new comment — show');
      $<HTMLButtonElement>(el, '[part=new-comments]')!.click();
      await waitUntil(() => bodies(el).includes('Theirs'));
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.querySelector('[part=body]')?.textContent?.trim()).to.equal('Theirs');
    });

    it('a reply counts in the thread’s total, mine or heard live, as the server counts it', async () => {
      const memory = new MemoryAdapter({ seed: { threads }, participantId: 'me' });
      const el = await render('talk', memory);
      expect($(el, '[part=summary]')?.textContent).to.equal('3 comments');
      const first = el.listing!.items.find((c) => c.authorName === 'Amina')!;
      $<HTMLButtonElement>(el, `#reply-${first.id}`)!.click();
      await waitUntil(() => $(el, `#body-${first.id}`));
      await type(el, `#body-${first.id}`, 'Me too');
      await post(el, first.id);
      await waitUntil(() => $(el, '[part=summary]')?.textContent === '4 comments', 'own reply counted');
      expect((await memory.getThread('talk')).commentCount).to.equal(4);
      await memory.asParticipant('neighbour').postComment('talk', { body: 'Agreed', parentId: first.id });
      await waitUntil(() => $(el, '[part=summary]')?.textContent === '5 comments', 'live reply counted');
    });

    it('a reply’s confirmation is the same notice as a comment’s, under the comment replied to', async () => {
      const el = await render('talk');
      const first = el.listing!.items.find((c) => c.authorName === 'Amina')!;
      $<HTMLButtonElement>(el, `#reply-${first.id}`)!.click();
      await waitUntil(() => $(el, `#body-${first.id}`));
      await type(el, `#body-${first.id}`, 'Me too');
      await post(el, first.id);
      const notice = $(el, `#c-${first.id} > [part=notice]`);
      expect(notice?.textContent?.trim()).to.equal('Your comment has been published.');
      expect(notice?.className).to.equal($(el, '#root-notice')?.className ?? 'notice');
      expect(notice?.classList.contains('notice')).to.equal(true);
    });

    it('Support, Reply and Report line up with the comment’s text, in both directions', async () => {
      for (const lang of ['en', 'ar']) {
        const el = await fixture<CivicComments>(
          html`<civic-comments
            lang=${lang}
            thread-id="talk"
            .adapter=${new MemoryAdapter({ seed: { threads } })}
          ></civic-comments>`,
        );
        await waitUntil(() => $(el, '[part=upvote]'));
        await el.updateComplete;
        const edge = (node: Node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          const box = range.getBoundingClientRect();
          return lang === 'ar' ? box.right : box.left;
        };
        const article = $(el, '[part=list] > li > article')!;
        const body = edge(article.querySelector('[part=body]')!);
        const upvote = edge(article.querySelector('[part=upvote]')!);
        expect(Math.abs(upvote - body), `${lang}: ${upvote} vs ${body}`).to.be.below(2);
      }
    });
  });

  describe('language', () => {
    it('Spanish, and Arabic right to left', async () => {
      const memory = new MemoryAdapter({ seed: { threads } });
      const es = await fixture<CivicComments>(
        html`<civic-comments lang="es" thread-id="talk" .adapter=${memory}></civic-comments>`,
      );
      await waitUntil(() => $(es, '[part=summary]')?.textContent === '3 comentarios');
      const ar = await fixture<CivicComments>(
        html`<civic-comments lang="ar" thread-id="talk" .adapter=${memory}></civic-comments>`,
      );
      await waitUntil(() => $(ar, '[part=submit]')?.textContent?.includes('انشر'));
      expect($(ar, '[part=base]')?.getAttribute('dir')).to.equal('rtl');
      await expect(ar).to.be.accessible();
    });
  });
  describe('deleting one’s own comment', () => {
    it('own comments offer Delete instead of Report; the menu asks by keyboard; the text goes, with a notice', async () => {
      const memory = new MemoryAdapter({ seed: { threads }, participantId: 'me' });
      const el = await render('empty', memory);
      await type(el, '#body-root', 'I regret this');
      await post(el);
      await waitUntil(() => el.listing?.items.length === 1, 'posted');
      const id = el.listing!.items[0]!.id;
      const button = $<HTMLButtonElement>(el, `#report-${id}`)!;
      expect(button.getAttribute('part')).to.equal('delete');
      expect(button.textContent?.trim()).to.equal('Delete');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('role') === 'menuitem', 'menu open');
      expect($(el, '[part=menu] .menu-title')!.textContent).to.include('Delete your comment?');
      await expect(el).to.be.accessible();
      // "Keep it" closes the menu and changes nothing.
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !$(el, '[part=menu]'), 'kept');
      expect(bodies(el)).to.deep.equal(['I regret this']);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.activeElement?.textContent?.trim() === 'Delete my comment');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, `#c-${id} > [part=notice]`)?.textContent === 'Your comment was deleted.', 'deleted');
      expect(bodies(el)).to.deep.equal(['']);
      expect($(el, `#report-${id}`)).to.equal(null, 'nothing more to do with it');
      expect((await memory.listComments('empty')).items).to.deep.equal([], 'gone from the thread');
      await expect(el).to.be.accessible();
    });

    it("others' comments keep Report, and a backend without deleting keeps Report everywhere", async () => {
      const el = await render('talk');
      expect($$(el, '[part=delete]')).to.have.length(0);
      const memory = new MemoryAdapter({ seed: { threads }, participantId: 'me' });
      await memory.postComment('empty', { body: 'Mine' });
      const without = override(memory, { deleteComment: undefined as never });
      const other = await render('empty', without);
      expect($$(other, '[part=report]')).to.have.length(1);
    });
  });

  describe('e-mails about replies', () => {
    /** A thread whose server sends e-mails about replies, and the comments posted to it. */
    function offering() {
      const memory = new MemoryAdapter({ seed: { threads }, participantId: 'me' });
      const posted: NewComment[] = [];
      const adapter = override(memory, {
        getThread: async (id: string) => ({ ...(await memory.getThread(id)), replyMail: true }),
        postComment: (id: string, input: NewComment) => {
          posted.push(input);
          return memory.postComment(id, input);
        },
      });
      return { adapter, posted };
    }

    it('is offered only where the server sends them', async () => {
      const el = await render('talk');
      await el.updateComplete;
      expect($(el, '#email-root')).to.equal(null);
      const offered = await render('talk', offering().adapter);
      await waitUntil(() => $(offered, '#email-root'), 'the address field loaded');
    });

    it('checks the address by the field, sends it with the page, and says a confirmation link is on its way', async () => {
      const { adapter, posted } = offering();
      const el = await render('talk', adapter);
      await waitUntil(() => $(el, '#email-root'), 'the address field loaded');
      const field = $<HTMLInputElement>(el, '#email-root')!;
      expect(field.type).to.equal('email');
      expect(field.autocomplete).to.equal('email');
      expect($(el, 'label[for=email-root]')?.textContent).to.equal('E-mail for replies (optional)');
      await type(el, '#body-root', 'Tell me');
      await type(el, '#email-root', 'not-an-address');
      await post(el);
      expect(posted).to.have.length(0);
      expect($(el, '#email-root-error')?.textContent).to.equal(
        'Enter an e-mail address in the correct format, like name@example.com.',
      );
      expect(field.getAttribute('aria-describedby')).to.contain('email-root-error');
      expect(el.shadowRoot!.activeElement).to.equal(field);
      await expect(el).to.be.accessible();

      await type(el, '#email-root', ' ada@example.org ');
      await post(el);
      expect(posted).to.have.length(1);
      expect(posted[0]).to.include({ body: 'Tell me', replyEmail: 'ada@example.org', sourceUrl: location.href });
      expect($(el, '#root-notice')?.textContent).to.equal(
        'Your comment has been published. If this address is new to us, open the link we have sent to it to get e-mails about replies.',
      );
      // Without an address, nothing is said of it, and none is sent.
      await type(el, '#body-root', 'No mail please');
      await post(el);
      expect(posted[1]).to.not.have.property('replyEmail');
      expect($(el, '#root-notice')?.textContent).to.equal('Your comment has been published.');
    });

    it('speaks the widget’s language', async () => {
      const el = await fixture<CivicComments>(
        html`<civic-comments lang="fr" thread-id="talk" .adapter=${offering().adapter}></civic-comments>`,
      );
      await waitUntil(() => $(el, 'label[for=email-root]'), 'the address field loaded');
      expect($(el, 'label[for=email-root]')?.textContent).to.equal('E-mail pour les réponses (facultatif)');
      expect($(el, '#email-root-hint')?.textContent).to.not.contain('We e-mail you');
    });
  });
});
