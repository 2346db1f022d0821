import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API ტოკენების გვერდი, ქართულად. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API ტოკენები',
  'tokens.intro':
    'API ტოკენი საშუალებას აძლევს სკრიპტს ან სხვა სისტემას, თქვენ ნაცვლად გამოიყენოს ადმინისტრირების API სამუშაოს ავტომატიზაციისთვის, მაგალითად, შედეგების ღამის ექსპორტისთვის. მას შეუძლია ის, რასაც თქვენი როლი იძლევა ({role}).',
  'tokens.howTo': 'სკრიპტი ტოკენს აგზავნის ყოველი მოთხოვნის Authorization სათაურში:',
  'tokens.loading': 'თქვენი ტოკენები იტვირთება…',
  'tokens.loadError': 'თქვენი ტოკენების ჩატვირთვა ვერ მოხერხდა: {detail}',
  'tokens.retry': 'ხელახლა ცდა',
  'tokens.none': 'API ტოკენები არ გაქვთ.',
  'tokens.caption': { one: 'თქვენი {count} ტოკენი', other: 'თქვენი {count} ტოკენი' },
  'col.name': 'სახელი',
  'col.created': 'შექმნის დრო',
  'col.lastUsed': 'ბოლო გამოყენება',
  'col.status': 'სტატუსი',
  'col.actions': 'მოქმედებები',
  'tokens.never': 'არასდროს',
  'tokens.active': 'აქტიური',
  'tokens.revoked': 'ანულირებული',
  'tokens.revoke': 'ანულირება',
  'create.title': 'ტოკენის შექმნა',
  'create.name': 'სახელი',
  'create.nameHint': 'რისთვის არის, რომ მოგვიანებით ამოიცნოთ. მაგალითად: შედეგების ღამის ექსპორტი.',
  'create.submit': 'ტოკენის შექმნა',
  'create.working': 'ტოკენი იქმნება…',
  'create.errorTitle': 'ტოკენი ვერ შეიქმნა',
  'create.nameRequired': 'შეიყვანეთ ტოკენის სახელი',
  'created.title': 'თქვენი ახალი ტოკენი',
  'created.status': 'ტოკენი „{name}“ შეიქმნა.',
  'created.warning':
    'დააკოპირეთ ის ახლავე და შეინახეთ უსაფრთხოდ, მაგალითად, პაროლების მენეჯერში ან თქვენი ავტომატიზაციის საიდუმლო პარამეტრებში. ის აღარ გამოჩნდება. ნებისმიერს, ვისაც ის ექნება, შეუძლია იმოქმედოს თქვენი სახელით.',
  'created.label': 'API ტოკენი „{name}“',
  'created.done': 'შევინახე',
  copy: 'ტოკენის კოპირება',
  copied: 'ტოკენი დაკოპირდა.',
  copyFailed: 'ტოკენი მონიშნულია: დააკოპირეთ ის კლავიატურით ან მენიუთი.',
  'revoke.title': 'ანულირდეს ტოკენი „{name}“?',
  'revoke.body':
    'სკრიპტები და სისტემები, რომლებიც მას იყენებენ, მაშინვე შეწყვეტენ მუშაობას. ამის გაუქმება შეუძლებელია, მაგრამ შეგიძლიათ ახალი ტოკენი შექმნათ.',
  'revoke.confirm': 'დიახ, ანულირდეს',
  'revoke.done': 'ტოკენი „{name}“ ანულირებულია.',
  'revoke.errorTitle': 'ტოკენი ვერ ანულირდა',
  cancel: 'გაუქმება',
  'role.admin': 'ადმინისტრატორი',
  'role.editor': 'რედაქტორი',
  'role.moderator': 'მოდერატორი',
  'role.analyst': 'ანალიტიკოსი',
};

export default messages;
