// Gaeilge (ga): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Cén fáth a bhfuil tú ag tuairisciú an tráchta seo?',
  'comments.reason.spam': 'Turscar nó fógraíocht',
  'comments.reason.abuse': 'Mí-úsáideach nó maslach',
  'comments.reason.off-topic': 'Lasmuigh den ábhar',
  'comments.reason.personal-data': 'Tá faisnéis phearsanta ann',
  'comments.reason.other': 'Rud éigin eile',
  'comments.reported': 'Go raibh maith agat. Cuireadh an trácht in iúl do na modhnóirí.',
  'comments.already-reported': 'Tá an trácht seo tuairiscithe agat cheana.',
  'comments.delete-menu': 'Do thrácht a scriosadh? Scriosfar an téacs agus d’ainm go buan.',
  'comments.delete-yes': 'Scrios mo thrácht',
  'comments.delete-no': 'Coinnigh é',
  'comments.deleted': 'Scriosadh do thrácht.',
};

export default messages;
