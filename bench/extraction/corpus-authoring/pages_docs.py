"""Documentation pages: code, tables and lists; the main content is marked by hand."""

import random

from sites import docusaurus, github_repo, sphinx_docs

LOGGING = """<!--MAIN--><section id="configuring-logging"><h1>Configuring logging<a class="headerlink" href="#configuring-logging" title="Permalink to this heading">¶</a></h1>
<p>Tideline writes its logs through the standard <code class="docutils literal notranslate"><span class="pre">logging</span></code> module. By default it logs at <code>INFO</code> level to standard error in a human-readable format. This page shows how to change the level, the format and the destination.</p>
<section id="setting-the-level"><h2>Setting the level<a class="headerlink" href="#setting-the-level">¶</a></h2>
<p>The quickest way is the <code>TIDELINE_LOG_LEVEL</code> environment variable:</p>
<div class="highlight-console notranslate"><div class="highlight"><pre><span></span><span class="gp">$ </span>TIDELINE_LOG_LEVEL=DEBUG tideline serve
</pre></div></div>
<p>In code, configure the <code>tideline</code> logger before you create the application:</p>
<div class="highlight-python notranslate"><div class="highlight"><pre><span></span><span class="kn">import</span> <span class="nn">logging</span>
<span class="kn">import</span> <span class="nn">tideline</span>

<span class="n">logging</span><span class="o">.</span><span class="n">getLogger</span><span class="p">(</span><span class="s2">"tideline"</span><span class="p">)</span><span class="o">.</span><span class="n">setLevel</span><span class="p">(</span><span class="n">logging</span><span class="o">.</span><span class="n">DEBUG</span><span class="p">)</span>
<span class="n">app</span> <span class="o">=</span> <span class="n">tideline</span><span class="o">.</span><span class="n">App</span><span class="p">()</span>
</pre></div></div>
<div class="admonition note"><p class="admonition-title">Note</p><p><code>DEBUG</code> logs every request header. Do not enable it in production if requests carry credentials.</p></div>
</section>
<section id="structured-output"><h2>Structured output<a class="headerlink" href="#structured-output">¶</a></h2>
<p>For log aggregators, switch to JSON lines with the <code>log_format</code> setting. Each line then holds one object:</p>
<div class="highlight-json notranslate"><div class="highlight"><pre>{"ts": "2026-11-20T10:04:12.331Z", "level": "INFO", "logger": "tideline.http", "msg": "GET /health 200", "duration_ms": 2}
</pre></div></div>
<p>The available fields are:</p>
<table class="docutils align-default"><thead><tr class="row-odd"><th class="head"><p>Field</p></th><th class="head"><p>Type</p></th><th class="head"><p>Description</p></th></tr></thead>
<tbody><tr class="row-even"><td><p><code>ts</code></p></td><td><p>string</p></td><td><p>Timestamp in RFC 3339, UTC</p></td></tr>
<tr class="row-odd"><td><p><code>level</code></p></td><td><p>string</p></td><td><p>Log level name</p></td></tr>
<tr class="row-even"><td><p><code>logger</code></p></td><td><p>string</p></td><td><p>Name of the logger that emitted the record</p></td></tr>
<tr class="row-odd"><td><p><code>msg</code></p></td><td><p>string</p></td><td><p>The formatted message</p></td></tr>
<tr class="row-even"><td><p><code>duration_ms</code></p></td><td><p>integer</p></td><td><p>Request duration, on access log lines only</p></td></tr></tbody></table>
</section>
<section id="writing-to-a-file"><h2>Writing to a file<a class="headerlink" href="#writing-to-a-file">¶</a></h2>
<p>Set <code>log_file</code> to a path. Tideline rotates the file when it reaches <code>log_max_bytes</code> and keeps <code>log_backups</code> old files:</p>
<div class="highlight-toml notranslate"><div class="highlight"><pre>[logging]
log_file = "/var/log/tideline/app.log"
log_max_bytes = 10485760
log_backups = 5
</pre></div></div>
<div class="admonition warning"><p class="admonition-title">Warning</p><p>When several worker processes write to the same file, rotation is not safe. Log to standard error and let your process manager collect the output instead.</p></div>
</section></section><!--/MAIN-->"""

CLI = """<!--MAIN--><header><h1>CLI reference</h1></header>
<p>The <code>harbor</code> command line tool builds, previews and deploys a site. Every command accepts <code>--help</code>.</p>
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="installation">Installation<a href="#installation" class="hash-link" aria-label="Direct link to Installation" title="Direct link to Installation">​</a></h2>
<div class="language-bash codeBlockContainer_Ckt0 theme-code-block"><div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-bash codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv"><span class="token-line"><span class="token function">npm</span><span class="token plain"> </span><span class="token function">install</span><span class="token plain"> --save-dev @harbor/cli</span><br></span></code></pre><div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn">Copy</button></div></div></div>
<h2 id="commands">Commands<a href="#commands" class="hash-link">​</a></h2>
<table><thead><tr><th>Command</th><th>Description</th></tr></thead><tbody>
<tr><td><code>harbor start</code></td><td>Starts a local development server with live reload</td></tr>
<tr><td><code>harbor build</code></td><td>Builds the site for production into <code>build/</code></td></tr>
<tr><td><code>harbor serve</code></td><td>Serves the production build locally</td></tr>
<tr><td><code>harbor deploy</code></td><td>Builds and publishes the site to the configured host</td></tr>
<tr><td><code>harbor clear</code></td><td>Removes generated assets and caches</td></tr></tbody></table>
<h3 id="harbor-start">harbor start<a href="#harbor-start" class="hash-link">​</a></h3>
<p>Starts the development server. Changes to content and configuration reload the page.</p>
<table><thead><tr><th>Option</th><th>Default</th><th>Description</th></tr></thead><tbody>
<tr><td><code>--port</code></td><td><code>3000</code></td><td>Port to listen on</td></tr>
<tr><td><code>--host</code></td><td><code>localhost</code></td><td>Host to bind to; use <code>0.0.0.0</code> to listen on all interfaces</td></tr>
<tr><td><code>--locale</code></td><td>default locale</td><td>Locale to preview</td></tr>
<tr><td><code>--no-open</code></td><td><code>false</code></td><td>Do not open a browser window</td></tr></tbody></table>
<h3 id="harbor-deploy">harbor deploy<a href="#harbor-deploy" class="hash-link">​</a></h3>
<p>Builds the site and pushes the result to the branch named in <code>deployment.branch</code>. In CI, set <code>GIT_USER</code> and a token with write access:</p>
<div class="language-yaml codeBlockContainer_Ckt0 theme-code-block"><div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-yaml codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv"><span class="token-line"><span class="token key atrule">- name</span><span class="token punctuation">:</span><span class="token plain"> Deploy</span><br></span><span class="token-line"><span class="token plain">  </span><span class="token key atrule">run</span><span class="token punctuation">:</span><span class="token plain"> npx harbor deploy</span><br></span><span class="token-line"><span class="token plain">  </span><span class="token key atrule">env</span><span class="token punctuation">:</span><br></span><span class="token-line"><span class="token plain">    </span><span class="token key atrule">GIT_USER</span><span class="token punctuation">:</span><span class="token plain"> ci-bot</span><br></span><span class="token-line"><span class="token plain">    </span><span class="token key atrule">GIT_PASS</span><span class="token punctuation">:</span><span class="token plain"> ${{ secrets.DEPLOY_TOKEN }}</span><br></span></code></pre></div></div>
<div class="theme-admonition theme-admonition-tip admonition_xJq3 alert alert--success"><div class="admonitionHeading_Gvgb">Tip</div><div class="admonitionContent_BuS1"><p>Run <code>harbor build</code> locally before deploying to catch broken links: the build fails on any link that points to a missing page.</p></div></div>
<h3 id="harbor-clear">harbor clear<a href="#harbor-clear" class="hash-link">​</a></h3>
<p>Deletes <code>.harbor/</code> and <code>build/</code>. Use it when the development server shows stale content after you upgrade a plugin.</p><!--/MAIN-->"""


def config_reference():
    """A large generated-looking reference page; the rows are written from a fixed vocabulary."""
    r = random.Random(31)
    groups = ["server", "storage", "cache", "auth", "queue", "metrics", "tracing", "mail", "search", "backup"]
    nouns = ["timeout", "max-connections", "retry-count", "pool-size", "buffer-bytes", "interval", "enabled",
             "path", "host", "port", "threads", "batch-size", "ttl", "compression", "tls-verify"]
    meanings = {
        "timeout": "How long to wait before giving up on one operation",
        "max-connections": "Upper bound of open connections; further requests queue",
        "retry-count": "How many times a failed operation is retried before it is reported",
        "pool-size": "Number of pooled resources kept ready",
        "buffer-bytes": "Size of the in-memory buffer before data is flushed",
        "interval": "Time between two runs of the periodic task",
        "enabled": "Turns the feature on or off",
        "path": "Filesystem location used by the component",
        "host": "Address the component connects to or listens on",
        "port": "TCP port the component connects to or listens on",
        "threads": "Worker threads dedicated to the component",
        "batch-size": "Items processed together in one batch",
        "ttl": "How long an entry stays valid",
        "compression": "Compression applied to stored or transmitted data",
        "tls-verify": "Whether certificates of the remote side are verified",
    }
    defaults = {"timeout": "30s", "max-connections": "100", "retry-count": "3", "pool-size": "16",
                "buffer-bytes": "65536", "interval": "1m", "enabled": "true", "path": "/var/lib/mooring",
                "host": "127.0.0.1", "port": "8080", "threads": "4", "batch-size": "500", "ttl": "10m",
                "compression": "zstd", "tls-verify": "true"}
    sections = []
    for g in groups:
        rows = []
        for n in nouns:
            for variant in ["", "read-", "write-"]:
                if variant and n not in ("timeout", "buffer-bytes", "batch-size", "threads", "retry-count"):
                    continue
                key = "%s.%s%s" % (g, variant, n)
                rows.append("<tr><td><code>%s</code></td><td><code>%s</code></td><td>%s%s.</td><td>%s</td></tr>" % (
                    key, defaults[n], meanings[n], " for %s operations" % variant[:-1] if variant else "",
                    "yes" if r.random() < 0.3 else "no"))
        sections.append(
            '<h2 id="%s">%s<a href="#%s" class="hash-link">​</a></h2><p>Settings of the %s component. Keys are read from '
            '<code>mooring.toml</code> and can be overridden with <code>MOORING_%s_*</code> environment variables.</p>'
            '<table><thead><tr><th>Key</th><th>Default</th><th>Description</th><th>Reloadable</th></tr></thead><tbody>%s</tbody></table>'
            '<div class="language-toml codeBlockContainer_Ckt0"><pre class="prism-code language-toml"><code>[%s]\ntimeout = "%ds"\nthreads = %d\nenabled = true\n</code></pre></div>'
            % (g, g.capitalize(), g, g, g.upper(), "".join(rows), g, r.randint(5, 60), r.randint(2, 16)))
    return ("<!--MAIN--><header><h1>Configuration reference</h1></header><p>Every setting Mooring reads, grouped by component, "
            "with its default. Durations accept <code>ms</code>, <code>s</code>, <code>m</code> and <code>h</code> suffixes; sizes are in bytes.</p>"
            + "".join(sections) + "<!--/MAIN-->")


README = """<!--MAIN--><div class="markdown-heading"><h1 class="heading-element">pebble</h1></div>
<p><a href="https://ci.example.org/pebble"><img src="https://ci.example.org/pebble/badge.svg" alt="CI"></a> <a href="https://crates.example.io/crates/pebble"><img src="https://img.shields.example/crates/v/pebble.svg" alt="crates.io"></a></p>
<p><strong>pebble</strong> is a small, fast static file server for local development. It serves a directory over HTTP, reloads the browser when files change, and gets out of your way.</p>
<div class="markdown-heading"><h2 class="heading-element">Features</h2></div>
<ul><li>Single binary, no runtime dependencies</li><li>Live reload over a WebSocket, injected into HTML pages</li><li>Directory listings that can be switched off</li><li>Optional HTTPS with an automatically generated local certificate</li><li>SPA mode: unknown paths fall back to <code>index.html</code></li></ul>
<div class="markdown-heading"><h2 class="heading-element">Installation</h2></div>
<div class="highlight highlight-source-shell notranslate position-relative overflow-auto" dir="auto"><pre>cargo install pebble-serve</pre></div>
<p>Or download a binary from the <a href="https://codehost.example/pebble/pebble/releases">releases page</a>.</p>
<div class="markdown-heading"><h2 class="heading-element">Usage</h2></div>
<div class="highlight highlight-source-shell notranslate position-relative overflow-auto" dir="auto"><pre>pebble ./public --port 8000 --spa</pre></div>
<table><thead><tr><th>Flag</th><th>Default</th><th>Description</th></tr></thead><tbody>
<tr><td><code>--port</code></td><td>8080</td><td>Port to listen on</td></tr>
<tr><td><code>--host</code></td><td>127.0.0.1</td><td>Interface to bind</td></tr>
<tr><td><code>--spa</code></td><td>off</td><td>Serve <code>index.html</code> for unknown paths</td></tr>
<tr><td><code>--no-reload</code></td><td>off</td><td>Disable live reload</td></tr>
<tr><td><code>--https</code></td><td>off</td><td>Serve over HTTPS with a local certificate</td></tr></tbody></table>
<div class="markdown-heading"><h2 class="heading-element">Configuration file</h2></div>
<p>Flags can also live in a <code>pebble.toml</code> next to the served directory:</p>
<div class="highlight highlight-source-toml notranslate position-relative overflow-auto" dir="auto"><pre>port = 8000
spa = true
headers = { "Cache-Control" = "no-store" }</pre></div>
<div class="markdown-heading"><h2 class="heading-element">Contributing</h2></div>
<p>Issues and pull requests are welcome. Please run <code>cargo fmt</code> and <code>cargo test</code> before opening a pull request, and add a line to <code>CHANGELOG.md</code> for user-visible changes.</p>
<div class="markdown-heading"><h2 class="heading-element">License</h2></div>
<p>MIT. See <a href="/pebble/pebble/blob/main/LICENSE">LICENSE</a>.</p><!--/MAIN-->"""

CHANGELOG = """<!--MAIN--><header><h1>Release notes: 4.1</h1></header>
<p>Harbor 4.1 was released on 12 November 2026. It is a minor release: upgrading from 4.0 needs no changes to your configuration, but read the deprecations below.</p>
<h2 id="highlights">Highlights<a href="#highlights" class="hash-link">​</a></h2>
<ul><li><strong>Faster builds.</strong> Incremental builds now cache rendered Markdown between runs; large sites rebuild up to 3× faster.</li>
<li><strong>Image sizes.</strong> The image plugin generates <code>srcset</code> variants automatically.</li>
<li><strong>Search.</strong> The local search index is now built in a worker thread and no longer blocks the dev server.</li></ul>
<h2 id="new-options">New options<a href="#new-options" class="hash-link">​</a></h2>
<div class="language-js codeBlockContainer_Ckt0"><pre class="prism-code language-js"><code>export default {
  future: {
    experimentalCache: true,
  },
  images: {
    widths: [480, 960, 1440],
  },
};</code></pre></div>
<h2 id="deprecations">Deprecations<a href="#deprecations" class="hash-link">​</a></h2>
<ul><li><code>themeConfig.sidebarCollapsible</code> is deprecated; use <code>docs.sidebar.collapsible</code> instead. It will be removed in 5.0.</li>
<li>Node.js 18 is no longer supported. Harbor 4.1 requires Node.js 20 or later.</li></ul>
<h2 id="bug-fixes">Bug fixes<a href="#bug-fixes" class="hash-link">​</a></h2>
<ul><li>Fixed broken anchors when a heading contained inline code (#4121).</li><li>The dev server no longer crashes when a file is renamed while it is being read (#4133).</li><li>Trailing slashes are now consistent between <code>harbor serve</code> and deployed sites (#4150).</li></ul>
<h2 id="upgrading">Upgrading<a href="#upgrading" class="hash-link">​</a></h2>
<div class="language-bash codeBlockContainer_Ckt0"><pre class="prism-code language-bash"><code>npm install @harbor/core@4.1 @harbor/cli@4.1</code></pre></div>
<p>Thanks to the 37 contributors who made this release possible.</p><!--/MAIN-->"""


PAGES = [
    ("docs-sphinx-logging", "utf-8", sphinx_docs(dict(
        seed=31, site_name="Tideline", crumb="Logging", title="Configuring logging — Tideline 3.2 documentation",
        article=LOGGING))),
    ("docs-docusaurus-cli", "utf-8", docusaurus(dict(
        seed=32, site_name="Harbor", crumb="CLI reference", title="CLI reference | Harbor",
        toc=["Installation", "Commands", "harbor start", "harbor deploy", "harbor clear"], article=CLI))),
    ("docs-config-reference-large", "utf-8", docusaurus(dict(
        seed=33, site_name="Mooring", crumb="Configuration reference", title="Configuration reference | Mooring",
        toc=["Server", "Storage", "Cache", "Auth", "Queue", "Metrics", "Tracing", "Mail", "Search", "Backup"],
        article=config_reference(), css=800))),
    ("docs-readme-repository", "utf-8", github_repo(dict(
        seed=34, repo="pebble/pebble", title="GitHub - pebble/pebble: A small, fast static file server for local development",
        about="A small, fast static file server for local development", topics=["rust", "http-server", "live-reload", "static-site"],
        files=[(".github", "ci: test on windows"), ("src", "fix windows paths in listings"), ("tests", "add spa fallback tests"),
               (".gitignore", "initial commit"), ("CHANGELOG.md", "release 2.4.0"), ("Cargo.lock", "bump dependencies"),
               ("Cargo.toml", "release 2.4.0"), ("LICENSE", "initial commit"), ("README.md", "document pebble.toml")],
        og={"title": "pebble/pebble", "site_name": "CodeHost"}, article=README))),
    ("docs-release-notes", "utf-8", docusaurus(dict(
        seed=35, site_name="Harbor", crumb="Release notes", title="Release notes: 4.1 | Harbor",
        toc=["Highlights", "New options", "Deprecations", "Bug fixes", "Upgrading"], article=CHANGELOG, css=600))),
]
