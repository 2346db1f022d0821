/*
 * One mailbox, one signature: the form of an e-mail address that tells
 * whether two addresses reach the same mailbox. Mail still goes to the
 * address as typed; this form is only compared (and, on the server, hashed).
 */

/**
 * Providers whose mailboxes ignore dots in the local part, by domain, with the
 * domain their addresses are compared under. Only Gmail documents this
 * (googlemail.com is the same service). Outlook/Hotmail, Yahoo, iCloud, AOL,
 * Fastmail and GMX deliver `a.da` and `ada` to different mailboxes, so they
 * are not listed; Google Workspace domains keep dots too.
 */
const DOTLESS_DOMAINS: Readonly<Record<string, string>> = {
  'gmail.com': 'gmail.com',
  'googlemail.com': 'gmail.com',
};

/**
 * The canonical form of an e-mail address: trimmed and lower-cased, without a
 * sub-address (`ada+news@` → `ada@`, which nearly every provider delivers to
 * `ada@`), and without dots in the local part where the provider ignores
 * them (`a.da@gmail.com` → `ada@gmail.com`). Two addresses with the same
 * canonical form count as one mailbox.
 */
export function canonicalEmail(address: string): string {
  const email = address.trim().toLowerCase();
  // The domain follows the last "@": a quoted local part may contain one.
  const at = email.lastIndexOf('@');
  if (at <= 0) return email;
  let local = email.slice(0, at);
  let domain = email.slice(at + 1).replace(/\.+$/, '');
  const plus = local.indexOf('+', local.startsWith('"') ? local.lastIndexOf('"') : 0);
  if (plus > 0) local = local.slice(0, plus);
  const dotless = DOTLESS_DOMAINS[domain];
  if (dotless) {
    domain = dotless;
    local = local.replaceAll('.', '');
  }
  return `${local}@${domain}`;
}
