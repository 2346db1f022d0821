// português (pt): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'A carregar a petição…',
  'petition.full-text': 'Ler a petição completa',
  'petition.signatures': {
    '=0': 'Ainda sem assinaturas',
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
  'petition.closes': 'Aberta a assinaturas até {date}.',
  'petition.opens': 'Esta petição abre para assinaturas em {date}.',
  'petition.closed': 'Esta petição está encerrada. Já não recolhe assinaturas.',
  'petition.response': 'Resposta oficial',
  'petition.responded-on': 'Publicada em {date}.',
  'petition.recent': 'Signatários recentes',
  'petition.sign': 'Assine esta petição',
  'petition.name': 'Nome completo',
  'petition.email': 'Endereço de email',
  'petition.email-hint': 'Vamos enviar-lhe uma ligação para confirmar a sua assinatura.',
  'petition.region': 'Local de residência',
  'petition.region-choose': 'Escolha o seu local de residência',
  'petition.consent':
    'Aceito que o meu nome, endereço de email e zona de residência sejam tratados para registar a minha assinatura, conforme descrito na {privacy}.',
  'petition.privacy-notice': 'política de privacidade',
  'petition.show-name': 'Mostrar o meu nome publicamente na lista de signatários',
  'petition.submit': 'Assinar a petição',
  'petition.submitting': 'A assinar…',
  'petition.error-summary': 'Existe um problema',
  'petition.error.name': 'Introduza o seu nome completo.',
  'petition.error.email-empty': 'Introduza o seu endereço de email.',
  'petition.error.email': 'Introduza um endereço de email no formato correto, por exemplo nome@example.com.',
  'petition.error.region': 'Escolha o seu local de residência.',
  'petition.error.consent': 'Tem de aceitar para poder assinar.',
  'petition.check-email': 'Consulte o seu email',
  'petition.check-email-body':
    'Enviámos uma ligação para {email}. Abra-a para confirmar a sua assinatura: só conta depois de confirmada.',
  'petition.check-email-help':
    'Se não receber nada dentro de alguns minutos, verifique a pasta de spam ou assine novamente com o mesmo endereço para receber uma nova ligação.',
  'petition.share': 'Partilhar esta petição',
  'petition.copied': 'Ligação copiada.',
};

export default messages;
