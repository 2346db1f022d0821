/** Escapes text for HTML: user text in the page is never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface ConfirmPage {
  title: string;
  message: string;
  petitionTitle?: string;
  backUrl?: string | null;
}

/** A short, accessible, script-free page shown after the confirmation link. */
export function renderConfirmPage(page: ConfirmPage): string {
  const back = page.backUrl ? `<p><a href="${escapeHtml(page.backUrl)}">Return to the page where you signed</a></p>` : '';
  const petition = page.petitionTitle ? `<p>Petition: <strong>${escapeHtml(page.petitionTitle)}</strong></p>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}h1{font-size:1.75rem}a{color:#1d4ed8}a:focus{outline:3px solid #f59e0b;outline-offset:2px}</style>
</head>
<body>
<main>
<h1>${escapeHtml(page.title)}</h1>
<p>${escapeHtml(page.message)}</p>
${petition}
${back}
</main>
</body>
</html>
`;
}
