/// Templates of the catalog and the design advisor (same rules as ``PageTemplates``: `{{x}}` only).
extension PageTemplates {
    static let catalogIndex = """
    <div class="card">
    <h1>Credential catalogs</h1>
    <p>Every issuer on this Brevet publishes what it awards, with the facts buyers and learners compare.</p>
    <ul>
    {{#issuers}}<li><a href="/catalog?issuer={{query}}">{{name}}</a> <span class="muted">({{count}} achievements)</span></li>
    {{/issuers}}
    </ul>
    {{^issuers}}<p class="muted">No issuer has published an achievement yet.</p>{{/issuers}}
    </div>
    """

    static let catalog = """
    <div class="card">
    <h1>{{issuerName}}: credential catalog</h1>
    <p>{{count}} achievements, side by side: each column is one credential at its current version, each row a fact to compare.</p>
    </div>
    <section class="card catalog" aria-labelledby="compare-heading">
    <h2 id="compare-heading">Compare</h2>
    <div class="scroll" role="region" aria-labelledby="compare-heading" tabindex="0">
    <table class="compare">
    <thead><tr><th scope="col">Fact</th>{{#achievements}}<th scope="col"><a href="{{url}}">{{name}}</a></th>{{/achievements}}</tr></thead>
    <tbody>
    {{#rows}}<tr><th scope="row">{{label}}</th>{{#cells}}<td>{{#lines}}<div>{{.}}</div>{{/lines}}{{^lines}}<span class="muted">—</span>{{/lines}}</td>{{/cells}}</tr>
    {{/rows}}
    </tbody>
    </table>
    </div>
    </section>
    """

    static let advisor = """
    <div class="card">
    <h1>Credential design advisor</h1>
    <p>Four questions decide whether a skill is best certified by a micro-credential, a certification, or micro-credentials that stack into a certification.</p>
    <form method="get" action="/advise">
    <label for="outcome">1. {{q1}}</label>
    <input id="outcome" name="outcome" type="text" value="{{outcome}}" size="60" required aria-describedby="outcome-help">
    <p id="outcome-help" class="muted">For example: “keeps a production platform available”.</p>
    <fieldset><legend>Is that one task or a whole role?</legend>
    {{#scopes}}<div><input type="radio" id="scope-{{value}}" name="scope" value="{{value}}"{{#checked}} checked{{/checked}}> <label class="inline" for="scope-{{value}}">{{label}}</label></div>{{/scopes}}
    </fieldset>
    <fieldset><legend>2. {{q2}}</legend>
    {{#evidences}}<div><input type="radio" id="evidence-{{value}}" name="evidence" value="{{value}}"{{#checked}} checked{{/checked}}> <label class="inline" for="evidence-{{value}}">{{label}}</label></div>{{/evidences}}
    </fieldset>
    <fieldset><legend>3. {{q3}}</legend>
    {{#changes}}<div><input type="radio" id="change-{{value}}" name="change" value="{{value}}"{{#checked}} checked{{/checked}}> <label class="inline" for="change-{{value}}">{{label}}</label></div>{{/changes}}
    </fieldset>
    <fieldset><legend>4. {{q4}}</legend>
    {{#shapes}}<div><input type="radio" id="shape-{{value}}" name="shape" value="{{value}}"{{#checked}} checked{{/checked}}> <label class="inline" for="shape-{{value}}">{{label}}</label></div>{{/shapes}}
    </fieldset>
    <div><button type="submit">Recommend</button></div>
    </form>
    </div>
    {{#problem}}<div class="card verdict invalid" role="alert"><p>{{problem}}</p></div>{{/problem}}
    {{#recommendation}}<section class="card verdict valid" aria-labelledby="recommendation-heading">
    <h2 id="recommendation-heading">Recommendation: {{kind}}</h2>
    <dl class="facts"><dt>Open Badges type</dt><dd>{{achievementType}}</dd><dt>Assessment</dt><dd>{{assessment}}</dd>{{#validity}}<dt>Renew after</dt><dd>{{validity}}</dd>{{/validity}}</dl>
    <h3>Why</h3>
    <ul>{{#reasons}}<li>{{.}}</li>{{/reasons}}</ul>
    </section>{{/recommendation}}
    """
}
