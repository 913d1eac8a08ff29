// Renders the OpenAPI document as one plain HTML page (served at /api/docs from the app's own origin: no
// scripts, no CDN, one same-origin stylesheet). Schemas are shown as JSON inside <details>.
import type { OpenApiDocument } from "./document";

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Just enough Markdown for the descriptions: paragraphs, `code`, and pipe tables. */
function markdown(text: string): string {
  const inline = (s: string) => escape(s).replace(/`([^`]+)`/g, "<code>$1</code>");
  return text
    .split(/\n{2,}/)
    .map((block) => {
      const lines = block.trim().split("\n");
      if (lines.length > 1 && lines.every((l) => l.trim().startsWith("|"))) {
        const cells = (l: string) => l.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim());
        const [head, , ...rows] = lines;
        return `<table><thead><tr>${cells(head!).map((c) => `<th>${inline(c)}</th>`).join("")}</tr></thead><tbody>${rows
          .map((r) => `<tr>${cells(r).map((c) => `<td>${inline(c)}</td>`).join("")}</tr>`)
          .join("")}</tbody></table>`;
      }
      return `<p>${inline(block)}</p>`;
    })
    .join("");
}

const json = (value: unknown) => `<pre>${escape(JSON.stringify(value, null, 2))}</pre>`;

type Op = {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: { name: string; in: string; required: boolean; description?: string; schema: unknown }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
  "x-required-role"?: string;
};

export function renderDocsHtml(doc: OpenApiDocument, stylesheet: string, pageTitle?: { text: string; lang: string }): string {
  const ops: { method: string; path: string; op: Op }[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) ops.push({ method, path, op: op as Op });
  }
  const sections = doc.tags.map(({ name }) => {
    const items = ops.filter((o) => o.op.tags.includes(name));
    return `<section><h2 id="${escape(name)}">${escape(name)}</h2>${items
      .map(({ method, path, op }) => {
        const params = op.parameters?.length
          ? `<h4>Parameters</h4><table><thead><tr><th>Name</th><th>In</th><th>Required</th><th>Description</th><th>Schema</th></tr></thead><tbody>${op.parameters
              .map((p) => `<tr><td><code>${escape(p.name)}</code></td><td>${p.in}</td><td>${p.required ? "yes" : "no"}</td><td>${escape(p.description ?? "")}</td><td><code>${escape(JSON.stringify(p.schema))}</code></td></tr>`)
              .join("")}</tbody></table>`
          : "";
        const body = op.requestBody
          ? `<h4>Request body</h4>${Object.entries(op.requestBody.content)
              .map(([type, c]) => `<details><summary><code>${escape(type)}</code></summary>${json(c.schema)}</details>`)
              .join("")}`
          : "";
        const responses = `<h4>Responses</h4><ul class="responses">${Object.entries(op.responses)
          .map(([status, r]) => {
            const schemas = Object.entries(r.content ?? {})
              .map(([type, c]) => `<details><summary><code>${escape(type)}</code></summary>${json(c.schema)}</details>`)
              .join("");
            return `<li><strong class="status s${status[0]}">${status}</strong> ${escape(r.description)}${schemas}</li>`;
          })
          .join("")}</ul>`;
        const role = op["x-required-role"] ? `<span class="role">${escape(op["x-required-role"])}</span>` : "";
        return `<article id="${escape(op.operationId)}"><h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escape(path)}</code> ${role}</h3><p class="summary">${escape(op.summary)}</p>${op.description ? markdown(op.description) : ""}${params}${body}${responses}</article>`;
      })
      .join("")}</section>`;
  });
  const nav = doc.tags.map(({ name }) => `<a href="#${escape(name)}">${escape(name)}</a>`).join(" · ");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${pageTitle ? `<title lang="${escape(pageTitle.lang)}">${escape(pageTitle.text)}</title>` : `<title>${escape(doc.info.title)}</title>`}<link rel="stylesheet" href="${escape(stylesheet)}"></head>
<body><main>
<h1>${escape(doc.info.title)} <small>OpenAPI ${escape(doc.openapi)}</small></h1>
${markdown(doc.info.description)}
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>. Authentication: a session cookie (sign in on the site) or <code>Authorization: Bearer &lt;token&gt;</code>; endpoints marked <span class="role">editor</span> or <span class="role">admin</span> need that role.</p>
<nav>${nav}</nav>
${sections.join("\n")}
</main></body></html>`;
}

export const DOCS_CSS = `
:root { color-scheme: light dark; --fg: #1b2333; --muted: #5b6578; --line: #d8dde6; --bg: #fff; --code: #f3f5f9; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e9ef; --muted: #9aa3b5; --line: #2c3446; --bg: #10151f; --code: #1a2130; } }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, sans-serif; }
main { max-width: 960px; margin: 0 auto; padding: 24px 16px 64px; }
h1 small { font-size: 0.5em; color: var(--muted); font-weight: normal; }
h2 { border-bottom: 1px solid var(--line); padding-bottom: 4px; margin-top: 40px; }
article { border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; margin: 16px 0; }
h3 { margin: 0; font-size: 1em; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
h4 { margin: 12px 0 4px; font-size: 0.9em; color: var(--muted); }
.summary { margin: 6px 0; }
.method { font: 600 12px/1 ui-monospace, monospace; padding: 4px 6px; border-radius: 4px; color: #fff; background: #4a5568; }
.method.get { background: #2b6cb0; } .method.post { background: #2f855a; } .method.patch { background: #b7791f; } .method.delete { background: #c53030; }
.role { font-size: 12px; border: 1px solid var(--line); border-radius: 10px; padding: 1px 8px; color: var(--muted); }
code, pre { font-family: ui-monospace, monospace; font-size: 13px; }
pre { background: var(--code); padding: 8px; border-radius: 6px; overflow: auto; max-height: 420px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
td code { word-break: break-all; }
.responses { list-style: none; padding: 0; margin: 0; }
.responses li { margin: 4px 0; }
.status { font-family: ui-monospace, monospace; }
.s2 { color: #2f855a; } .s3 { color: #2b6cb0; } .s4 { color: #c05621; } .s5 { color: #c53030; }
nav { margin: 16px 0; }
a { color: #3b82f6; }
`;
