import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Stránka Weby (původ, ze kterého lze posílat hlasy, komentáře, podpisy a hodnocení), česky. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Weby',
  'sites.intro':
    'Widgety může zobrazit jakýkoli web, ale hlasovat, komentovat, podepisovat a hodnotit lze jen na stránkách webů, které jsou zde povoleny.',
  'sites.loading': 'Načítání…',
  'sites.loadError': 'Weby se nepodařilo načíst: {detail}',
  'sites.retry': 'Zkusit znovu',
  'sites.readOnly': 'Tento seznam mohou měnit jen administrátoři. Požádejte některého z nich, aby váš web povolil.',
  'refused.title': 'Nedávno odmítnuté weby',
  'refused.intro':
    'Stránky těchto webů se pokusily odeslat hlas, komentář, podpis nebo hodnocení a byly odmítnuty. Pokud je web váš, povolte ho.',
  'refused.none': 'V poslední době nebyl odmítnut žádný web.',
  'refused.caption': 'Odmítnuté weby, od nejnovějšího',
  'refused.allow': 'Povolit',
  'refused.note': 'Povoleno ze seznamu odmítnutých webů',
  'col.site': 'Web',
  'col.refusals': 'Odmítnuté pokusy',
  'col.lastRefused': 'Naposledy odmítnut',
  'col.firstRefused': 'Poprvé odmítnut',
  'col.note': 'Poznámka',
  'col.addedBy': 'Přidal(a)',
  'col.added': 'Přidáno',
  'col.action': 'Akce',
  'allowed.title': 'Povolené weby',
  'allowed.caption': 'Povolené weby',
  'allowed.none': 'Zatím není povolen žádný web: lidé se mohou zapojit jen na vlastních stránkách tohoto serveru.',
  'allowed.fromEnvironment': 'Nastavení serveru',
  'allowed.fromEnvironmentNote': 'Nastaveno v CIVIC_ALLOWED_ORIGINS: změňte to v nastavení serveru.',
  'allowed.remove': 'Odebrat',
  'confirm.remove': 'Zrušit povolení pro {origin}?',
  'confirm.removeBody':
    'Lidé na jeho stránkách už nebudou moci hlasovat, komentovat, podepisovat ani hodnotit. Widgety, které už na jeho stránkách jsou, zůstanou viditelné.',
  'confirm.yesRemove': 'Ano, odebrat',
  'confirm.cancel': 'Zrušit',
  'add.title': 'Povolit web',
  'add.origin': 'Webová adresa webu',
  'add.originHint': 'Například https://www.city.gov. Povoleny jsou všechny stránky tohoto webu; vše za názvem webu se ignoruje.',
  'add.note': 'Poznámka (nepovinné)',
  'add.noteHint': 'Co je to za web a kdo ho provozuje, aby ostatní věděli, proč je povolen. Nejvýše 200 znaků.',
  'add.submit': 'Povolit web',
  'add.saving': 'Ukládání…',
  'add.errorTitle': 'Vyskytl se problém',
  'error.origin': 'Zadejte webovou adresu webu, například https://www.city.gov',
  'error.note': 'Poznámka může mít nejvýše 200 znaků',
  'notice.added': '{origin} je povolen: lidé na jeho stránkách se nyní mohou zapojit.',
  'notice.removed': '{origin} už není povolen.',
};

export default messages;
