// հայերեն (hy): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Պետիցիան բեռնվում է…',
  'petition.full-text': 'Կարդալ պետիցիայի ամբողջական տեքստը',
  'petition.signatures': { '=0': 'Ստորագրություններ դեռ չկան', one: '{count} ստորագրություն', other: '{count} ստորագրություն' },
  'petition.progress': 'Ստորագրություններ՝ {count} / {goal} ({percent})',
  'petition.milestones': 'Միջանկյալ նպատակներ',
  'petition.milestone': { one: '{count} ստորագրություն — {label}', other: '{count} ստորագրություն — {label}' },
  'petition.reached': '(✓ ձեռք է բերված)',
  'petition.milestone-reached': 'Միջանկյալ նպատակը ձեռք է բերված՝ {label}։',
  'petition.closes': 'Ստորագրությունների հավաքումը շարունակվում է մինչև {date}։',
  'petition.opens': 'Այս պետիցիայի ստորագրահավաքի մեկնարկը՝ {date}։',
  'petition.closed': 'Այս պետիցիան փակված է։ Ստորագրություններ այլևս չեն հավաքվում։',
  'petition.response': 'Պաշտոնական պատասխան',
  'petition.responded-on': 'Հրապարակվել է՝ {date}։',
  'petition.recent': 'Վերջին ստորագրողները',
  'petition.sign': 'Ստորագրեք այս պետիցիան',
  'petition.name': 'Անուն, ազգանուն',
  'petition.email': 'Էլ. փոստի հասցե',
  'petition.email-hint': 'Մենք Ձեզ կուղարկենք հղում՝ ստորագրությունը հաստատելու համար։',
  'petition.region': 'Բնակության վայր',
  'petition.region-choose': 'Ընտրեք բնակության վայրը',
  'petition.consent':
    'Համաձայն եմ, որ իմ անունը, էլ. փոստի հասցեն և բնակության տարածքը մշակվեն իմ ստորագրությունը գրանցելու նպատակով, ինչպես նկարագրված է {privacy}։',
  'petition.privacy-notice': 'գաղտնիության քաղաքականության մեջ',
  'petition.show-name': 'Հրապարակայնորեն ցույց տալ իմ անունը ստորագրողների ցանկում',
  'petition.submit': 'Ստորագրել պետիցիան',
  'petition.submitting': 'Ստորագրվում է…',
  'petition.error-summary': 'Խնդիր կա',
  'petition.error.name': 'Մուտքագրեք Ձեր անունը և ազգանունը։',
  'petition.error.email-empty': 'Մուտքագրեք Ձեր էլ. փոստի հասցեն։',
  'petition.error.email': 'Մուտքագրեք էլ. փոստի հասցեն ճիշտ ձևաչափով, օրինակ՝ name@example.com։',
  'petition.error.region': 'Ընտրեք Ձեր բնակության վայրը։',
  'petition.error.consent': 'Ստորագրելու համար անհրաժեշտ է Ձեր համաձայնությունը։',
  'petition.check-email': 'Ստուգեք Ձեր էլ. փոստը',
  'petition.check-email-body':
    'Մենք հղում ենք ուղարկել {email} հասցեին։ Բացեք այն՝ ստորագրությունը հաստատելու համար։ Ստորագրությունը հաշվվում է միայն հաստատվելուց հետո։',
  'petition.check-email-help':
    'Եթե մի քանի րոպեի ընթացքում ոչինչ չստանաք, ստուգեք սպամի թղթապանակը կամ կրկին ստորագրեք նույն հասցեով՝ նոր հղում ստանալու համար։',
  'petition.share': 'Կիսվել պետիցիայով',
  'petition.copied': 'Հղումը պատճենվեց։',
};

export default messages;
