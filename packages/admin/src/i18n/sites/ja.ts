import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** サイト画面（投票・コメント・署名・評価の送信を許可するサイト）（日本語）。 */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'サイト',
  'sites.intro':
    'ウィジェットはどのウェブサイトにも表示できますが、住民が投票、コメント、署名、評価を行えるのは、ここで許可したサイトのページだけです。',
  'sites.loading': '読み込み中…',
  'sites.loadError': 'サイトを読み込めませんでした：{detail}',
  'sites.retry': '再試行',
  'sites.readOnly': 'この一覧を変更できるのは管理者だけです。サイトの許可は管理者に依頼してください。',
  'refused.title': '最近拒否されたサイト',
  'refused.intro':
    'これらのサイトのページから投票、コメント、署名、評価が送信されましたが、拒否されました。自分の組織のサイトであれば、許可してください。',
  'refused.none': '最近拒否されたサイトはありません。',
  'refused.caption': '拒否されたサイト（新しい順）',
  'refused.allow': '許可',
  'refused.note': '拒否されたサイトの一覧から許可',
  'col.site': 'サイト',
  'col.refusals': '拒否された回数',
  'col.lastRefused': '最後に拒否された日時',
  'col.firstRefused': '最初に拒否された日時',
  'col.note': 'メモ',
  'col.addedBy': '追加した人',
  'col.added': '追加日時',
  'col.action': '操作',
  'allowed.title': '許可したサイト',
  'allowed.caption': '許可したサイト',
  'allowed.none': 'まだ許可したサイトはありません。住民が参加できるのは、このサーバー自身のページだけです。',
  'allowed.fromEnvironment': 'サーバー設定',
  'allowed.fromEnvironmentNote': 'CIVIC_ALLOWED_ORIGINS で設定されています。変更はサーバーの設定で行ってください。',
  'allowed.remove': '削除',
  'confirm.remove': '{origin} の許可を取り消しますか？',
  'confirm.removeBody':
    'そのサイトのページでは、投票、コメント、署名、評価ができなくなります。すでにページに掲載されているウィジェットは表示されたままです。',
  'confirm.yesRemove': '削除する',
  'confirm.cancel': 'キャンセル',
  'add.title': 'サイトを許可する',
  'add.origin': 'サイトのアドレス',
  'add.originHint': '例：https://www.city.gov。そのサイトのすべてのページが許可されます。サイト名より後の部分は無視されます。',
  'add.note': 'メモ（任意）',
  'add.noteHint': 'どのようなサイトで、誰が運営しているか。許可した理由が他の人にもわかるようにします。200 文字以内。',
  'add.submit': 'サイトを許可',
  'add.saving': '保存しています…',
  'add.errorTitle': '確認が必要な項目があります',
  'error.origin': 'サイトのアドレスを入力してください（例：https://www.city.gov）',
  'error.note': 'メモは 200 文字以内で入力してください',
  'notice.added': '{origin} を許可しました。そのサイトのページで住民が参加できるようになりました。',
  'notice.removed': '{origin} の許可を取り消しました。',
};

export default messages;
