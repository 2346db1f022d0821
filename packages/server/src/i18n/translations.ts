// Made by `npm run i18n -- import`: every language the server writes its page and e-mail in.
import type { Messages } from './en.js';
import am from './am.js';
import ar from './ar.js';
import az from './az.js';
import bg from './bg.js';
import bn from './bn.js';
import ca from './ca.js';
import cs from './cs.js';
import cy from './cy.js';
import da from './da.js';
import de from './de.js';
import el from './el.js';
import es from './es.js';
import et from './et.js';
import eu from './eu.js';
import fa from './fa.js';
import fi from './fi.js';
import fil from './fil.js';
import fr from './fr.js';
import ga from './ga.js';
import ha from './ha.js';
import he from './he.js';
import hi from './hi.js';
import hr from './hr.js';
import hu from './hu.js';
import hy from './hy.js';
import id from './id.js';
import ig from './ig.js';
import it from './it.js';
import ja from './ja.js';
import ka from './ka.js';
import kk from './kk.js';
import ko from './ko.js';
import ky from './ky.js';
import lt from './lt.js';
import lv from './lv.js';
import mr from './mr.js';
import ms from './ms.js';
import nb from './nb.js';
import ne from './ne.js';
import nl from './nl.js';
import pl from './pl.js';
import ps from './ps.js';
import pt from './pt.js';
import pt_BR from './pt-BR.js';
import ro from './ro.js';
import ru from './ru.js';
import si from './si.js';
import sk from './sk.js';
import sl from './sl.js';
import so from './so.js';
import sr from './sr.js';
import sv from './sv.js';
import sw from './sw.js';
import ta from './ta.js';
import te from './te.js';
import tg from './tg.js';
import th from './th.js';
import tr from './tr.js';
import uk from './uk.js';
import ur from './ur.js';
import uz from './uz.js';
import vi from './vi.js';
import yo from './yo.js';
import zh_Hans from './zh-Hans.js';
import zh_Hant from './zh-Hant.js';
import zu from './zu.js';

export const translations: Readonly<Record<string, Partial<Messages>>> = {
  am,
  ar,
  az,
  bg,
  bn,
  ca,
  cs,
  cy,
  da,
  de,
  el,
  es,
  et,
  eu,
  fa,
  fi,
  fil,
  fr,
  ga,
  ha,
  he,
  hi,
  hr,
  hu,
  hy,
  id,
  ig,
  it,
  ja,
  ka,
  kk,
  ko,
  ky,
  lt,
  lv,
  mr,
  ms,
  nb,
  ne,
  nl,
  pl,
  ps,
  pt,
  'pt-BR': pt_BR,
  ro,
  ru,
  si,
  sk,
  sl,
  so,
  sr,
  sv,
  sw,
  ta,
  te,
  tg,
  th,
  tr,
  uk,
  ur,
  uz,
  vi,
  yo,
  'zh-Hans': zh_Hans,
  'zh-Hant': zh_Hant,
  zu,
};
