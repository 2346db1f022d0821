// català (ca): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'S’estan carregant els comentaris…',
  'comments.count': {
    '=0': 'Encara no hi ha comentaris',
    one: '{count} comentari',
    many: '{count} comentaris',
    other: '{count} comentaris',
  },
  'comments.sort': 'Ordena per',
  'comments.sort.newest': 'Més recents primer',
  'comments.sort.oldest': 'Més antics primer',
  'comments.sort.top': 'Amb més suports',
  'comments.empty': 'Encara no hi ha comentaris. Sigueu la primera persona a comentar.',
  'comments.more': 'Mostra més comentaris',
  'comments.new': {
    one: '{count} comentari nou — mostra',
    many: '{count} comentaris nous — mostra',
    other: '{count} comentaris nous — mostra',
  },
  'comments.closed': 'Aquest debat està tancat. Podeu llegir els comentaris, però no n’hi podeu afegir de nous.',
  'comments.form.title': 'Afegiu un comentari',
  'comments.form.reply-title': 'Resposta a {name}',
  'comments.form.name': 'El vostre nom',
  'comments.form.name-hint': 'Deixeu-lo en blanc per comentar com a «Anònim». Es mostra públicament.',
  'comments.form.body': 'Comentari',
  'comments.form.reply-body': 'Resposta',
  'comments.form.submit': 'Publica el comentari',
  'comments.form.submit-reply': 'Publica la resposta',
  'comments.form.submitting': 'S’està publicant…',
  'comments.form.cancel': 'Cancel·la',
  'comments.form.required': 'Escriviu un comentari.',
  'comments.form.too-long': 'Els comentaris poden tenir com a màxim {max} caràcters.',
  'comments.posted': 'S’ha publicat el vostre comentari.',
  'comments.posted-pending': 'Gràcies. El vostre comentari apareixerà quan l’hagi aprovat un moderador.',
  'comments.pending': 'Pendent de moderació',
  'comments.upvote': 'Dona suport',
  'comments.upvote-label': {
    '=0': 'Dona suport a aquest comentari (encara sense suports)',
    one: 'Dona suport a aquest comentari ({count} suport)',
    many: 'Dona suport a aquest comentari ({count} suports)',
    other: 'Dona suport a aquest comentari ({count} suports)',
  },
  'comments.reply': 'Respon',
  'comments.replies-show': {
    one: 'Mostra {count} resposta',
    many: 'Mostra {count} respostes',
    other: 'Mostra {count} respostes',
  },
  'comments.replies-hide': { one: 'Amaga {count} resposta', many: 'Amaga {count} respostes', other: 'Amaga {count} respostes' },
  'comments.report': 'Denuncia',
  'comments.delete': 'Suprimeix',
};

export default messages;
