import { html, type TemplateResult } from 'lit';
import type { Role, StaffView } from '../api.js';
import type { StaffMessageKey } from '../i18n/staff.js';

interface Words {
  readonly lang: string;
  t(key: StaffMessageKey): string;
  date(iso: string, options: Intl.DateTimeFormatOptions): string;
}

/** A staff member's status as a tag, sign-in methods and last sign-in, in the console's language. */
export function staffFacts(
  words: Words,
  member: StaffView,
): { status: TemplateResult; methods: string; lastSignIn: TemplateResult | string } {
  const methods = member.signsInWith.map((m) => words.t(`method.${m}`));
  return {
    status: html`<span class="tag status-${member.status}">${words.t(`status.${member.status}`)}</span>`,
    methods: methods.length ? new Intl.ListFormat(words.lang, { type: 'unit' }).format(methods) : words.t('method.none'),
    lastSignIn: member.lastSignInAt
      ? html`<time datetime=${member.lastSignInAt}
          >${words.date(member.lastSignInAt, { dateStyle: 'medium', timeStyle: 'short' })}</time
        >`
      : words.t('staff.never'),
  };
}

/** Each role's name and what it may do, for `roleChoice`. */
export function roleWords(t: (key: StaffMessageKey) => string): Record<Role, { label: string; hint: string }> {
  return {
    admin: { label: t('role.admin'), hint: t('roleHint.admin') },
    editor: { label: t('role.editor'), hint: t('roleHint.editor') },
    moderator: { label: t('role.moderator'), hint: t('roleHint.moderator') },
    analyst: { label: t('role.analyst'), hint: t('roleHint.analyst') },
  };
}
