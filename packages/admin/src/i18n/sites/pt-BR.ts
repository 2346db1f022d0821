import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** A página Sites (origens autorizadas a enviar votos, comentários, assinaturas e avaliações), em português do Brasil. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Sites',
  'sites.intro':
    'Qualquer site pode exibir os widgets, mas as pessoas só podem votar, comentar, assinar e avaliar nas páginas dos sites autorizados aqui.',
  'sites.loading': 'Carregando…',
  'sites.loadError': 'Não foi possível carregar os sites: {detail}',
  'sites.retry': 'Tentar novamente',
  'sites.readOnly': 'Somente administradores podem alterar esta lista. Peça a um deles para autorizar o seu site.',
  'refused.title': 'Sites recusados recentemente',
  'refused.intro':
    'Páginas destes sites tentaram enviar um voto, comentário, assinatura ou avaliação e foram recusadas. Se um site for seu, autorize-o.',
  'refused.none': 'Nenhum site foi recusado recentemente.',
  'refused.caption': 'Sites recusados, dos mais recentes aos mais antigos',
  'refused.allow': 'Autorizar',
  'refused.note': 'Autorizado a partir da lista de sites recusados',
  'col.site': 'Site',
  'col.refusals': 'Tentativas recusadas',
  'col.lastRefused': 'Última recusa',
  'col.firstRefused': 'Primeira recusa',
  'col.note': 'Observação',
  'col.addedBy': 'Adicionado por',
  'col.added': 'Adicionado em',
  'col.action': 'Ação',
  'allowed.title': 'Sites autorizados',
  'allowed.caption': 'Sites autorizados',
  'allowed.none': 'Nenhum site foi autorizado ainda: as pessoas só podem participar nas páginas deste próprio servidor.',
  'allowed.fromEnvironment': 'Configuração do servidor',
  'allowed.fromEnvironmentNote': 'Definido em CIVIC_ALLOWED_ORIGINS: altere nas configurações do servidor.',
  'allowed.remove': 'Remover',
  'confirm.remove': 'Deixar de autorizar {origin}?',
  'confirm.removeBody':
    'As pessoas nas páginas dele não poderão mais votar, comentar, assinar ou avaliar. Os widgets que já estão nas páginas dele continuam visíveis.',
  'confirm.yesRemove': 'Sim, remover',
  'confirm.cancel': 'Cancelar',
  'add.title': 'Autorizar um site',
  'add.origin': 'Endereço do site',
  'add.originHint':
    'Por exemplo, https://www.city.gov. Todas as páginas desse site ficam autorizadas; tudo o que vem depois do nome do site é ignorado.',
  'add.note': 'Observação (opcional)',
  'add.noteHint':
    'O que é o site e quem o administra, para que outras pessoas saibam por que ele está autorizado. Até 200 caracteres.',
  'add.submit': 'Autorizar site',
  'add.saving': 'Salvando…',
  'add.errorTitle': 'Há um problema',
  'error.origin': 'Informe o endereço do site, por exemplo https://www.city.gov',
  'error.note': 'A observação deve ter no máximo 200 caracteres',
  'notice.added': '{origin} está autorizado: as pessoas nas páginas dele já podem participar.',
  'notice.removed': '{origin} não está mais autorizado.',
};

export default messages;
