// Ελληνικά (el): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Φόρτωση ψηφίσματος…',
  'petition.full-text': 'Διαβάστε ολόκληρο το ψήφισμα',
  'petition.signatures': { '=0': 'Καμία υπογραφή ακόμη', one: '{count} υπογραφή', other: '{count} υπογραφές' },
  'petition.progress': 'Υπογραφές: {count} από {goal} ({percent})',
  'petition.milestones': 'Ορόσημα',
  'petition.milestone': { one: '{count} υπογραφή — {label}', other: '{count} υπογραφές — {label}' },
  'petition.reached': '(✓ επιτεύχθηκε)',
  'petition.milestone-reached': 'Επιτεύχθηκε ορόσημο: {label}.',
  'petition.closes': 'Ανοιχτό για υπογραφές έως {date}.',
  'petition.opens': 'Αυτό το ψήφισμα θα ανοίξει για υπογραφές στις {date}.',
  'petition.closed': 'Αυτό το ψήφισμα έχει κλείσει. Δεν συγκεντρώνει πλέον υπογραφές.',
  'petition.response': 'Επίσημη απάντηση',
  'petition.responded-on': 'Δημοσιεύθηκε στις {date}.',
  'petition.recent': 'Όσοι υπέγραψαν πρόσφατα',
  'petition.sign': 'Υπογράψτε αυτό το ψήφισμα',
  'petition.name': 'Ονοματεπώνυμο',
  'petition.email': 'Διεύθυνση email',
  'petition.email-hint': 'Θα σας στείλουμε έναν σύνδεσμο για να επιβεβαιώσετε την υπογραφή σας.',
  'petition.region': 'Τόπος κατοικίας',
  'petition.region-choose': 'Επιλέξτε τον τόπο κατοικίας σας',
  'petition.consent':
    'Συμφωνώ να γίνει επεξεργασία του ονόματός μου, της διεύθυνσης email μου και της περιοχής μου για την καταχώριση της υπογραφής μου, όπως περιγράφεται στην {privacy}.',
  'petition.privacy-notice': 'πολιτική απορρήτου',
  'petition.show-name': 'Δημόσια εμφάνιση του ονόματός μου στη λίστα όσων υπέγραψαν',
  'petition.submit': 'Υπογράψτε',
  'petition.submitting': 'Υπογραφή…',
  'petition.error-summary': 'Υπάρχει πρόβλημα',
  'petition.error.name': 'Συμπληρώστε το ονοματεπώνυμό σας.',
  'petition.error.email-empty': 'Συμπληρώστε τη διεύθυνση email σας.',
  'petition.error.email': 'Συμπληρώστε μια διεύθυνση email στη σωστή μορφή, π.χ. onoma@example.com.',
  'petition.error.region': 'Επιλέξτε τον τόπο κατοικίας σας.',
  'petition.error.consent': 'Πρέπει να συμφωνήσετε για να μπορέσετε να υπογράψετε.',
  'petition.check-email': 'Ελέγξτε το email σας',
  'petition.check-email-body':
    'Στείλαμε έναν σύνδεσμο στη διεύθυνση {email}. Ανοίξτε τον για να επιβεβαιώσετε την υπογραφή σας: μετράει μόνο αφού επιβεβαιωθεί.',
  'petition.check-email-help':
    'Αν δεν λάβετε τίποτα μέσα σε λίγα λεπτά, ελέγξτε τον φάκελο ανεπιθύμητης αλληλογραφίας ή υπογράψτε ξανά με την ίδια διεύθυνση για να λάβετε νέο σύνδεσμο.',
  'petition.share': 'Κοινοποίηση του ψηφίσματος',
  'petition.copied': 'Ο σύνδεσμος αντιγράφηκε.',
};

export default messages;
