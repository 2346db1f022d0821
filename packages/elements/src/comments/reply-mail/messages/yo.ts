// Èdè Yorùbá (yo): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Ímeèlì fún èsì',
  'comments.form.email-hint':
    'A óò fi ímeèlì ránṣẹ́ sí yín nígbà tí ẹnìkan bá fèsì, ẹ̀ẹ̀kan ní wákàtí kan ó pọ̀ jù, lẹ́yìn tí ẹ bá fìdí àdírẹ́sì náà múlẹ̀. A kì í fi àdírẹ́sì náà hàn rárá.',
  'comments.form.email-error': 'Ẹ kọ àdírẹ́sì ímeèlì ní ọ̀nà tó tọ̀nà, bíi name@example.com.',
  'comments.posted-email': 'Tí àdírẹ́sì yìí bá jẹ́ tuntun sí wa, ẹ ṣí ìjápọ̀ tí a fi ránṣẹ́ sí i láti máa gba ímeèlì nípa èsì.',
};

export default messages;
