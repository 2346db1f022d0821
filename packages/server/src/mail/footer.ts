import type { Agency } from '../config.js';
import { translator } from '../i18n/index.js';

/** The signature under every mail to citizens: the agency's name and home page, after the usual "-- " line. */
export function mailFooter(agency: Agency, lang: string): string {
  return `\n\n-- \n${translator(lang)('mail.footer', { agency: agency.name })}${agency.url ? `\n${agency.url}` : ''}`;
}
