// čeština (cs): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Potvrďte svůj podpis: {title}',
  'mail.confirm.body':
    'Obdrželi jsme žádost o podepsání petice „{title}“.\n\nPodpis potvrdíte tak, že otevřete tento odkaz a stisknete tlačítko „Potvrdit můj podpis“:\n{link}\n\nOdkaz platí {duration}. Podpis se započítá až po potvrzení. Pokud žádost nepochází od vás, tento e-mail ignorujte: nic nebude podepsáno.',
  'mail.confirm.withdraw': 'Pokud si to rozmyslíte, můžete svůj podpis odvolat, dokud je petice otevřena:\n{withdrawLink}',
  'mail.already.subject': 'Petice už byla podepsána: {title}',
  'mail.already.body':
    'Někdo se pokusil podepsat petici „{title}“ touto e-mailovou adresou, ze které už podepsána byla. Z každé adresy lze petici podepsat jen jednou, takže se nic nezměnilo.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Potvrďte svůj podpis',
  'page.confirm.intro': 'Obdrželi jsme žádost o podepsání této petice. Podpis se započítá až po vašem potvrzení.',
  'page.confirm.button': 'Potvrdit můj podpis',
  'page.confirm.ignore': 'Pokud žádost nepochází od vás, zavřete tuto stránku: nic nebude podepsáno.',
  'page.petition': 'Petice: {title}',
  'page.confirmed.title': 'Podpis potvrzen',
  'page.confirmed.body': 'Děkujeme. Váš podpis byl potvrzen a nyní se započítává.',
  'page.already.title': 'Podpis už byl potvrzen',
  'page.already.body': 'Váš podpis už byl potvrzen dříve. Započítává se jednou.',
  'page.unknown.title': 'Odkaz nebyl rozpoznán',
  'page.unknown.body':
    'Tento potvrzovací odkaz není platný. Zkontrolujte, zda byl otevřen celý odkaz z posledního e-mailu, nebo petici podepište znovu.',
  'page.expired.title': 'Platnost odkazu vypršela',
  'page.expired.body':
    'Potvrzovací odkazy platí {duration} a platnost tohoto odkazu vypršela. Podepište petici znovu a dostanete nový odkaz.',
  'page.closed.title': 'Petice není otevřena',
  'page.closed.body': 'Tato petice teď nepřijímá podpisy, a proto váš podpis nebyl potvrzen.',
  'page.refused.title': 'Potvrzení bylo odmítnuto',
  'page.refused.body': 'Podpis potvrďte tlačítkem na stránce, která se otevře po kliknutí na odkaz v e-mailu.',
  'page.withdraw.title': 'Odvolejte svůj podpis',
  'page.withdraw.intro': 'Váš podpis, jméno a e-mailová adresa budou z této petice odstraněny. Tuto akci nelze vrátit zpět.',
  'page.withdraw.button': 'Odvolat můj podpis',
  'page.withdraw.ignore': 'Pokud podpis odvolat nechcete, zavřete tuto stránku: nic se nezmění.',
  'page.withdrawn.title': 'Podpis odvolán',
  'page.withdrawn.body': 'Váš podpis byl z petice odstraněn spolu s vaším jménem a e-mailovou adresou.',
  'page.withdraw.closed': 'Tato petice už není otevřena, takže její podpisy už nelze měnit.',
  'page.confirm.updates': 'Pošlete mi e-mail, když petice dosáhne milníku, získá odpověď nebo bude uzavřena',
  'mail.update.milestone.subject': 'Podpisy: {count} – {title}',
  'mail.update.milestone.body': 'Petice „{title}“, pod kterou je váš podpis, dosáhla milníku. Počet podpisů: {count}.',
  'mail.update.response.subject': 'Odpověď na petici: {title}',
  'mail.update.response.body': '{agency} zveřejňuje odpověď na petici „{title}“, pod kterou je váš podpis:\n\n{response}',
  'mail.update.closed.subject': 'Petice uzavřena: {title}',
  'mail.update.closed.body':
    'Petice „{title}“, pod kterou je váš podpis, byla uzavřena. Počet podpisů: {count}. Pokud bude zveřejněna odpověď, pošleme vám ji e-mailem.',
  'mail.update.stop':
    'Tyto e-maily dostáváte na vlastní žádost, podanou při potvrzení podpisu. Chcete-li je zastavit, otevřete tento odkaz:\n{link}',
  'page.updates.title': 'Zastavte e-maily o této petici',
  'page.updates.intro': 'O této petici už nebudete dostávat žádné e-maily. Váš podpis se stále započítává.',
  'page.updates.button': 'Zastavit e-maily',
  'page.updates.stopped.title': 'E-maily zastaveny',
  'page.updates.stopped.body': 'O této petici už nebudete dostávat žádné e-maily. Váš podpis se stále započítává.',
  'mail.replies.confirm.subject': 'Potvrďte e-maily o odpovědích: {title}',
  'mail.replies.confirm.body':
    'Obdrželi jsme žádost o upozorňování e-mailem, když někdo odpoví na vaše komentáře v diskusi „{title}“.\n\nPro potvrzení otevřete tento odkaz a stiskněte tlačítko „Potvrdit“:\n{link}\n\nOdkaz platí {duration}. Dokud nepotvrdíte, nebudeme vám posílat nic dalšího. Pokud žádost nepochází od vás, tento e-mail ignorujte.',
  'mail.replies.digest.subject': 'Nové odpovědi na váš komentář: {title}',
  'mail.replies.digest.body': 'Na vaše komentáře v diskusi „{title}“ přibyly nové odpovědi:',
  'mail.replies.reply': 'Píše {name}:',
  'mail.replies.anonymous': 'Anonym',
  'mail.replies.more': 'Další nové odpovědi: {count}',
  'mail.replies.read': 'Přečtěte si diskusi:\n{link}',
  'mail.replies.stop':
    'Tyto e-maily (nejvýše jeden za hodinu) dostáváte na vlastní žádost, podanou při zveřejnění komentáře. Chcete-li je zastavit, otevřete tento odkaz:\n{link}',
  'page.discussion': 'Diskuse: {title}',
  'page.replies.confirm.title': 'Potvrďte e-maily o odpovědích',
  'page.replies.confirm.intro':
    'Obdrželi jsme žádost o upozorňování e-mailem, když někdo odpoví na vaše komentáře v této diskusi. Dokud nepotvrdíte, nic vám nepošleme.',
  'page.replies.confirm.button': 'Potvrdit',
  'page.replies.confirm.ignore': 'Pokud žádost nepochází od vás, zavřete tuto stránku: žádné e-maily o odpovědích nedostanete.',
  'page.replies.confirmed.title': 'E-maily o odpovědích potvrzeny',
  'page.replies.confirmed.body':
    'Když někdo odpoví na vaše komentáře v této diskusi, dostanete e-mail, nejvýše jeden za hodinu. Každý z nich obsahuje odkaz, kterým je můžete zastavit.',
  'page.replies.unknown.body': 'Tento odkaz není platný. Zkontrolujte, zda byl otevřen celý odkaz z posledního e-mailu.',
  'page.replies.expired.body':
    'Potvrzovací odkazy platí {duration} a platnost tohoto odkazu vypršela. Při příštím zveřejnění komentáře zadejte svou e-mailovou adresu znovu.',
  'page.replies.stop.title': 'Zastavte e-maily o odpovědích',
  'page.replies.stop.intro':
    'O odpovědích v této diskusi už nebudete dostávat žádné e-maily. Vaše komentáře zůstanou beze změny.',
  'page.replies.stop.all': 'Zastavit e-maily o odpovědích i ve všech ostatních diskusích, nyní i v budoucnu',
  'page.replies.stop.button': 'Zastavit e-maily',
  'page.replies.stopped.body': 'O odpovědích v této diskusi už nebudete dostávat žádné e-maily.',
  'page.replies.stopped.all': 'Na tuto adresu už nebudete dostávat žádné e-maily o odpovědích, a to v žádné diskusi.',
  'page.replies.back': 'Zpět na diskusi',
  'page.back': 'Zpět na petici',
  'page.home': 'Přejít na web: {agency}',
};

export default messages;
