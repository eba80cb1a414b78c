// The panel's HTML document: no React, so that the panel's first load stays within its budget.
// Pure, so it can be tested without a server.

const PANEL_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2937;background:#fff}
#app{display:flex;flex-direction:column;height:100%}
header{display:flex;align-items:center;gap:8px;padding:12px 14px;background:var(--c);color:#fff}
header h1{flex:1;margin:0;font-size:16px}
header button{background:none;border:0;color:#fff;font-size:20px;cursor:pointer;padding:0 4px}
main{flex:1;overflow:auto;padding:14px}
input,textarea{width:100%;font:inherit;padding:9px 10px;border:1px solid #cbd5e1;border-radius:8px}
textarea{min-height:70px;resize:vertical}
input:focus,textarea:focus,button:focus-visible{outline:2px solid var(--c);outline-offset:1px}
ul{list-style:none;margin:8px 0;padding:0}
li[role=option],li>button.a{display:block;width:100%;text-align:left;padding:8px 10px;border:0;border-radius:8px;background:none;font:inherit;color:inherit;cursor:pointer}
li[role=option][aria-selected=true],li[role=option]:hover,li>button.a:hover{background:#f1f5f9}
li small{display:block;color:#64748b}
h2{font-size:13px;color:#64748b;margin:14px 0 4px;text-transform:uppercase;letter-spacing:.03em}
.btn{display:inline-block;border:0;border-radius:8px;padding:9px 14px;background:var(--c);color:#fff;font:inherit;cursor:pointer}
.btn.ghost{background:#f1f5f9;color:#1f2937}
.help{margin-top:16px;padding-top:12px;border-top:1px solid #e2e8f0}
.note{color:#64748b;font-size:13px}
.err{color:#b91c1c}
.ok{color:#15803d}
article img{max-width:100%}
.log{display:flex;flex-direction:column;gap:6px;margin:8px 0}
.msg{max-width:85%;padding:7px 10px;border-radius:10px;background:#f1f5f9;white-space:pre-wrap;word-wrap:break-word}
.msg.VISITOR{align-self:flex-end;background:var(--c);color:#fff}
.msg.SYSTEM{align-self:center;background:none;color:#64748b;font-size:13px}
form{display:flex;flex-direction:column;gap:8px}
label{font-size:13px;color:#475569}
`;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function renderPanelDocument({
  locale,
  parentOrigin,
  color,
}: {
  locale: string;
  parentOrigin: string;
  color: string;
}): string {
  const safeColor = /^#[0-9a-fA-F]{6}$/.test(color) ? color : "#0f766e";
  return `<!doctype html><html lang="${escapeAttribute(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Help</title><style>:root{--c:${safeColor}}${PANEL_CSS}</style></head><body><div id="app" data-locale="${escapeAttribute(locale)}" data-origin="${escapeAttribute(parentOrigin)}"></div><script src="/widget/panel.js" defer></script></body></html>`;
}

/** The CSP of the panel: scripts and requests to the app only, framed only by allowed shop origins. */
export function panelContentSecurityPolicy(allowedOrigins: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors 'self' ${allowedOrigins.join(" ")}`.trim(),
  ].join("; ");
}
