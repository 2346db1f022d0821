import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Shafin Shafukan intanet (shafukan da aka ba izinin aika ƙuri'u, sharhohi, sa hannu da ƙima), da Hausa. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Shafukan intanet',
  'sites.intro':
    "Kowane shafin intanet zai iya nuna widget, amma mutane za su iya kaɗa ƙuri'a, yin sharhi, sa hannu da ba da ƙima ne kawai a kan shafukan intanet da aka ba izini a nan.",
  'sites.loading': 'Ana lodawa…',
  'sites.loadError': 'Ba a iya loda shafukan intanet ɗin ba: {detail}',
  'sites.retry': 'Sake gwadawa',
  'sites.readOnly': 'Masu gudanarwa ne kawai za su iya canza wannan jeri. Ku roƙi ɗaya daga cikinsu ya ba shafinku izini.',
  'refused.title': 'Shafukan intanet da aka ƙi kwanan nan',
  'refused.intro':
    "Shafuka a waɗannan shafukan intanet sun yi ƙoƙarin aika ƙuri'a, sharhi, sa hannu ko ƙima kuma an ƙi su. Idan shafin intanet naku ne, ku ba shi izini.",
  'refused.none': 'Ba a ƙi wani shafin intanet kwanan nan ba.',
  'refused.caption': 'Shafukan intanet da aka ƙi, na baya-bayan nan da farko',
  'refused.allow': 'Ba da izini',
  'refused.note': 'An ba da izini daga jerin shafukan intanet da aka ƙi',
  'col.site': 'Shafin intanet',
  'col.refusals': 'Ƙoƙarin da aka ƙi',
  'col.lastRefused': 'Ƙin ƙarshe',
  'col.firstRefused': 'Ƙin farko',
  'col.note': 'Bayanin kula',
  'col.addedBy': 'Wanda ya ƙara',
  'col.added': 'Ranar ƙarawa',
  'col.action': 'Mataki',
  'allowed.title': 'Shafukan intanet da aka ba izini',
  'allowed.caption': 'Shafukan intanet da aka ba izini',
  'allowed.none': 'Ba a ba wani shafin intanet izini ba tukuna: mutane za su iya shiga ne kawai a shafukan wannan sabar kanta.',
  'allowed.fromEnvironment': 'Saitin sabar',
  'allowed.fromEnvironmentNote': 'An saita shi a CIVIC_ALLOWED_ORIGINS: ku canza shi a saitunan sabar.',
  'allowed.remove': 'Cire',
  'confirm.remove': 'A daina ba {origin} izini?',
  'confirm.removeBody':
    "Mutanen da ke shafukansa ba za su ƙara iya kaɗa ƙuri'a, yin sharhi, sa hannu ko ba da ƙima ba. Widget da ke kan shafukansa tuni za su ci gaba da bayyana.",
  'confirm.yesRemove': 'Ee, cire shi',
  'confirm.cancel': 'Soke',
  'add.title': 'Ba shafin intanet izini',
  'add.origin': 'Adireshin yanar gizo na shafin',
  'add.originHint':
    'Kamar https://www.city.gov. Ana ba kowane shafi na wannan shafin intanet izini; ana yin watsi da duk abin da ya zo bayan sunan shafin.',
  'add.note': 'Bayanin kula (ba dole ba ne)',
  'add.noteHint':
    'Menene shafin kuma wa ke tafiyar da shi, domin wasu su san dalilin da ya sa aka ba shi izini. Har zuwa haruffa 200.',
  'add.submit': 'Ba shafin izini',
  'add.saving': 'Ana adanawa…',
  'add.errorTitle': 'Akwai matsala',
  'error.origin': 'Ku shigar da adireshin yanar gizo na shafin, kamar https://www.city.gov',
  'error.note': 'Bayanin kula kada ya wuce haruffa 200',
  'notice.added': 'An ba {origin} izini: mutanen da ke shafukansa yanzu za su iya shiga.',
  'notice.removed': 'An daina ba {origin} izini.',
};

export default messages;
