// 日本語 (ja): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': '署名の確認をお願いします：{title}',
  'mail.confirm.body':
    '請願「{title}」への署名のお申し込みを受け付けました。\n\n署名を確定するには、次のリンクを開いて「署名を確認する」ボタンを押してください。\n{link}\n\nこのリンクの有効期間は {duration}です。署名は確認後に有効になります。お申し込みに心当たりがない場合は、このメールを無視してください。署名されることはありません。',
  'mail.confirm.withdraw': 'お気持ちが変わった場合は、請願の受付期間中であれば署名を取り消すことができます。\n{withdrawLink}',
  'mail.already.subject': 'すでに署名済みです：{title}',
  'mail.already.body':
    'このメールアドレスで請願「{title}」への署名が試みられましたが、このアドレスではすでに署名されています。署名は 1 つのアドレスにつき 1 回までのため、何も変更されていません。',
  'mail.footer': '{agency}',
  'page.confirm.title': '署名の確認',
  'page.confirm.intro': 'この請願への署名のお申し込みを受け付けました。署名は、確認していただいた後に有効になります。',
  'page.confirm.button': '署名を確認する',
  'page.confirm.ignore': 'お申し込みに心当たりがない場合は、このページを閉じてください。署名されることはありません。',
  'page.petition': '請願：{title}',
  'page.confirmed.title': '署名を確認しました',
  'page.confirmed.body': 'ありがとうございます。署名が確認され、有効になりました。',
  'page.already.title': '署名は確認済みです',
  'page.already.body': 'この署名はすでに確認されています。署名は 1 回だけ数えられます。',
  'page.unknown.title': 'リンクを認識できません',
  'page.unknown.body':
    'この確認リンクは有効ではありません。最新のメールにあるリンクを最後まで正しく開いたかご確認いただくか、もう一度請願に署名してください。',
  'page.expired.title': 'リンクの有効期限切れ',
  'page.expired.body':
    '確認リンクの有効期間は {duration}で、このリンクは期限が切れています。新しいリンクを受け取るには、もう一度請願に署名してください。',
  'page.closed.title': '受付中の請願ではありません',
  'page.closed.body': 'この請願は現在署名を受け付けていないため、署名は確認されませんでした。',
  'page.refused.title': '確認できませんでした',
  'page.refused.body': 'メールのリンクから開いたページのボタンを押して、署名を確認してください。',
  'page.withdraw.title': '署名の取り消し',
  'page.withdraw.intro': '署名、氏名、メールアドレスがこの請願から削除されます。この操作は元に戻せません。',
  'page.withdraw.button': '署名を取り消す',
  'page.withdraw.ignore': '取り消さない場合は、このページを閉じてください。何も変更されません。',
  'page.withdrawn.title': '署名を取り消しました',
  'page.withdrawn.body': '署名は、氏名とメールアドレスとともに請願から削除されました。',
  'page.withdraw.closed': 'この請願は受付を終了しているため、署名を変更することはできません。',
  'page.confirm.updates': 'この請願が中間目標に達したとき、回答があったとき、または終了したときにメールで知らせる',
  'mail.update.milestone.subject': '署名 {count} 件：{title}',
  'mail.update.milestone.body': 'ご署名いただいた請願「{title}」の署名数が {count} 件に達しました。',
  'mail.update.response.subject': '請願への回答：{title}',
  'mail.update.response.body': 'ご署名いただいた請願「{title}」に、{agency}から回答がありました。\n\n{response}',
  'mail.update.closed.subject': '請願が終了しました：{title}',
  'mail.update.closed.body':
    'ご署名いただいた請願「{title}」は、署名 {count} 件で終了しました。回答が公表された場合は、メールでお知らせします。',
  'mail.update.stop':
    'このメールは、署名の確認時にお申し込みいただいたため送信しています。配信を停止するには、次のリンクを開いてください。\n{link}',
  'page.updates.title': 'この請願に関するメールの停止',
  'page.updates.intro': 'この請願に関するメールは今後送信されません。署名は引き続き有効です。',
  'page.updates.button': 'メールを停止する',
  'page.updates.stopped.title': 'メールを停止しました',
  'page.updates.stopped.body': 'この請願に関するメールは今後送信されません。署名は引き続き有効です。',
  'mail.replies.confirm.subject': '返信のメール通知の確認をお願いします：{title}',
  'mail.replies.confirm.body':
    '意見交換「{title}」で、投稿したコメントに返信があったときにメールでお知らせするよう、お申し込みを受け付けました。\n\n確認するには、次のリンクを開いて「確認する」ボタンを押してください。\n{link}\n\nこのリンクの有効期間は {duration}です。確認していただくまで、これ以外のメールはお送りしません。お申し込みに心当たりがない場合は、このメールを無視してください。',
  'mail.replies.digest.subject': 'コメントへの新しい返信：{title}',
  'mail.replies.digest.body': '意見交換「{title}」で、投稿したコメントに新しい返信がありました。',
  'mail.replies.reply': '{name} さんの返信：',
  'mail.replies.anonymous': '匿名',
  'mail.replies.more': 'その他の新しい返信：{count} 件',
  'mail.replies.read': '意見交換を読む：\n{link}',
  'mail.replies.stop':
    'このメールは、コメントの投稿時にお申し込みいただいたため送信しています（1 時間に 1 通まで）。配信を停止するには、次のリンクを開いてください。\n{link}',
  'page.discussion': '意見交換：{title}',
  'page.replies.confirm.title': '返信のメール通知の確認',
  'page.replies.confirm.intro':
    'この意見交換で、投稿したコメントに返信があったときにメールでお知らせするよう、お申し込みを受け付けました。確認していただくまで、メールはお送りしません。',
  'page.replies.confirm.button': '確認する',
  'page.replies.confirm.ignore': 'お申し込みに心当たりがない場合は、このページを閉じてください。返信に関するメールは届きません。',
  'page.replies.confirmed.title': '返信のメール通知を確認しました',
  'page.replies.confirmed.body':
    'この意見交換で、投稿したコメントに返信があると、メールでお知らせします（1 時間に 1 通まで）。各メールに、配信を停止するためのリンクがあります。',
  'page.replies.unknown.body': 'このリンクは有効ではありません。最新のメールにあるリンクを最後まで正しく開いたかご確認ください。',
  'page.replies.expired.body':
    '確認リンクの有効期間は {duration}で、このリンクは期限が切れています。次にコメントを投稿するときに、もう一度メールアドレスを入力してください。',
  'page.replies.stop.title': '返信のメール通知の停止',
  'page.replies.stop.intro': 'この意見交換の返信に関するメールは今後送信されません。投稿したコメントはそのまま残ります。',
  'page.replies.stop.all': 'ほかのすべての意見交換でも、返信のメール通知を停止する（今後の意見交換を含む）',
  'page.replies.stop.button': 'メールを停止する',
  'page.replies.stopped.body': 'この意見交換の返信に関するメールは今後送信されません。',
  'page.replies.stopped.all': 'このメールアドレスには、どの意見交換についても、返信に関するメールは今後送信されません。',
  'page.replies.back': '意見交換に戻る',
  'page.back': '請願に戻る',
  'page.home': '{agency} のサイトへ',
};

export default messages;
