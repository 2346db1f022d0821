import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** A página de tokens de API, em português do Brasil. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Tokens de API',
  'tokens.intro':
    'Um token de API permite que um script ou outro sistema use a API de administração em seu nome, para automatizar tarefas como uma exportação noturna de resultados. Ele pode fazer o que a sua função permite ({role}).',
  'tokens.howTo': 'O script envia o token no cabeçalho Authorization de cada requisição:',
  'tokens.loading': 'Carregando seus tokens…',
  'tokens.loadError': 'Não foi possível carregar seus tokens: {detail}',
  'tokens.retry': 'Tentar novamente',
  'tokens.none': 'Você não tem nenhum token de API.',
  'tokens.caption': { one: 'Seu token ({count})', many: 'Seus {count} tokens', other: 'Seus {count} tokens' },
  'col.name': 'Nome',
  'col.created': 'Criado em',
  'col.lastUsed': 'Último uso',
  'col.status': 'Status',
  'col.actions': 'Ações',
  'tokens.never': 'Nunca',
  'tokens.active': 'Ativo',
  'tokens.revoked': 'Revogado',
  'tokens.revoke': 'Revogar',
  'create.title': 'Criar um token',
  'create.name': 'Nome',
  'create.nameHint': 'Para que ele serve, para você reconhecê-lo depois. Por exemplo: Exportação noturna de resultados.',
  'create.submit': 'Criar token',
  'create.working': 'Criando o token…',
  'create.errorTitle': 'O token não foi criado',
  'create.nameRequired': 'Informe um nome para o token',
  'created.title': 'Seu novo token',
  'created.status': 'O token “{name}” foi criado.',
  'created.warning':
    'Copie-o agora e guarde-o em local seguro, por exemplo em um gerenciador de senhas ou nas configurações secretas da sua automação. Ele não será exibido novamente. Qualquer pessoa que o tenha pode agir em seu nome.',
  'created.label': 'Token de API “{name}”',
  'created.done': 'Já guardei',
  copy: 'Copiar token',
  copied: 'Token copiado.',
  copyFailed: 'O token está selecionado: copie-o pelo teclado ou pelo menu.',
  'revoke.title': 'Revogar o token “{name}”?',
  'revoke.body':
    'Os scripts e sistemas que o usam deixam de funcionar imediatamente. Esta ação não pode ser desfeita, mas você pode criar um novo token.',
  'revoke.confirm': 'Sim, revogar',
  'revoke.done': 'O token “{name}” foi revogado.',
  'revoke.errorTitle': 'O token não foi revogado',
  cancel: 'Cancelar',
  'role.admin': 'administrador',
  'role.editor': 'editor',
  'role.moderator': 'moderador',
  'role.analyst': 'analista',
};

export default messages;
