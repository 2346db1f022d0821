// català (ca): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'S’està carregant la petició…',
  'petition.full-text': 'Llegeix la petició completa',
  'petition.signatures': {
    '=0': 'Encara no hi ha signatures',
    one: '{count} signatura',
    many: '{count} signatures',
    other: '{count} signatures',
  },
  'petition.progress': 'Signatures: {count} sobre {goal} ({percent})',
  'petition.milestones': 'Fites',
  'petition.milestone': {
    many: '{count} de signatures — {label}',
    one: '{count} signatura — {label}',
    other: '{count} signatures — {label}',
  },
  'petition.reached': '(✓ assolida)',
  'petition.milestone-reached': 'Fita assolida: {label}.',
  'petition.closes': 'Oberta a signatures fins al dia {date}.',
  'petition.opens': 'Aquesta petició s’obrirà a signatures el dia {date}.',
  'petition.closed': 'Aquesta petició està tancada. Ja no recull signatures.',
  'petition.response': 'Resposta oficial',
  'petition.responded-on': 'Publicada el dia {date}.',
  'petition.recent': 'Signants recents',
  'petition.sign': 'Signeu aquesta petició',
  'petition.name': 'Nom i cognoms',
  'petition.email': 'Adreça electrònica',
  'petition.email-hint': 'Us enviarem un enllaç per confirmar la vostra signatura.',
  'petition.region': 'Lloc de residència',
  'petition.region-choose': 'Trieu el lloc de residència',
  'petition.consent':
    'Accepto que es tractin el meu nom, la meva adreça electrònica i la meva zona de residència per registrar la meva signatura, tal com es descriu a la {privacy}.',
  'petition.privacy-notice': 'política de privadesa',
  'petition.show-name': 'Mostra el meu nom públicament a la llista de signants',
  'petition.submit': 'Signa la petició',
  'petition.submitting': 'S’està signant…',
  'petition.error-summary': 'Hi ha un problema',
  'petition.error.name': 'Escriviu el vostre nom i cognoms.',
  'petition.error.email-empty': 'Escriviu la vostra adreça electrònica.',
  'petition.error.email': 'Escriviu una adreça electrònica amb el format correcte, com ara nom@example.com.',
  'petition.error.region': 'Trieu el lloc de residència.',
  'petition.error.consent': 'Per poder signar, cal que ho accepteu.',
  'petition.check-email': 'Consulteu el correu electrònic',
  'petition.check-email-body':
    'Hem enviat un enllaç a {email}. Obriu-lo per confirmar la vostra signatura: només compta un cop confirmada.',
  'petition.check-email-help':
    'Si no us arriba res en uns quants minuts, mireu la carpeta de correu brossa o torneu a signar amb la mateixa adreça per rebre un enllaç nou.',
  'petition.share': 'Comparteix aquesta petició',
  'petition.copied': 'S’ha copiat l’enllaç.',
};

export default messages;
