import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** La pàgina Llocs web (orígens autoritzats a enviar vots, comentaris, signatures i valoracions), en català. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Llocs web',
  'sites.intro':
    'Qualsevol lloc web pot mostrar els ginys, però la gent només pot votar, comentar, signar i valorar a les pàgines dels llocs web autoritzats aquí.',
  'sites.loading': 'S’està carregant…',
  'sites.loadError': 'No s’han pogut carregar els llocs web: {detail}',
  'sites.retry': 'Torna-ho a provar',
  'sites.readOnly':
    'Només els administradors poden modificar aquesta llista. Demaneu a un d’ells que autoritzi el vostre lloc web.',
  'refused.title': 'Llocs web rebutjats recentment',
  'refused.intro':
    'Pàgines d’aquests llocs web han intentat enviar un vot, un comentari, una signatura o una valoració i s’han rebutjat. Si un d’aquests llocs és vostre, autoritzeu-lo.',
  'refused.none': 'No s’ha rebutjat cap lloc web recentment.',
  'refused.caption': 'Llocs web rebutjats, del més recent al més antic',
  'refused.allow': 'Autoritza',
  'refused.note': 'Autoritzat des de la llista de llocs web rebutjats',
  'col.site': 'Lloc web',
  'col.refusals': 'Intents rebutjats',
  'col.lastRefused': 'Darrer rebuig',
  'col.firstRefused': 'Primer rebuig',
  'col.note': 'Nota',
  'col.addedBy': 'Afegit per',
  'col.added': 'Afegit',
  'col.action': 'Acció',
  'allowed.title': 'Llocs web autoritzats',
  'allowed.caption': 'Llocs web autoritzats',
  'allowed.none':
    'Encara no hi ha cap lloc web autoritzat: la gent només pot participar a les pàgines pròpies d’aquest servidor.',
  'allowed.fromEnvironment': 'Configuració del servidor',
  'allowed.fromEnvironmentNote': 'Definit a CIVIC_ALLOWED_ORIGINS: canvieu-lo a la configuració del servidor.',
  'allowed.remove': 'Elimina',
  'confirm.remove': 'Voleu deixar d’autoritzar {origin}?',
  'confirm.removeBody':
    'La gent de les seves pàgines ja no podrà votar, comentar, signar ni valorar. Els ginys que ja hi ha a les seves pàgines continuen visibles.',
  'confirm.yesRemove': 'Sí, elimina’l',
  'confirm.cancel': 'Cancel·la',
  'add.title': 'Autoritzeu un lloc web',
  'add.origin': 'Adreça web del lloc',
  'add.originHint':
    'Com ara https://www.city.gov. S’autoritzen totes les pàgines d’aquest lloc; tot el que hi hagi després del nom del lloc s’ignora.',
  'add.note': 'Nota (opcional)',
  'add.noteHint':
    'Què és el lloc web i qui el gestiona, perquè altres persones sàpiguen per què està autoritzat. Fins a 200 caràcters.',
  'add.submit': 'Autoritza el lloc web',
  'add.saving': 'S’està desant…',
  'add.errorTitle': 'Hi ha un problema',
  'error.origin': 'Escriviu l’adreça web del lloc, com ara https://www.city.gov',
  'error.note': 'La nota ha de tenir 200 caràcters o menys',
  'notice.added': '{origin} està autoritzat: la gent de les seves pàgines ja hi pot participar.',
  'notice.removed': '{origin} ja no està autoritzat.',
};

export default messages;
