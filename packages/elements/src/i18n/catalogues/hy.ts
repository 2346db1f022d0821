// հայերեն (hy): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Բեռնվում է…',
  'common.retry': 'Կրկին փորձել',
  'common.anonymous': 'Անանուն',
  'common.honeypot': 'Այս դաշտը թողեք դատարկ',
  'common.optional': '(ոչ պարտադիր)',
  'common.characters-left': { one: 'Մնացել է {count} նիշ', other: 'Մնացել է {count} նիշ' },
  'common.characters-over': { one: 'Թույլատրվածից ավելի է {count} նիշով', other: 'Թույլատրվածից ավելի է {count} նիշով' },
  'error.offline': 'Կարծես ինտերնետ կապ չկա։ Ստուգեք կապը։',
  'error.network': 'Այս պահին չենք կարողանում կապվել ծառայության հետ։ Խնդիրը Ձեր կողմում չէ։',
  'error.timeout': 'Ծառայությունը չափազանց երկար է պատասխանում։ Հնարավոր է՝ այն ծանրաբեռնված է։',
  'error.not-found': 'Այս բովանդակությունը չի գտնվել։ Հնարավոր է՝ այն հեռացվել է։',
  'error.invalid-input': 'Որոշ տվյալներ ճիշտ չեն։ Ստուգեք դրանք և կրկին փորձեք։',
  'error.already-done': 'Դուք արդեն կատարել եք այս գործողությունը։',
  'error.closed': 'Սա փակված է։',
  'error.rate-limited': 'Չափազանց շատ փորձեր։ Մի փոքր սպասեք և կրկին փորձեք։',
  'error.unauthorised': 'Այս կայքին թույլատրված չէ օգտվել այս ծառայությունից։',
  'error.server': 'Սխալը մեր կողմում է, ոչ թե Ձեր։',
  'error.no-backend': 'Սերվերը կարգավորված չէ, իսկ այս վիջեթին անհրաժեշտ է մուտքի կետ (endpoint)։',
  'error.retrying': 'Սա ինքնաբերաբար կբեռնվի, երբ կապը կամ ծառայությունը վերականգնվի։',
  'error.kept': 'Ձեր մուտքագրածը պահպանված է։ Մի փոքր հետո կրկին փորձեք։',
  'error.unknown': 'Սխալ առաջացավ։ Կրկին փորձեք։',
  'time.relative-past': 'մեկ րոպեից պակաս առաջ',
};

export default messages;
