import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** A página Sites (origens autorizadas a enviar votos, comentários, assinaturas e avaliações), em português europeu. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Sites',
  'sites.intro':
    'Qualquer site pode mostrar os widgets, mas as pessoas só podem votar, comentar, assinar e avaliar nas páginas dos sites autorizados aqui.',
  'sites.loading': 'A carregar…',
  'sites.loadError': 'Não foi possível carregar os sites: {detail}',
  'sites.retry': 'Tentar novamente',
  'sites.readOnly': 'Só os administradores podem alterar esta lista. Peça a um deles que autorize o seu site.',
  'refused.title': 'Sites recusados recentemente',
  'refused.intro':
    'Páginas destes sites tentaram enviar um voto, comentário, assinatura ou avaliação e foram recusadas. Se um destes sites for seu, autorize-o.',
  'refused.none': 'Nenhum site foi recusado recentemente.',
  'refused.caption': 'Sites recusados, do mais recente para o mais antigo',
  'refused.allow': 'Autorizar',
  'refused.note': 'Autorizado a partir da lista de sites recusados',
  'col.site': 'Site',
  'col.refusals': 'Tentativas recusadas',
  'col.lastRefused': 'Última recusa',
  'col.firstRefused': 'Primeira recusa',
  'col.note': 'Nota',
  'col.addedBy': 'Adicionado por',
  'col.added': 'Adicionado em',
  'col.action': 'Ação',
  'allowed.title': 'Sites autorizados',
  'allowed.caption': 'Sites autorizados',
  'allowed.none': 'Ainda não há nenhum site autorizado: as pessoas só podem participar nas páginas do próprio servidor.',
  'allowed.fromEnvironment': 'Definição do servidor',
  'allowed.fromEnvironmentNote': 'Definido em CIVIC_ALLOWED_ORIGINS: altere-o nas definições do servidor.',
  'allowed.remove': 'Remover',
  'confirm.remove': 'Deixar de autorizar {origin}?',
  'confirm.removeBody':
    'As pessoas nas suas páginas deixarão de poder votar, comentar, assinar ou avaliar. Os widgets já presentes nas suas páginas continuam visíveis.',
  'confirm.yesRemove': 'Sim, remover',
  'confirm.cancel': 'Cancelar',
  'add.title': 'Autorizar um site',
  'add.origin': 'Endereço web do site',
  'add.originHint':
    'Por exemplo, https://www.city.gov. Todas as páginas desse site ficam autorizadas; tudo o que vier depois do nome do site é ignorado.',
  'add.note': 'Nota (opcional)',
  'add.noteHint': 'O que é o site e quem o gere, para que outras pessoas saibam porque está autorizado. Até 200 carateres.',
  'add.submit': 'Autorizar o site',
  'add.saving': 'A guardar…',
  'add.errorTitle': 'Existe um problema',
  'error.origin': 'Introduza o endereço web do site, por exemplo https://www.city.gov',
  'error.note': 'A nota pode ter, no máximo, 200 carateres',
  'notice.added': '{origin} está autorizado: as pessoas nas suas páginas já podem participar.',
  'notice.removed': '{origin} deixou de estar autorizado.',
};

export default messages;
