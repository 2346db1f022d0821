import { EMAIL, textField } from '../../base/text-field.js';
import type { MessageBundle } from '../../i18n/registry.js';
import { loadMessages, loadedMessages, shippedLanguage } from '../../i18n/registry.js';
import type { Translator } from '../../i18n/translator.js';
import { type ReplyMailMessageKey, en } from './messages/en.js';

/*
 * The optional address for e-mails about replies, under a comment form. It
 * loads only for threads whose server sends those e-mails (`replyMail`), with
 * its words, so other discussions never download it.
 */

const replyMailMessages: MessageBundle<ReplyMailMessageKey> = {
  en,
  load: (lang) => import(`./messages/${lang}.js`),
};

/** Whether the words for the widget's language are here (English always is). */
export function hasReplyWords(i18n: Translator<string>): boolean {
  return loadedMessages(replyMailMessages, shippedLanguage(i18n.lang)) !== undefined;
}

/** Loads the words for the widget's language (once). */
export function loadReplyWords(i18n: Translator<string>): Promise<unknown> {
  return loadMessages(replyMailMessages, shippedLanguage(i18n.lang));
}

/** A message in the widget's language; what the site registered for the key comes first. */
export function sayReply(i18n: Translator<string>, key: ReplyMailMessageKey): string {
  const shipped = loadedMessages(replyMailMessages, shippedLanguage(i18n.lang));
  return i18n.format(i18n.messages[key] ?? shipped?.[key] ?? en[key]);
}

/** What is wrong with an address as typed ('' when nothing, or when it is empty: the field is optional). */
export function checkEmail(i18n: Translator<string>, email: string): string {
  return email && !EMAIL.test(email) ? sayReply(i18n, 'comments.form.email-error') : '';
}

export function emailField(
  i18n: Translator<string>,
  o: { id: string; value: string; error: string; onInput: (value: string) => void },
) {
  return textField(i18n, {
    ...o,
    type: 'email',
    label: `${sayReply(i18n, 'comments.form.email')} ${i18n.t('common.optional')}`,
    hint: sayReply(i18n, 'comments.form.email-hint'),
    autocomplete: 'email',
  });
}
