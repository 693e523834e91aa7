/// The server-rendered pages, as Mustache templates. `{{x}}` escapes HTML; credential data is never
/// rendered with `{{{x}}}`. The only triple-brace value is `body`, which is another rendered template.
/// Pages work without JavaScript and use landmarks, labels and text (not only colour) for status.
enum PageTemplates {
    static let layout = """
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} · Brevet</title>
    <style>
    :root { color-scheme: light; --ink:#1b1f24; --muted:#4a5560; --line:#d0d7de; --ok:#0a6b2d; --bad:#a4001c; --warn:#7a4d00; --accent:#1f4ea3; }
    * { box-sizing: border-box; }
    body { margin:0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:#f6f8fa; }
    a { color: var(--accent); }
    .skip { position:absolute; left:-999px; } .skip:focus { left:1rem; top:1rem; background:#fff; padding:.5rem; }
    header.site { background:#0f2747; color:#fff; padding:.75rem 1.5rem; display:flex; gap:1.5rem; align-items:center; }
    header.site a { color:#fff; text-decoration:none; font-weight:600; }
    header.site nav a { font-weight:400; margin-right:1rem; }
    main { max-width: 60rem; margin: 1.5rem auto; padding: 0 1.5rem; }
    .card { background:#fff; border:1px solid var(--line); border-radius:8px; padding:1.25rem 1.5rem; margin-bottom:1.25rem; }
    h1 { font-size:1.6rem; margin:.2rem 0 1rem; } h2 { font-size:1.2rem; margin:0 0 .75rem; }
    .verdict { border-left: 8px solid var(--muted); }
    .verdict.valid { border-left-color: var(--ok); } .verdict.invalid { border-left-color: var(--bad); } .verdict.indeterminate { border-left-color: var(--warn); }
    .status { font-size:1.3rem; font-weight:700; }
    .valid .status { color: var(--ok); } .invalid .status { color: var(--bad); } .indeterminate .status { color: var(--warn); }
    table { border-collapse: collapse; width:100%; } th, td { text-align:left; padding:.5rem .5rem; border-bottom:1px solid var(--line); vertical-align: top; }
    th { font-weight:600; color:var(--muted); }
    td, dd { overflow-wrap: anywhere; } td:first-child, td.outcome { overflow-wrap: normal; white-space: nowrap; }
    .outcome { font-weight:700; white-space:nowrap; }
    .outcome.passed { color: var(--ok); } .outcome.failed { color: var(--bad); } .outcome.warning, .outcome.could-not-check { color: var(--warn); } .outcome.not-applicable { color: var(--muted); }
    dl.facts { display:grid; grid-template-columns: max-content 1fr; gap:.35rem 1.25rem; margin:0; } dl.facts dt { font-weight:600; color:var(--muted); } dl.facts dd { margin:0; }
    textarea { width:100%; min-height: 14rem; font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; padding:.5rem; border:1px solid #8c959f; border-radius:6px; }
    label { display:block; font-weight:600; margin:.75rem 0 .25rem; }
    button { margin-top:1rem; background:var(--accent); color:#fff; border:0; border-radius:6px; padding:.6rem 1.2rem; font-size:1rem; cursor:pointer; }
    pre { overflow:auto; background:#f6f8fa; padding:.75rem; border-radius:6px; font-size:12.5px; }
    .muted { color: var(--muted); }
    fieldset { border:1px solid var(--line); border-radius:6px; margin:.75rem 0; padding:.5rem 1rem; } legend { font-weight:600; }
    label.inline { display:inline; font-weight:400; margin:0; }
    input[type=text] { max-width:100%; padding:.4rem; border:1px solid #8c959f; border-radius:6px; font-size:1rem; }
    .scroll { overflow-x:auto; } table.compare th[scope=row] { white-space:nowrap; } table.compare td { min-width: 12rem; }
    main:has(.catalog) { max-width: 90rem; }
    footer { text-align:center; color:var(--muted); font-size:.85rem; margin: 2rem 0; }
    </style>
    </head>
    <body>
    <a class="skip" href="#main">Skip to content</a>
    <header class="site"><a href="/">Brevet</a><nav aria-label="Main"><a href="/verify">Verify a credential</a><a href="/catalog">Catalogs</a><a href="/advise">Design advisor</a></nav></header>
    <main id="main">
    {{{body}}}
    </main>
    <footer>Brevet · verifiable credentials (Open Badges 3.0, W3C Verifiable Credentials 2.0)</footer>
    </body>
    </html>
    """

    static let home = """
    <div class="card">
    <h1>Brevet</h1>
    <p>Brevet issues and verifies tamper-proof digital credentials: badges, micro-credentials, certificates and certifications that follow Open Badges 3.0 and W3C Verifiable Credentials 2.0.</p>
    <p><a href="/verify">Verify a credential</a> — paste it or upload its file, and see who issued it, what it certifies, and whether it is still valid.</p>
    </div>
    """

    static let verifyForm = """
    <div class="card">
    <h1>Verify a credential</h1>
    <p>Paste a credential (JSON, or a JWT) or choose its file. Brevet checks the issuer's signature, the validity period, and whether the issuer has revoked or suspended it.</p>
    <form method="post" action="/verify" enctype="multipart/form-data">
    <label for="credential">Credential</label>
    <textarea id="credential" name="credential" spellcheck="false" aria-describedby="credential-help">{{pasted}}</textarea>
    <p id="credential-help" class="muted">JSON with an embedded proof, or a compact JWT (VC-JOSE).</p>
    <label for="file">Or upload a file</label>
    <input id="file" name="file" type="file" accept=".json,.jsonld,.jwt,application/json,text/plain">
    <div><button type="submit">Verify</button></div>
    </form>
    </div>
    """

    static let verdict = """
    <section class="card verdict {{statusClass}}" aria-labelledby="verdict-heading">
    <h1 id="verdict-heading">{{heading}}</h1>
    <p class="status" role="status">{{statusText}}</p>
    <p>{{summary}}</p>
    {{#hasFacts}}<dl class="facts">
    {{#facts}}<dt>{{label}}</dt><dd>{{value}}</dd>{{/facts}}
    </dl>{{/hasFacts}}
    </section>
    <section class="card" aria-labelledby="checks-heading">
    <h2 id="checks-heading">What was checked</h2>
    <table>
    <thead><tr><th scope="col">Check</th><th scope="col">Result</th><th scope="col">Details</th></tr></thead>
    <tbody>
    {{#checks}}<tr><td>{{check}}</td><td class="outcome {{outcomeClass}}">{{outcome}}</td><td>{{message}}</td></tr>
    {{/checks}}
    </tbody>
    </table>
    </section>
    {{#json}}<section class="card" aria-labelledby="json-heading">
    <h2 id="json-heading">The credential</h2>
    {{#download}}<p><a href="{{download}}" type="application/json">Download the credential (JSON)</a></p>{{/download}}
    <details><summary>Show the JSON</summary><pre>{{json}}</pre></details>
    </section>{{/json}}
    <p><a href="/verify">Verify another credential</a></p>
    """

    static let error = """
    <div class="card verdict invalid">
    <h1>{{heading}}</h1>
    <p>{{message}}</p>
    <p><a href="/verify">Verify a credential</a></p>
    </div>
    """
}
