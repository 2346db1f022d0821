// svenska (sv): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Bekräfta din underskrift: {title}',
  'mail.confirm.body':
    'Du har bett om att få skriva under namninsamlingen ”{title}”.\n\nFör att bekräfta din underskrift öppnar du den här länken och trycker på knappen ”Bekräfta min underskrift”:\n{link}\n\nLänken fungerar i {duration}. Din underskrift räknas först när den är bekräftad. Om du inte har bett om att skriva under kan du bortse från det här mejlet: ingenting kommer att skrivas under.',
  'mail.confirm.withdraw':
    'Om du ångrar dig kan du ta tillbaka din underskrift så länge namninsamlingen är öppen:\n{withdrawLink}',
  'mail.already.subject': 'Du har redan skrivit under: {title}',
  'mail.already.body':
    'Någon försökte skriva under namninsamlingen ”{title}” med den här e-postadressen, som redan har använts för att skriva under. Varje adress kan bara skriva under en gång, så ingenting har ändrats.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Bekräfta din underskrift',
  'page.confirm.intro':
    'Du har bett om att få skriva under den här namninsamlingen. Din underskrift räknas först när du har bekräftat den.',
  'page.confirm.button': 'Bekräfta min underskrift',
  'page.confirm.ignore':
    'Om du inte har bett om att skriva under kan du stänga den här sidan: ingenting kommer att skrivas under.',
  'page.petition': 'Namninsamling: {title}',
  'page.confirmed.title': 'Underskriften är bekräftad',
  'page.confirmed.body': 'Tack. Din underskrift är bekräftad och räknas nu.',
  'page.already.title': 'Underskriften är redan bekräftad',
  'page.already.body': 'Din underskrift var redan bekräftad. Den räknas en gång.',
  'page.unknown.title': 'Länken känns inte igen',
  'page.unknown.body':
    'Den här bekräftelselänken är inte giltig. Kontrollera att du har öppnat hela länken från ditt senaste mejl, eller skriv under namninsamlingen igen.',
  'page.expired.title': 'Länken har gått ut',
  'page.expired.body':
    'Bekräftelselänkar fungerar i {duration}, och den här har gått ut. Skriv under namninsamlingen igen för att få en ny länk.',
  'page.closed.title': 'Namninsamlingen är inte öppen',
  'page.closed.body': 'Det går inte att skriva under den här namninsamlingen just nu, så din underskrift har inte bekräftats.',
  'page.refused.title': 'Bekräftelsen nekades',
  'page.refused.body': 'Bekräfta din underskrift med knappen på den sida som öppnas när du klickar på länken i ditt mejl.',
  'page.withdraw.title': 'Ta tillbaka din underskrift',
  'page.withdraw.intro':
    'Din underskrift, ditt namn och din e-postadress tas bort från den här namninsamlingen. Det går inte att ångra.',
  'page.withdraw.button': 'Ta tillbaka min underskrift',
  'page.withdraw.ignore': 'Om du inte vill ta tillbaka din underskrift kan du stänga den här sidan: ingenting kommer att ändras.',
  'page.withdrawn.title': 'Underskriften har tagits tillbaka',
  'page.withdrawn.body': 'Din underskrift har tagits bort från namninsamlingen, tillsammans med ditt namn och din e-postadress.',
  'page.withdraw.closed': 'Namninsamlingen är inte längre öppen, så underskrifterna kan inte längre ändras.',
  'page.confirm.updates': 'Mejla mig när namninsamlingen når ett delmål, får ett svar eller avslutas',
  'mail.update.milestone.subject': 'Underskrifter: {count} – {title}',
  'mail.update.milestone.body':
    'Namninsamlingen ”{title}”, som du har skrivit under, har nått ett delmål. Antal underskrifter: {count}.',
  'mail.update.response.subject': 'Svar på namninsamlingen: {title}',
  'mail.update.response.body': '{agency} har svarat på namninsamlingen ”{title}”, som du har skrivit under:\n\n{response}',
  'mail.update.closed.subject': 'Namninsamlingen är avslutad: {title}',
  'mail.update.closed.body':
    'Namninsamlingen ”{title}”, som du har skrivit under, är avslutad. Antal underskrifter: {count}. Om ett svar publiceras får du det via mejl.',
  'mail.update.stop':
    'Du får de här mejlen eftersom du bad om dem när du bekräftade din underskrift. Öppna den här länken för att stoppa dem:\n{link}',
  'page.updates.title': 'Stoppa mejl om den här namninsamlingen',
  'page.updates.intro': 'Du får inga fler mejl om den här namninsamlingen. Din underskrift räknas fortfarande.',
  'page.updates.button': 'Stoppa mejlen',
  'page.updates.stopped.title': 'Mejlen har stoppats',
  'page.updates.stopped.body': 'Du får inga fler mejl om den här namninsamlingen. Din underskrift räknas fortfarande.',
  'mail.replies.confirm.subject': 'Bekräfta mejl om svar: {title}',
  'mail.replies.confirm.body':
    'Du har bett om att få mejl när någon svarar på dina kommentarer i diskussionen ”{title}”.\n\nFör att bekräfta öppnar du den här länken och trycker på knappen ”Bekräfta”:\n{link}\n\nLänken fungerar i {duration}. Tills du har bekräftat skickar vi ingenting annat till dig. Om du inte har bett om detta kan du bortse från det här mejlet.',
  'mail.replies.digest.subject': 'Nya svar på din kommentar: {title}',
  'mail.replies.digest.body': 'Det finns nya svar på dina kommentarer i diskussionen ”{title}”:',
  'mail.replies.reply': '{name} skrev:',
  'mail.replies.anonymous': 'Anonym',
  'mail.replies.more': 'Fler nya svar: {count}',
  'mail.replies.read': 'Läs diskussionen:\n{link}',
  'mail.replies.stop':
    'Du får de här mejlen, högst ett i timmen, eftersom du bad om dem när du skrev en kommentar. Öppna den här länken för att stoppa dem:\n{link}',
  'page.discussion': 'Diskussion: {title}',
  'page.replies.confirm.title': 'Bekräfta mejl om svar',
  'page.replies.confirm.intro':
    'Du har bett om att få mejl när någon svarar på dina kommentarer i den här diskussionen. Vi skickar ingenting förrän du har bekräftat.',
  'page.replies.confirm.button': 'Bekräfta',
  'page.replies.confirm.ignore':
    'Om du inte har bett om detta kan du stänga den här sidan: du kommer inte att få några mejl om svar.',
  'page.replies.confirmed.title': 'Mejl om svar är bekräftade',
  'page.replies.confirmed.body':
    'När någon svarar på dina kommentarer i den här diskussionen får du ett mejl, högst ett i timmen. Varje mejl har en länk för att stoppa dem.',
  'page.replies.unknown.body': 'Den här länken är inte giltig. Kontrollera att du har öppnat hela länken från ditt senaste mejl.',
  'page.replies.expired.body':
    'Bekräftelselänkar fungerar i {duration}, och den här har gått ut. Ange din e-postadress igen nästa gång du skriver en kommentar.',
  'page.replies.stop.title': 'Stoppa mejl om svar',
  'page.replies.stop.intro': 'Du får inga fler mejl om svar i den här diskussionen. Dina kommentarer ligger kvar som de är.',
  'page.replies.stop.all': 'Stoppa också mejl om svar i alla andra diskussioner, nu och i framtiden',
  'page.replies.stop.button': 'Stoppa mejlen',
  'page.replies.stopped.body': 'Du får inga fler mejl om svar i den här diskussionen.',
  'page.replies.stopped.all': 'Du får inga fler mejl om svar till den här adressen, i någon diskussion.',
  'page.replies.back': 'Tillbaka till diskussionen',
  'page.back': 'Tillbaka till namninsamlingen',
  'page.home': 'Gå till {agency}',
};

export default messages;
