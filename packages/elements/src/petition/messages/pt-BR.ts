// português (Brasil) (pt-BR): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Carregando o abaixo-assinado…',
  'petition.full-text': 'Ler o abaixo-assinado completo',
  'petition.signatures': {
    '=0': 'Ainda não há assinaturas',
    one: '{count} assinatura',
    many: '{count} assinaturas',
    other: '{count} assinaturas',
  },
  'petition.progress': 'Assinaturas: {count} de {goal} ({percent})',
  'petition.milestones': 'Metas',
  'petition.milestone': {
    many: '{count} de assinaturas — {label}',
    one: '{count} assinatura — {label}',
    other: '{count} assinaturas — {label}',
  },
  'petition.reached': '(✓ atingida)',
  'petition.milestone-reached': 'Meta atingida: {label}.',
  'petition.closes': 'Aberto para assinaturas até {date}.',
  'petition.opens': 'Este abaixo-assinado abre para assinaturas em {date}.',
  'petition.closed': 'Este abaixo-assinado está encerrado. Ele não recebe mais assinaturas.',
  'petition.response': 'Resposta oficial',
  'petition.responded-on': 'Publicada em {date}.',
  'petition.recent': 'Quem assinou recentemente',
  'petition.sign': 'Assine este abaixo-assinado',
  'petition.name': 'Nome completo',
  'petition.email': 'Endereço de e-mail',
  'petition.email-hint': 'Vamos enviar um link para você confirmar sua assinatura.',
  'petition.region': 'Onde você mora',
  'petition.region-choose': 'Escolha onde você mora',
  'petition.consent':
    'Concordo que meu nome, endereço de e-mail e região sejam tratados para registrar minha assinatura, conforme descrito no {privacy}.',
  'petition.privacy-notice': 'aviso de privacidade',
  'petition.show-name': 'Mostrar meu nome publicamente na lista de quem assinou',
  'petition.submit': 'Assinar',
  'petition.submitting': 'Assinando…',
  'petition.error-summary': 'Há um problema',
  'petition.error.name': 'Informe seu nome completo.',
  'petition.error.email-empty': 'Informe seu endereço de e-mail.',
  'petition.error.email': 'Informe um endereço de e-mail no formato correto, como nome@example.com.',
  'petition.error.region': 'Escolha onde você mora.',
  'petition.error.consent': 'Você precisa concordar para poder assinar.',
  'petition.check-email': 'Confira seu e-mail',
  'petition.check-email-body':
    'Enviamos um link para {email}. Abra o link para confirmar sua assinatura: ela só conta depois de confirmada.',
  'petition.check-email-help':
    'Se nada chegar em alguns minutos, confira a pasta de spam ou assine de novo com o mesmo endereço para receber um novo link.',
  'petition.share': 'Compartilhar este abaixo-assinado',
  'petition.copied': 'Link copiado.',
};

export default messages;
