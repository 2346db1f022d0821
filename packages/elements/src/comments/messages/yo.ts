// Èdè Yorùbá (yo): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Àwọn ọ̀rọ̀ ìwòye ń ṣí sílẹ̀…',
  'comments.count': { '=0': 'Kò tíì sí ọ̀rọ̀ ìwòye', other: 'ọ̀rọ̀ ìwòye {count}' },
  'comments.sort': 'Tò wọ́n ní ọ̀nà',
  'comments.sort.newest': 'Tuntun jù lọ ní àkọ́kọ́',
  'comments.sort.oldest': 'Èyí tó pẹ́ jù lọ ní àkọ́kọ́',
  'comments.sort.top': 'Èyí tí wọ́n ṣàtìlẹ́yìn jù lọ',
  'comments.empty': 'Kò tíì sí ọ̀rọ̀ ìwòye. Ẹ jẹ́ ẹni àkọ́kọ́ láti sọ ìwòye yín.',
  'comments.more': 'Fi ọ̀rọ̀ ìwòye míì hàn',
  'comments.new': { other: 'Ọ̀rọ̀ ìwòye tuntun {count} — fi hàn' },
  'comments.closed': 'Ìjíròrò yìí ti parí. Ẹ lè ka àwọn ọ̀rọ̀ ìwòye, ṣùgbọ́n ẹ kò lè fi tuntun kún un.',
  'comments.form.title': 'Sọ ọ̀rọ̀ ìwòye',
  'comments.form.reply-title': 'Fèsì sí {name}',
  'comments.form.name': 'Orúkọ yín',
  'comments.form.name-hint': 'Ẹ fi sílẹ̀ lófo láti sọ̀rọ̀ gẹ́gẹ́ bí “Aláìlórúkọ”. Gbogbo ènìyàn ni yóò rí i.',
  'comments.form.body': 'Ọ̀rọ̀ ìwòye',
  'comments.form.reply-body': 'Èsì',
  'comments.form.submit': 'Gbé ọ̀rọ̀ ìwòye jáde',
  'comments.form.submit-reply': 'Gbé èsì jáde',
  'comments.form.submitting': 'A ń gbé e jáde…',
  'comments.form.cancel': 'Fagilé',
  'comments.form.required': 'Ẹ kọ ọ̀rọ̀ ìwòye kan.',
  'comments.form.too-long': 'Ọ̀rọ̀ ìwòye kò gbọ́dọ̀ ju lẹ́tà {max} lọ.',
  'comments.posted': 'A ti gbé ọ̀rọ̀ ìwòye yín jáde.',
  'comments.posted-pending': 'Ẹ ṣé. Ọ̀rọ̀ ìwòye yín yóò hàn lẹ́yìn tí alábòójútó bá fọwọ́ sí i.',
  'comments.pending': 'Ó ń dúró de ìfọwọ́sí alábòójútó',
  'comments.upvote': 'Ṣàtìlẹ́yìn',
  'comments.upvote-label': {
    '=0': 'Ṣàtìlẹ́yìn ọ̀rọ̀ ìwòye yìí (kò tíì sí alátìlẹ́yìn)',
    other: 'Ṣàtìlẹ́yìn ọ̀rọ̀ ìwòye yìí (alátìlẹ́yìn {count})',
  },
  'comments.reply': 'Fèsì',
  'comments.replies-show': { other: 'Fi èsì {count} hàn' },
  'comments.replies-hide': { other: 'Fi èsì {count} pamọ́' },
  'comments.report': 'Jábọ̀',
  'comments.delete': 'Pa rẹ́',
};

export default messages;
