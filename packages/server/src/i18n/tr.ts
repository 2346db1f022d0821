// Türkçe (tr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'İmzanızı onaylayın: {title}',
  'mail.confirm.body':
    '“{title}” başlıklı imza kampanyasını imzalamak istediniz.\n\nİmzanızı onaylamak için bu bağlantıyı açın ve “İmzamı onayla” düğmesine basın:\n{link}\n\nBağlantı {duration} geçerlidir. İmzanız ancak onaylandıktan sonra geçerli olur. İmzalamak istemediyseniz bu e-postayı dikkate almayın: hiçbir şey imzalanmayacak.',
  'mail.confirm.withdraw':
    'Fikrinizi değiştirirseniz, kampanya imzaya açık olduğu sürece imzanızı geri çekebilirsiniz:\n{withdrawLink}',
  'mail.already.subject': 'Bu kampanyayı zaten imzaladınız: {title}',
  'mail.already.body':
    'Birisi bu e-posta adresiyle “{title}” başlıklı kampanyayı imzalamaya çalıştı, ancak kampanya bu adresle zaten imzalanmış. Her adres yalnızca bir kez imzalayabilir, bu nedenle hiçbir şey değişmedi.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'İmzanızı onaylayın',
  'page.confirm.intro': 'Bu kampanyayı imzalamak istediniz. İmzanız ancak onayladıktan sonra geçerli olur.',
  'page.confirm.button': 'İmzamı onayla',
  'page.confirm.ignore': 'İmzalamak istemediyseniz bu sayfayı kapatın: hiçbir şey imzalanmayacak.',
  'page.petition': 'İmza kampanyası: {title}',
  'page.confirmed.title': 'İmza onaylandı',
  'page.confirmed.body': 'Teşekkürler. İmzanız onaylandı ve artık geçerli.',
  'page.already.title': 'İmza zaten onaylanmış',
  'page.already.body': 'İmzanız daha önce onaylanmıştı. Yalnızca bir kez sayılır.',
  'page.unknown.title': 'Bağlantı tanınmadı',
  'page.unknown.body':
    'Bu onay bağlantısı geçerli değil. En son e-postanızdaki bağlantının tamamını açtığınızdan emin olun veya kampanyayı yeniden imzalayın.',
  'page.expired.title': 'Bağlantının süresi doldu',
  'page.expired.body':
    'Onay bağlantıları {duration} geçerlidir ve bu bağlantının süresi doldu. Yeni bir bağlantı almak için kampanyayı yeniden imzalayın.',
  'page.closed.title': 'Kampanya imzaya açık değil',
  'page.closed.body': 'Bu kampanya şu anda imza kabul etmiyor, bu nedenle imzanız onaylanmadı.',
  'page.refused.title': 'Onay reddedildi',
  'page.refused.body': 'İmzanızı, e-postanızdaki bağlantının açtığı sayfadaki düğmeyle onaylayın.',
  'page.withdraw.title': 'İmzanızı geri çekin',
  'page.withdraw.intro': 'İmzanız, adınız ve e-posta adresiniz bu kampanyadan silinecek. Bu işlem geri alınamaz.',
  'page.withdraw.button': 'İmzamı geri çek',
  'page.withdraw.ignore': 'İmzanızı geri çekmek istemiyorsanız bu sayfayı kapatın: hiçbir şey değişmeyecek.',
  'page.withdrawn.title': 'İmza geri çekildi',
  'page.withdrawn.body': 'İmzanız, adınız ve e-posta adresinizle birlikte kampanyadan silindi.',
  'page.withdraw.closed': 'Bu kampanya artık imzaya açık olmadığından imzaları değiştirilemez.',
  'page.confirm.updates': 'Bu kampanya bir ara hedefe ulaştığında, yanıt aldığında veya kapandığında bana e-posta gönderin',
  'mail.update.milestone.subject': '{count} imza: {title}',
  'mail.update.milestone.body': 'İmzaladığınız “{title}” başlıklı kampanya {count} imzaya ulaştı.',
  'mail.update.response.subject': 'Kampanyaya yanıt: {title}',
  'mail.update.response.body': '{agency}, imzaladığınız “{title}” başlıklı kampanyaya yanıt verdi:\n\n{response}',
  'mail.update.closed.subject': 'Kampanya kapandı: {title}',
  'mail.update.closed.body':
    'İmzaladığınız “{title}” başlıklı kampanya {count} imzayla kapandı. Bir yanıt yayımlanırsa size e-postayla gönderilecek.',
  'mail.update.stop':
    'Bu e-postaları, imzanızı onaylarken istediğiniz için alıyorsunuz. Almayı durdurmak için bu bağlantıyı açın:\n{link}',
  'page.updates.title': 'Bu kampanyayla ilgili e-postaları durdurun',
  'page.updates.intro': 'Bu kampanyayla ilgili artık e-posta almayacaksınız. İmzanız geçerli olmaya devam ediyor.',
  'page.updates.button': 'E-postaları durdur',
  'page.updates.stopped.title': 'E-postalar durduruldu',
  'page.updates.stopped.body': 'Bu kampanyayla ilgili artık e-posta almayacaksınız. İmzanız geçerli olmaya devam ediyor.',
  'mail.replies.confirm.subject': 'Yanıtlarla ilgili e-postaları onaylayın: {title}',
  'mail.replies.confirm.body':
    '“{title}” başlıklı tartışmadaki yorumlarınıza biri yanıt verdiğinde e-postayla bilgilendirilmek istediniz.\n\nOnaylamak için bu bağlantıyı açın ve “Onayla” düğmesine basın:\n{link}\n\nBağlantı {duration} geçerlidir. Onaylayana kadar size başka hiçbir şey göndermeyeceğiz. Bunu siz istemediyseniz bu e-postayı dikkate almayın.',
  'mail.replies.digest.subject': 'Yorumunuza yeni yanıtlar: {title}',
  'mail.replies.digest.body': '“{title}” başlıklı tartışmadaki yorumlarınıza yeni yanıtlar var:',
  'mail.replies.reply': '{name} yazdı:',
  'mail.replies.anonymous': 'Anonim',
  'mail.replies.more': 'Diğer yeni yanıtlar: {count}',
  'mail.replies.read': 'Tartışmayı okuyun:\n{link}',
  'mail.replies.stop':
    'Bu e-postaları, yorum yayımlarken istediğiniz için alıyorsunuz; saatte en fazla bir e-posta gönderilir. Almayı durdurmak için bu bağlantıyı açın:\n{link}',
  'page.discussion': 'Tartışma: {title}',
  'page.replies.confirm.title': 'Yanıtlarla ilgili e-postaları onaylayın',
  'page.replies.confirm.intro':
    'Bu tartışmadaki yorumlarınıza biri yanıt verdiğinde e-postayla bilgilendirilmek istediniz. Siz onaylayana kadar hiçbir şey göndermeyeceğiz.',
  'page.replies.confirm.button': 'Onayla',
  'page.replies.confirm.ignore': 'Bunu siz istemediyseniz bu sayfayı kapatın: yanıtlarla ilgili e-posta almayacaksınız.',
  'page.replies.confirmed.title': 'Yanıtlarla ilgili e-postalar onaylandı',
  'page.replies.confirmed.body':
    'Bu tartışmadaki yorumlarınıza biri yanıt verdiğinde, saatte en fazla bir tane olmak üzere e-posta alacaksınız. Her e-postada bunları durdurmak için bir bağlantı bulunur.',
  'page.replies.unknown.body': 'Bu bağlantı geçerli değil. En son e-postanızdaki bağlantının tamamını açtığınızdan emin olun.',
  'page.replies.expired.body':
    'Onay bağlantıları {duration} geçerlidir ve bu bağlantının süresi doldu. Bir sonraki yorumunuzu yayımlarken e-posta adresinizi yeniden girin.',
  'page.replies.stop.title': 'Yanıtlarla ilgili e-postaları durdurun',
  'page.replies.stop.intro': 'Bu tartışmadaki yanıtlarla ilgili artık e-posta almayacaksınız. Yorumlarınız olduğu gibi kalır.',
  'page.replies.stop.all': 'Diğer tüm tartışmalardaki yanıtlarla ilgili e-postaları da şimdi ve gelecekte durdur',
  'page.replies.stop.button': 'E-postaları durdur',
  'page.replies.stopped.body': 'Bu tartışmadaki yanıtlarla ilgili artık e-posta almayacaksınız.',
  'page.replies.stopped.all': 'Bu adreste artık hiçbir tartışmadaki yanıtlarla ilgili e-posta almayacaksınız.',
  'page.replies.back': 'Tartışmaya dön',
  'page.back': 'Kampanyaya dön',
  'page.home': '{agency} sitesine git',
};

export default messages;
