import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** A página Tokens de API, em português europeu. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Tokens de API',
  'tokens.intro':
    'Um token de API permite que um script ou outro sistema utilize a API de administração em seu nome, para automatizar tarefas como uma exportação noturna de resultados. Pode fazer o que a sua função permite ({role}).',
  'tokens.howTo': 'O script envia o token no cabeçalho Authorization de cada pedido:',
  'tokens.loading': 'A carregar os seus tokens…',
  'tokens.loadError': 'Não foi possível carregar os seus tokens: {detail}',
  'tokens.retry': 'Tentar novamente',
  'tokens.none': 'Não tem nenhum token de API.',
  'tokens.caption': { one: 'O seu token', many: 'Os seus {count} tokens', other: 'Os seus {count} tokens' },
  'col.name': 'Nome',
  'col.created': 'Criado em',
  'col.lastUsed': 'Última utilização',
  'col.status': 'Estado',
  'col.actions': 'Ações',
  'tokens.never': 'Nunca',
  'tokens.active': 'Ativo',
  'tokens.revoked': 'Revogado',
  'tokens.revoke': 'Revogar',
  'create.title': 'Criar um token',
  'create.name': 'Nome',
  'create.nameHint': 'Para que serve, para o reconhecer mais tarde. Por exemplo: Exportação noturna de resultados.',
  'create.submit': 'Criar token',
  'create.working': 'A criar o token…',
  'create.errorTitle': 'O token não foi criado',
  'create.nameRequired': 'Introduza um nome para o token',
  'created.title': 'O seu novo token',
  'created.status': 'O token «{name}» foi criado.',
  'created.warning':
    'Copie-o agora e guarde-o em segurança, por exemplo num gestor de palavras-passe ou nas definições secretas da sua automatização. Não voltará a ser mostrado. Qualquer pessoa que o tenha pode agir em seu nome.',
  'created.label': 'Token de API «{name}»',
  'created.done': 'Já o guardei',
  copy: 'Copiar token',
  copied: 'Token copiado.',
  copyFailed: 'O token está selecionado: copie-o com o teclado ou com o menu.',
  'revoke.title': 'Revogar o token «{name}»?',
  'revoke.body':
    'Os scripts e sistemas que o utilizam deixam de funcionar imediatamente. Esta ação não pode ser anulada, mas pode criar um novo token.',
  'revoke.confirm': 'Sim, revogar',
  'revoke.done': 'O token «{name}» foi revogado.',
  'revoke.errorTitle': 'O token não foi revogado',
  cancel: 'Cancelar',
  'role.admin': 'administrador',
  'role.editor': 'editor',
  'role.moderator': 'moderador',
  'role.analyst': 'analista',
};

export default messages;
