"""Site templates: each wraps a page's hand-written content in the chrome of one kind of site."""

from chrome import (teaser_grid, ad_slot, analytics_scripts, comment_thread, cookie_banner, css, footer_columns,
                    head, mega_menu, newsletter_box, related_list, share_bar, state_script, svg_sprite)


def news_modern(p):
    """A big news site: React-rendered, semantic tags, mega menu, OneTrust, heavy inline state."""
    s = p["seed"]
    extra = css(s, p.get("css", 900)) + analytics_scripts(p["site"]) + (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
        '"headline":"%s","datePublished":"2026-11-23T08:00:00Z"}</script>' % p["title"])
    body = f"""<body class="article-page">
{svg_sprite(s, p.get("icons", 40))}
<a class="skip-link" href="#main">Skip to content</a>
<div class="top-strip"><span class="date">Monday 23 November 2026</span> <a href="/subscribe">Subscribe from £1 a week</a> <a href="/login">Sign in</a></div>
<header class="site-header"><div class="logo"><a href="/"><img src="/static/logo.svg" alt="{p['site_name']}"></a></div>
<nav aria-label="Sections">{mega_menu(s, 16, 14)}</nav>
<form class="search" action="/search"><input name="q" placeholder="Search {p['site_name']}"><button>Search</button></form></header>
<div class="breaking-ticker"><strong>Breaking</strong> <a href="/news/live">Storm warning issued for the coast on Friday night</a></div>
<div class="page-grid">
<main id="main">
<article class="story">
{p['article']}
</article>
{share_bar("share-tools story-share") if p.get("share", True) else ""}
{newsletter_box("nl-promo") if p.get("newsletter", True) else ""}
{related_list(s + 1, 6, "recirc-module", "More from News") if p.get("related", True) else ""}
{comment_thread(s + 2, p["comments"], "discussion", "dc-item", "Join the conversation") if p.get("comments") else ""}
{teaser_grid(s + 6, p.get("teasers", 90), "more-stories-grid", "More from " + p["site_name"])}
</main>
<aside class="rail">{ad_slot(1)}{related_list(s + 3, 8, "most-read", "Most read", False)}{ad_slot(2)}</aside>
</div>
<footer class="site-footer">{footer_columns(s + 4, 5, 9)}<p>© 2026 {p['site_name']} Ltd. All rights reserved. Registered in England and Wales No. 908396.</p></footer>
{cookie_banner(p.get("cookie", "onetrust"))}
{state_script(s + 5, p.get("state", 120))}
</body>
</html>"""
    return head(p["title"], extra, p.get("lang", "en-GB"), description=p.get("description", ""),
                og=p.get("og"), canonical=p.get("canonical")) + body


def news_classic(p):
    """An older CMS: div soup, no semantic tags, ids for layout, a privacy bar of its own."""
    s = p["seed"]
    extra = css(s, p.get("css", 500)) + analytics_scripts(p["site"])
    nav = "".join('<li><a href="/%s">%s</a></li>' % (w, w.capitalize()) for w in
                  ["news", "business", "markets", "world", "politics", "technology", "opinion", "weather"])
    body = f"""<body>
<div id="wrapper">
<div id="masthead"><div class="logo"><a href="/"><img src="/img/logo.png" alt="{p['site_name']}"></a></div>
<div class="masthead-links"><a href="/epaper">E-paper</a> | <a href="/subscribe">Subscribe</a> | <a href="/login">Log in</a></div></div>
<div id="topnav"><ul>{nav}</ul></div>
<div id="content-area">
<div class="col-main">
<div class="story-tools"><a href="/print">Print</a> <a href="/email">Email</a> <a href="#" class="font-up">A+</a> <a href="#" class="font-down">A-</a></div>
<div class="story-body">
{p['article']}
</div>
<div class="story-tags">Topics: <a href="/tag/rates">Interest rates</a>, <a href="/tag/economy">Economy</a>, <a href="/tag/banking">Banking</a></div>
{related_list(s + 1, 5, "more-stories", "More stories", False)}
{comment_thread(s + 2, p["comments"], "reader-comments", "rc", "Reader comments") if p.get("comments") else ""}
{teaser_grid(s + 6, p.get("teasers", 70), "latest-news", "Latest news")}
</div>
<div class="col-right">
<div id="most-popular">{related_list(s + 3, 10, "popular-list", "Most popular", False)}</div>
<div class="box-markets"><h3>Markets</h3><table class="ticker"><tr><td>FTSE 100</td><td>8,214.3</td><td>+0.4%</td></tr><tr><td>DAX</td><td>19,802.1</td><td>-0.2%</td></tr><tr><td>EUR/USD</td><td>1.0871</td><td>+0.1%</td></tr></table></div>
{ad_slot(3)}
</div>
</div>
<div id="bottom">{footer_columns(s + 4, 4, 6)}<p class="copyright">Copyright 2026 {p['site_name']}. Reproduction without permission is prohibited.</p></div>
</div>
{cookie_banner(p.get("cookie", "generic"))}
</body>
</html>"""
    return head(p["title"], extra, p.get("lang", "en"), charset=p.get("charset", "utf-8"),
                description=p.get("description", ""), og=p.get("og")) + body


def wordpress(p):
    """A WordPress theme: entry-content, widgets, comments-area, post navigation."""
    s = p["seed"]
    extra = css(s, p.get("css", 700)) + '<link rel="stylesheet" href="/wp-content/themes/twentytwenty/style.css">' \
        + "<script>var wpApiSettings = {\"root\":\"/wp-json/\",\"nonce\":\"9f8e7d6c5b\"};</script>"
    widgets = (
        '<section class="widget widget_search"><form role="search" action="/"><input name="s"><button>Search</button></form></section>'
        '<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>'
        + "".join('<li><a href="/%d/post-%d/">%s</a></li>' % (2026, i, t) for i, t in enumerate(
            p.get("recent", ["Planning next year's beds", "Seed swap at the library", "Why I gave up on peat",
                             "October jobs list", "A cheap cold frame from old windows"])))
        + '</ul></section><section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>'
        + "".join('<li><a href="/2026/%02d/">%s 2026</a></li>' % (m, n) for m, n in enumerate(
            ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"], 1))
        + '</ul></section><section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>'
        + "".join('<li><a href="/category/%s/">%s</a> (%d)</li>' % (c.lower(), c, n) for c, n in
                  [("Vegetables", 41), ("Flowers", 17), ("Tools", 9), ("Diary", 88)])
        + "</ul></section>"
    )
    body = f"""<body class="post-template-default single single-post">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">{p['site_name']}</a></p><p class="site-description">{p.get('tagline', 'Notes from a small garden')}</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Home</a></li><li><a href="/about/">About</a></li><li><a href="/category/vegetables/">Vegetables</a></li><li><a href="/category/flowers/">Flowers</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{s}" class="post type-post status-publish format-standard hentry">
{p['article']}
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/vegetables/">Vegetables</a></span> <span class="tags-links">Tagged <a href="/tag/containers/">containers</a>, <a href="/tag/tomatoes/">tomatoes</a></span></footer>
</article>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-twitter" href="/?share=twitter">Twitter</a></li><li><a class="share-facebook" href="/?share=facebook">Facebook</a></li><li><a href="/?share=email">Email</a></li></ul></div>
<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related</h3>{related_list(s + 1, 3, "jp-relatedposts-items", "", True)}</div>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/prev/">Previous: {p.get('prev', 'Seed swap at the library')}</a></div><div class="nav-next"><a href="/next/">Next: {p.get('next', 'October jobs list')}</a></div></div></nav>
{('<div id="comments" class="comments-area">' + comment_thread(s + 2, p["comments"], "comment-list-wrap", "comment", str(p["comments"]) + " thoughts on this post") + '</div>') if p.get("comments") else ""}
</main></div>
<aside id="secondary" class="widget-area">{widgets}{teaser_grid(s + 6, p.get("teasers", 50), "widget popular-posts", "Popular posts")}</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer>
</div>
{cookie_banner(p.get("cookie", "cookielaw"))}
{state_script(s + 5, p.get("state", 30), "wpEmojiSettings")}
</body>
</html>"""
    return head(p["title"], extra, p.get("lang", "en-US"), description=p.get("description", ""),
                og=p.get("og")) + body


def medium_like(p):
    """A hosted blogging platform: obfuscated class names, claps, follow boxes, responses."""
    s = p["seed"]
    extra = css(s, p.get("css", 1200)) + analytics_scripts(p["site"])
    body = f"""<body>
<div id="root"><div class="a b c">
<div class="n o p q"><div class="r s"><a href="/" aria-label="Homepage"><svg width="112" height="25"><path d="M0 0h112v25H0z"/></svg></a></div>
<div class="t u"><a href="/search">Search</a> <a href="/new-story">Write</a> <a href="/m/signin">Sign in</a> <a class="bh bi" href="/m/signin?register=true">Get started</a></div></div>
<div class="ab cd ef">
<div class="gh ij"><div class="kl mn"><img class="op" src="https://miro.example.com/fit/c/88/88/author.jpg" alt="{p['author']}"><div><a href="/@{p['handle']}" class="qr">{p['author']}</a> · <button class="st">Follow</button></div><span class="uv">{p.get('read', 9)} min read · Nov 20, 2026</span></div></div>
<div class="wx yz"><button aria-label="clap">👏 {p.get('claps', '1.2K')}</button> <button aria-label="responses">💬 {p.get('responses', 23)}</button> <button aria-label="bookmark">Save</button> <button>Listen</button> <button>Share</button></div>
<article><div class="pw-article-body">
{p['article']}
</div></article>
<div class="wx yz"><button aria-label="clap">👏 {p.get('claps', '1.2K')}</button> <button aria-label="responses">💬 {p.get('responses', 23)}</button></div>
<div class="ba bb"><div class="bc"><img src="https://miro.example.com/fit/c/128/128/author.jpg" alt=""><h2>Written by {p['author']}</h2><p>{p.get('followers', '4.1K')} Followers · Writer for {p['site_name']}</p><p>{p.get('bio', 'Engineer. Writes about databases and the people who run them.')}</p><button>Follow</button></div></div>
<div class="bd be"><h2>Responses ({p.get('responses', 23)})</h2>{comment_thread(s + 2, p.get('comments', 12), 'be-responses', 'bf', 'What are your thoughts?', False)}</div>
<div class="bg bh"><h2>More from {p['author']}</h2>{related_list(s + 1, 4, 'bi bj', '', True)}<h2>Recommended from our readers</h2>{related_list(s + 3, 6, 'bk bl', '', True)}{teaser_grid(s + 6, p.get("teasers", 80), "bm bn", "More stories")}</div>
</div></div></div>
{state_script(s + 5, p.get("state", 200), "__APOLLO_STATE__")}
</body>
</html>"""
    return head(p["title"], extra, p.get("lang", "en"), description=p.get("description", ""), og=p.get("og")) + body


def sphinx_docs(p):
    """Read the Docs theme: side toctree, breadcrumbs, rst-content, prev/next footer."""
    s = p["seed"]
    extra = css(s, p.get("css", 300)) + '<script src="_static/jquery.js"></script><script src="_static/doctools.js"></script>'
    toc = "".join('<li class="toctree-l1"><a class="reference internal" href="%s.html">%s</a></li>' % (t.lower().replace(" ", "-"), t)
                  for t in p.get("toc", ["Installation", "Quickstart", "Configuration", "Logging", "Deployment",
                                         "Plugins", "API reference", "Changelog", "Contributing", "FAQ"]))
    body = f"""<body class="wy-body-for-nav">
<div class="wy-grid-for-nav">
<nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll"><div class="wy-side-nav-search"><a href="index.html" class="icon icon-home">{p['site_name']}</a><div class="version">{p.get('version', '3.2')}</div>
<div role="search"><form id="rtd-search-form" class="wy-form" action="search.html" method="get"><input type="text" name="q" placeholder="Search docs"></form></div></div>
<div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu"><p class="caption"><span class="caption-text">Contents</span></p><ul>{toc}</ul></div></div></nav>
<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu"><a href="index.html">{p['site_name']}</a></nav>
<div class="wy-nav-content"><div class="rst-content">
<div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li><a href="index.html" class="icon icon-home"></a> »</li><li>{p['crumb']}</li><li class="wy-breadcrumbs-aside"><a href="https://github.com/example/project/blob/main/docs/{p['crumb'].lower()}.rst" class="fa fa-github"> Edit on GitHub</a></li></ul><hr></div>
<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody">
{p['article']}
</div></div>
<footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer"><a href="prev.html" class="btn btn-neutral float-left" title="Previous">Previous</a><a href="next.html" class="btn btn-neutral float-right" title="Next">Next</a></div><hr>
<div role="contentinfo"><p>© Copyright 2019-2026, The {p['site_name']} authors.</p></div>Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a> provided by <a href="https://readthedocs.org">Read the Docs</a>.</footer>
</div></div></section></div>
<div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="Versions"><span class="rst-current-version">v: latest</span><div class="rst-other-versions"><dl><dt>Versions</dt><dd><a href="/en/latest/">latest</a></dd><dd><a href="/en/stable/">stable</a></dd><dd><a href="/en/3.1/">3.1</a></dd></dl></div></div>
</body>
</html>"""
    return head(p["title"], extra, p.get("lang", "en"), description=p.get("description", "")) + body


def docusaurus(p):
    """A docs SPA: navbar, collapsible sidebar, article.markdown, right-hand TOC, pagination."""
    s = p["seed"]
    extra = css(s, p.get("css", 1500)) + '<script src="/assets/js/runtime~main.4f2c.js" defer></script>'
    side = "".join('<li class="menu__list-item"><a class="menu__link" href="/docs/%s">%s</a></li>' % (t.lower().replace(" ", "-"), t)
                   for t in p.get("sidebar", ["Introduction", "Installation", "Configuration", "CLI reference", "Plugins",
                                              "Deploying", "Migrating from v2", "Troubleshooting", "API", "Glossary"]))
    toc = "".join('<li><a href="#%s" class="table-of-contents__link">%s</a></li>' % (h.lower().replace(" ", "-"), h) for h in p.get("toc", []))
    body = f"""<body class="navigation-with-keyboard">
{svg_sprite(s, 15)}
<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>
<div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="content">⭐️ If you like {p['site_name']}, give it a star on <a href="https://github.com/example/project">GitHub</a>!</div></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/"><b class="navbar__title">{p['site_name']}</b></a><a class="navbar__item navbar__link" href="/docs/intro">Docs</a><a class="navbar__item navbar__link" href="/blog">Blog</a><a class="navbar__item" href="/community">Community</a></div><div class="navbar__items navbar__items--right"><div class="dropdown"><a class="navbar__link">v4.1</a></div><div class="searchBox_ZlJk"><button class="DocSearch DocSearch-Button"><span class="DocSearch-Button-Placeholder">Search</span></button></div></div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><nav aria-label="Docs sidebar" class="menu thin-scrollbar"><ul class="theme-doc-sidebar-menu menu__list">{side}</ul></nav></div></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn"><div class="docItemContainer_Djhp">
<article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs"><li class="breadcrumbs__item"><a class="breadcrumbs__link" href="/">🏠</a></li><li class="breadcrumbs__item"><span class="breadcrumbs__link">{p['crumb']}</span></li></ul></nav>
<div class="theme-doc-markdown markdown">
{p['article']}
</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-edit-meta-row"><div class="col"><a href="https://github.com/example/project/edit/main/docs/x.md" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page">Edit this page</a></div><div class="col lastUpdated_vwxv"><span class="theme-last-updated">Last updated on <b><time>Nov 12, 2026</time></b></span></div></div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev" href="/docs/configuration"><div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Configuration</div></a><a class="pagination-nav__link pagination-nav__link--next" href="/docs/plugins"><div class="pagination-nav__sublabel">Next</div><div class="pagination-nav__label">Plugins</div></a></nav>
</div></div><div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">{toc}</ul></div></div></div></div></main>
</div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid">{footer_columns(s + 4, 3, 5)}<div class="footer__copyright">Copyright © 2026 {p['site_name']} contributors. Built with Docusaurus.</div></div></footer></div>
{state_script(s + 5, p.get("state", 60), "__DOCUSAURUS_DATA__")}
</body>
</html>"""
    return head(p["title"], extra, p.get("lang", "en"), description=p.get("description", "")) + body


def phpbb(p):
    """A phpBB 3 forum: posts in div.post with a profile column, quick links, who is online."""
    s = p["seed"]
    extra = css(s, p.get("css", 250))
    posts = []
    for i, (author, rank, date, content) in enumerate(p["posts"]):
        posts.append(f"""<div id="p{1000 + i}" class="post has-profile bg{i % 2 + 1}"><div class="inner">
<dl class="postprofile" id="profile{1000 + i}"><dt class="has-profile-rank has-avatar"><div class="avatar-container"><a href="./memberlist.php?mode=viewprofile&amp;u={40 + i}" class="avatar"><img class="avatar" src="./download/file.php?avatar={40 + i}.png" width="90" height="90" alt="User avatar"></a></div><a href="./memberlist.php?mode=viewprofile&amp;u={40 + i}" class="username">{author}</a></dt>
<dd class="profile-rank">{rank}</dd><dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id={40 + i}&amp;sr=posts">{137 * (i + 3) % 2000}</a></dd><dd class="profile-joined"><strong>Joined:</strong> {['Mar 2011', 'Jan 2019', 'Oct 2015', 'Jul 2022'][i % 4]}</dd><dd class="profile-location"><strong>Location:</strong> {['Leeds', 'Cork', 'Bristol', 'Glasgow', 'Dundee'][i % 5]}</dd></dl>
<div class="postbody"><div id="post_content{1000 + i}">
<h3 {'class="first"' if i == 0 else ''}><a href="#p{1000 + i}">Re: {p['thread_title']}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p={1000 + i}" title="Reply with quote" class="button button-icon-only"><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p={1000 + i}#p{1000 + i}" title="Post"><span>Post</span></a> by <strong><a href="./memberlist.php?mode=viewprofile&amp;u={40 + i}" class="username">{author}</a></strong> » {date}</p>
<!--MAIN--><div class="content">{content}</div><!--/MAIN-->
</div></div>
<div class="back2top"><a href="#top" class="top" title="Top">Top</a></div>
</div></div>
<hr class="divider">""")
    body = f"""<body id="phpbb" class="nojs notouch section-viewtopic ltr">
<div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>{p['site_name']}</h1><p>{p.get('tagline', 'Friendly help with heating, plumbing and DIY since 2004')}</p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value="" placeholder="Search…"><button class="button button-search" type="submit" title="Search">Search</button></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem">FAQ</a></li><li><a href="./ucp.php?mode=register" role="menuitem">Register</a></li><li><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem">Login</a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php" accesskey="h">Board index</a></span><span class="crumb"><a href="./viewforum.php?f=4">{p.get('forum', 'Central heating')}</a></span></li></ul></div></div></div>
<div id="page-body" class="page-body" role="main">
<!--MAIN--><h2 class="topic-title"><a href="./viewtopic.php?t=48213">{p['thread_title']}</a></h2><!--/MAIN-->
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=48213" class="button" title="Post a reply"><span>Post Reply</span></a><div class="pagination">{len(p['posts'])} posts • Page <strong>1</strong> of <strong>1</strong></div></div>
{''.join(posts)}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=48213" class="button"><span>Post Reply</span></a></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=4" class="left-box arrow-left" accesskey="r"><span>Return to “{p.get('forum', 'Central heating')}”</span></a></p></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 14 guests</p></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer linklist" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Board index</a></span></li><li class="rightside"><a href="./ucp.php?mode=delete_cookies">Delete cookies</a></li><li class="rightside">All times are <span title="UTC">UTC</span></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</span></p></div></div>
</div>
</body>
</html>"""
    return head(p["title"], extra, p.get("lang", "en-gb"), description=p.get("description", "")) + body


def discourse(p):
    """A modern forum: topic header, post stream of cooked posts, suggested topics."""
    s = p["seed"]
    extra = css(s, p.get("css", 1600)) + '<script src="/assets/ember.js" defer></script>'
    posts = []
    for i, (author, date, content, likes) in enumerate(p["posts"]):
        posts.append(f"""<div class="topic-post clearfix regular" data-post-number="{i + 1}"><article id="post_{i + 1}" aria-label="post #{i + 1} by @{author}" role="region" class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><a class="trigger-user-card main-avatar" href="/u/{author}"><img alt="" width="45" height="45" src="/user_avatar/forum/{author}/90/{i}.png" class="avatar"></a></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/{author}">{author}</a></span></div><div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/x/{i + 1}"><span title="{date}" class="relative-date">{date}</span></a></div></div></div>
<div class="regular contents"><!--MAIN--><div class="cooked">{content}</div><!--/MAIN-->
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><button class="widget-button btn-flat like-count">{likes}</button><button class="widget-button btn-flat toggle-like" title="like this post">♥</button><button class="widget-button btn-flat share" title="copy a link to this post">Share</button><button class="widget-button btn-flat reply" title="begin composing a reply to this post">Reply</button></div></nav></section></div></div></div></article></div>""")
    suggested = "".join('<tr class="topic-list-item"><td class="main-link"><a href="/t/%d">%s</a></td><td class="posters"></td><td class="num posts">%d</td><td class="num views">%d</td><td class="activity">%dd</td></tr>'
                        % (5000 + i, t, 3 + i * 7 % 40, 120 + i * 311 % 4000, 1 + i % 20)
                        for i, t in enumerate(p.get("suggested", ["Choosing a NAS for photo backups", "ZFS scrub takes forever on 8TB drives",
                                                                  "Is ECC RAM worth it for a home server?", "Best way to sync phones to a NAS",
                                                                  "UPS recommendations under 200", "Docker on a Synology: worth it?"])))
    body = f"""<body class="crawler docs ember-application archetype-regular">
<section id="main" class="ember-view"><div class="d-header-wrap"><header class="d-header clearfix"><div class="wrap"><div class="contents clearfix"><div class="title"><a href="/"><img src="/uploads/logo.png" alt="{p['site_name']}" id="site-logo" class="logo-big"></a></div>
<div class="panel clearfix" role="navigation"><span class="header-buttons"><button class="btn btn-primary sign-up-button">Sign Up</button><button class="btn btn-primary login-button">Log In</button></span><ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a href="/search" title="search topics, posts, users, or categories" class="icon btn-flat">🔍</a></li><li class="header-dropdown-toggle hamburger-dropdown"><a href="" title="menu" class="icon btn-flat">☰</a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><div class="sidebar-container"><div class="sidebar-sections"><ul><li><a href="/latest">Topics</a></li><li><a href="/u">Users</a></li><li><a href="/badges">Badges</a></li><li><a href="/c/hardware">Hardware</a></li><li><a href="/c/software">Software</a></li><li><a href="/c/networking">Networking</a></li></ul></div></div></div>
<div id="main-outlet"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="4821"><!--MAIN--><a href="/t/x/4821" class="fancy-title">{p['thread_title']}</a><!--/MAIN--></h1><div class="topic-category"><span class="badge-wrapper bullet"><span class="badge-category-bg" style="background-color: #0088CC;"></span><span class="badge-category clear-badge"><span class="category-name">{p.get('category', 'Hardware')}</span></span></span></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="4821"><div class="posts-wrapper"><div class="post-stream">
{''.join(posts)}
</div></div>
<div class="topic-map"><section class="map map-collapsed"><ul class="clearfix"><li><h4 role="presentation">created</h4><a class="trigger-user-card"><img alt="" width="20" height="20" src="/user_avatar/x.png" class="avatar"></a></li><li><h4>replies</h4><span class="number">{len(p['posts']) - 1}</span></li><li class="secondary"><h4>views</h4><span class="number">8.2k</span></li><li class="secondary"><h4>users</h4><span class="number">41</span></li></ul></section></div>
<div id="suggested-topics" class="suggested-topics" role="complementary"><h3 class="suggested-topics-title">Suggested Topics</h3><div class="topics"><table class="topic-list"><thead><tr><th>Topic</th><th></th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>{suggested}</tbody></table></div></div>
</section></div></div></div></div>
<footer class="noscript-footer-nav"><nav itemscope="" itemtype="http://schema.org/SiteNavigationElement"><a href="/">Home</a><a href="/categories">Categories</a><a href="/guidelines">FAQ/Guidelines</a><a href="/tos">Terms of Service</a><a href="/privacy">Privacy Policy</a></nav></footer>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
</section>
{state_script(s + 5, p.get("state", 150), "__PRELOADED__")}
</body>
</html>"""
    return head(p["title"], extra, p.get("lang", "en"), description=p.get("description", "")) + body


def shop(p):
    """An e-commerce product page: mega menu, breadcrumbs, gallery, buy box, tabs, carousels."""
    s = p["seed"]
    extra = css(s, p.get("css", 1400)) + analytics_scripts(p["site"]) + (
        '<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"%s"}</script>' % p["product"])
    gallery = "".join('<li><img src="https://cdn.%s/products/%d_%d.jpg" alt="%s view %d"></li>' % (p["site"], s, i, p["product"], i) for i in range(1, 7))
    body = f"""<body class="pdp">
{svg_sprite(s, 30)}
<div class="promo-banner">Free delivery on orders over £40 · 30-day returns · <a href="/students">10% student discount</a></div>
<header class="hdr"><a class="hdr__logo" href="/"><img src="/logo.svg" alt="{p['site_name']}"></a><form class="hdr__search" action="/search"><input name="q" placeholder="What are you looking for?"><button>Search</button></form>
<div class="hdr__account"><a href="/account">Account</a><a href="/wishlist">Wishlist</a><a href="/basket">Basket (0)</a></div>
<nav class="hdr__nav">{mega_menu(s, 20, 16, "catnav")}</nav></header>
<main class="pdp-main">
<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/{p['category'].lower()}">{p['category']}</a></li><li>{p['product']}</li></ol>
<div class="pdp-top"><div class="pdp-gallery"><ul>{gallery}</ul></div>
<div class="pdp-buybox">
{p['buybox']}
<form class="add-to-basket" action="/basket/add" method="post"><label>Quantity <select name="qty"><option>1</option><option>2</option><option>3</option></select></label><button type="submit" class="btn-primary">Add to basket</button><button type="button" class="btn-secondary">♡ Add to wishlist</button></form>
<ul class="pdp-usps"><li>In stock: order by 8pm for next-day delivery</li><li>Click &amp; collect from 180 stores</li><li>2-year guarantee</li></ul>
</div></div>
<div class="pdp-tabs"><ul class="tab-list" role="tablist"><li role="tab">Description</li><li role="tab">Specifications</li><li role="tab">Delivery &amp; returns</li></ul>
<div class="tab-panel" role="tabpanel">{p['description']}</div>
<div class="tab-panel" role="tabpanel">{p['specs']}</div>
<div class="tab-panel" role="tabpanel"><p>Standard delivery £3.95, free over £40. Next-day delivery £5.95. Returns are free within 30 days; items must be unused and in their original packaging.</p></div></div>
<section class="carousel carousel--also-viewed"><h2>Customers also viewed</h2><ul class="carousel__track">{''.join('<li class="tile"><a href="/p/%d"><img src="https://cdn.%s/products/%d.jpg" alt=""><span class="tile__name">%s</span><span class="tile__price">£%d.99</span><span class="tile__rating">★★★★☆ (%d)</span></a></li>' % (s + i, p['site'], s + i, n, 20 + i * 13, 11 + i * 17) for i, n in enumerate(p['also']))}</ul></section>
<section class="recently-viewed"><h2>Recently viewed</h2><p>Items you view will appear here.</p></section>
</main>
<footer class="ftr">{newsletter_box("ftr__newsletter", "Be the first to know", "Offers, new arrivals and inspiration, straight to your inbox.")}{footer_columns(s + 4, 5, 7)}<p class="ftr__legal">© 2026 {p['site_name']} Retail Ltd. Prices include VAT.</p></footer>
{cookie_banner(p.get("cookie", "modal"))}
{state_script(s + 5, p.get("state", 250), "__NEXT_DATA__")}
</body>
</html>"""
    return head(p["title"], extra, p.get("lang", "en-GB"), description=p.get("description", ""), og=p.get("og")) + body


def mediawiki(p):
    """A MediaWiki article: personal tools, sidebar portals, edit sections, catlinks, navboxes."""
    s = p["seed"]
    extra = ('<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=vector">'
             + css(s, p.get("css", 200)) + '<script>RLCONF={"wgPageName":"%s","wgTitle":"%s","wgCurRevisionId":118273645};</script>'
             % (p["wiki_title"].replace(" ", "_"), p["wiki_title"]))
    portal = "".join('<li id="n-%s"><a href="/wiki/%s">%s</a></li>' % (w.lower(), w, w) for w in
                     ["Main page", "Contents", "Current events", "Random article", "About", "Contact us", "Donate", "Help", "Community portal", "Recent changes", "Upload file"])
    langs = "".join('<li class="interlanguage-link"><a href="https://%s.wikipedia.example/wiki/X" lang="%s">%s</a></li>' % (c, c, n) for c, n in
                    [("de", "Deutsch"), ("fr", "Français"), ("es", "Español"), ("it", "Italiano"), ("nl", "Nederlands"), ("pl", "Polski"), ("sv", "Svenska"), ("cy", "Cymraeg")])
    body = f"""<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-{p['wiki_title'].replace(' ', '_')} skin-vector action-view">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a>
<div id="siteNotice"><div id="centralNotice"></div></div>
<div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><!--MAIN--><span class="mw-page-title-main">{p['wiki_title']}</span><!--/MAIN--></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div><div id="contentSub"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
{p['article']}
</div>
<noscript><img src="/wiki/Special:CentralAutoLogin/start?type=1x1" alt="" title="" width="1" height="1" style="border: none; position: absolute;"></noscript>
<div class="printfooter">Retrieved from "<a dir="ltr" href="https://en.wikipedia.example/w/index.php?title=X&amp;oldid=118273645">https://en.wikipedia.example/w/index.php?title=X&amp;oldid=118273645</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category" title="Help:Category">Categories</a>: <ul>{''.join('<li><a href="/wiki/Category:%s">%s</a></li>' % (c.replace(' ', '_'), c) for c in p['categories'])}</ul></div></div>
</div></div>
<div id="mw-navigation"><h2>Navigation menu</h2>
<div id="mw-head"><nav id="p-personal" class="vector-menu mw-portlet" aria-labelledby="p-personal-label" role="navigation"><ul class="vector-menu-content-list"><li id="pt-createaccount"><a href="/wiki/Special:CreateAccount">Create account</a></li><li id="pt-login"><a href="/wiki/Special:UserLogin">Log in</a></li></ul></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs"><ul><li class="selected"><a href="/wiki/X">Article</a></li><li><a href="/wiki/Talk:X">Talk</a></li></ul></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs"><ul><li class="selected"><a href="/wiki/X">Read</a></li><li><a href="/w/index.php?title=X&amp;action=edit">Edit</a></li><li><a href="/w/index.php?title=X&amp;action=history">View history</a></li></ul></nav>
<div id="p-search" role="search"><form action="/w/index.php" id="searchform"><input type="search" name="search" placeholder="Search Wikipedia" id="searchInput"><input type="submit" name="go" value="Go"></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu mw-portlet portal" role="navigation"><h3>Navigation</h3><div class="vector-menu-content"><ul class="vector-menu-content-list">{portal}</ul></div></nav>
<nav id="p-tb" class="vector-menu mw-portlet portal"><h3>Tools</h3><ul><li><a href="/wiki/Special:WhatLinksHere/X">What links here</a></li><li><a href="/wiki/Special:RecentChangesLinked/X">Related changes</a></li><li><a href="/w/index.php?title=X&amp;action=info">Page information</a></li><li><a href="/w/index.php?title=Special:CiteThisPage">Cite this page</a></li></ul></nav>
<nav id="p-lang" class="vector-menu mw-portlet portal"><h3>Languages</h3><ul>{langs}</ul></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 14 November 2026, at 09:12<span class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">Text is available under the <a rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike License 4.0</a>; additional terms may apply.</li></ul>
<ul id="footer-places"><li><a href="/wiki/Wikipedia:Privacy_policy">Privacy policy</a></li><li><a href="/wiki/Wikipedia:About">About Wikipedia</a></li><li><a href="/wiki/Wikipedia:General_disclaimer">Disclaimers</a></li><li><a href="/wiki/Wikipedia:Contact_us">Contact Wikipedia</a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){{mw.config.set({{"wgBackendResponseTime":142}});}});</script>
</body>
</html>"""
    return head(p["title"], extra, p.get("lang", "en"), description=p.get("description", "")) + body


def govuk(p):
    """A government guidance page: phase banner, breadcrumbs, contents list, related links, feedback."""
    s = p["seed"]
    extra = css(s, p.get("css", 400)) + '<script src="/assets/govuk-frontend.min.js" type="module"></script>'
    body = f"""<body class="govuk-template__body">
{cookie_banner("gov")}
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" role="banner" data-module="govuk-header"><div class="govuk-header__container govuk-width-container"><div class="govuk-header__logo"><a href="/" class="govuk-header__link govuk-header__link--homepage"><span class="govuk-header__logotype-text">{p['site_name']}</span></a></div>
<nav class="govuk-header__navigation"><ul class="govuk-header__navigation-list"><li><a href="/browse/benefits">Benefits</a></li><li><a href="/browse/citizenship">Citizenship and living in the country</a></li><li><a href="/browse/driving">Driving and transport</a></li><li><a href="/browse/tax">Money and tax</a></li><li><a href="/search">Search</a></li></ul></nav></div></header>
<div class="govuk-width-container">
<div class="govuk-phase-banner"><p class="govuk-phase-banner__content"><strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This is a new service – your <a class="govuk-link" href="/feedback">feedback</a> will help us to improve it.</span></p></div>
<div class="govuk-breadcrumbs"><ol class="govuk-breadcrumbs__list"><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/browse/citizenship">Citizenship and living in the country</a></li><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/browse/citizenship/passports">Passports</a></li></ol></div>
<main class="govuk-main-wrapper" id="main-content" role="main"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<aside class="part-navigation-container" role="complementary"><nav class="gem-c-contents-list" aria-label="Pages in this guide"><h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list">{''.join('<li class="gem-c-contents-list__list-item"><a class="gem-c-contents-list__link" href="#%d">%s</a></li>' % (i, t) for i, t in enumerate(p['parts']))}</ol></nav></aside>
{p['article']}
<nav class="govuk-pagination govuk-pagination--block" role="navigation" aria-label="Pagination"><div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="/next" rel="next"><span class="govuk-pagination__link-title">Next</span><span class="govuk-pagination__link-label">{p['parts'][1]}</span></a></div></nav>
<div class="gem-c-print-link"><button class="govuk-link gem-c-print-link__button">View a printable version of the whole guide</button></div>
</div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary"><h2 id="related-nav-related_items" class="gem-c-related-navigation__main-heading">Related content</h2><nav role="navigation" class="gem-c-related-navigation__nav-section" aria-labelledby="related-nav-related_items"><ul class="gem-c-related-navigation__link-list">{''.join('<li class="gem-c-related-navigation__link"><a class="govuk-link" href="/%s">%s</a></li>' % (t.lower().replace(' ', '-'), t) for t in p['related'])}</ul></nav></aside></div></div></main>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt"><div class="gem-c-feedback__prompt-questions"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><ul class="gem-c-feedback__option-list"><li><button class="govuk-button">Yes</button></li><li><button class="govuk-button">No</button></li></ul></div><button class="govuk-button">Report a problem with this page</button></div></div>
</div>
<footer class="govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__navigation">{footer_columns(s + 4, 2, 10)}</div><div class="govuk-footer__meta"><ul class="govuk-footer__inline-list"><li><a href="/help">Help</a></li><li><a href="/help/privacy-notice">Privacy</a></li><li><a href="/help/cookies">Cookies</a></li><li><a href="/help/accessibility-statement">Accessibility statement</a></li><li><a href="/contact">Contact</a></li></ul><span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise stated</span></div></div></footer>
</body>
</html>"""
    return head(p["title"], extra, p.get("lang", "en"), description=p.get("description", "")) + body


def github_repo(p):
    """A code host's repository page: header, repo nav, file browser table, README, sidebar."""
    s = p["seed"]
    extra = css(s, p.get("css", 2200)) + '<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.example/assets/wp-runtime-2d3a.js"></script>'
    files = "".join('<div role="row" class="Box-row Box-row--focus-gray py-2 d-flex position-relative js-navigation-item"><div role="gridcell" class="mr-3 flex-shrink-0"><svg aria-label="%s" height="16" viewBox="0 0 16 16" width="16"><path d="M1.75 1A1.75 1.75 0 000 2.75v10.5C0 14.216.784 15 1.75 15h12.5A1.75 1.75 0 0016 13.25v-8.5A1.75 1.75 0 0014.25 3H7.5a.25.25 0 01-.2-.1l-.9-1.2C6.07 1.26 5.55 1 5 1H1.75z"></path></svg></div><div role="rowheader" class="flex-auto min-width-0 col-md-2 mr-3"><span class="css-truncate css-truncate-target d-block width-fit"><a class="js-navigation-open Link--primary" href="/%s/tree/main/%s">%s</a></span></div><div role="gridcell" class="flex-auto min-width-0 d-none d-md-block col-5 mr-3"><span class="css-truncate css-truncate-target d-block width-fit"><a class="Link--secondary" href="/%s/commit/%x">%s</a></span></div><div role="gridcell" class="color-fg-muted text-right" style="width:100px;"><relative-time datetime="2026-10-%02dT12:00:00Z">%d days ago</relative-time></div></div>'
                    % ("Directory" if "." not in f else "File", p["repo"], f, f, p["repo"], s * 7919 + i, m, 1 + i, 3 + i)
                    for i, (f, m) in enumerate(p["files"]))
    body = f"""<body class="logged-out env-production page-responsive">
<div class="position-relative js-header-wrapper"><a href="#start-of-content" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="Header-old header-logged-out js-details-container Details position-relative f4 py-3" role="banner"><div class="container-xl d-flex flex-column flex-lg-row flex-items-center p-responsive height-full position-relative z-1"><a class="mr-lg-3 color-fg-inherit flex-order-2" href="/" aria-label="Homepage"><svg height="32" aria-hidden="true" viewBox="0 0 16 16" width="32"><path d="M8 0C3.58 0 0 3.58 0 8z"></path></svg></a>
<nav aria-label="Global" class="mt-5 mb-3 mb-lg-0 mt-lg-0"><ul class="d-lg-flex list-style-none"><li><button class="HeaderMenu-link">Product</button></li><li><button class="HeaderMenu-link">Solutions</button></li><li><button class="HeaderMenu-link">Open Source</button></li><li><a class="HeaderMenu-link" href="/pricing">Pricing</a></li></ul></nav>
<div class="d-lg-flex flex-items-center px-3 px-lg-0 mb-3 mb-lg-0 text-center text-lg-left"><div class="d-lg-flex min-width-0 mb-2 mb-lg-0"><div class="header-search flex-auto position-relative js-site-search"><span class="placeholder">Search or jump to...</span></div></div><a href="/login" class="HeaderMenu-link HeaderMenu-link--sign-in flex-shrink-0 no-underline">Sign in</a><a href="/signup" class="HeaderMenu-link HeaderMenu-link--sign-up flex-shrink-0">Sign up</a></div></div></header></div>
<div class="application-main" data-commit-hovercards-enabled="">
<main id="js-repo-pjax-container"><div id="repository-container-header" class="pt-3 hide-full-screen" style="background-color: var(--page-header-bgColor, var(--color-page-header-bg));"><div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-md-4 px-lg-5" style="gap: 1rem;"><div class="flex-auto min-width-0 width-fit mr-3"><div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal"><span class="author flex-self-stretch"><a class="url fn" rel="author" href="/{p['repo'].split('/')[0]}">{p['repo'].split('/')[0]}</a></span><span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong class="mr-2 flex-self-stretch"><a href="/{p['repo']}">{p['repo'].split('/')[1]}</a></strong><span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div>
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline"><li><a href="/login?return_to=%2F{p['repo']}" class="btn-sm btn">Notifications</a></li><li><a class="btn-sm btn" href="/login">Fork <span class="Counter">{p.get('forks', 212)}</span></a></li><li><a class="btn-sm btn" href="/login">Star <span class="Counter">{p.get('stars', '3.4k')}</span></a></li></ul></div>
<nav data-pjax="#js-repo-pjax-container" aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5"><ul class="UnderlineNav-body list-style-none"><li class="d-inline-flex"><a class="UnderlineNav-item selected" href="/{p['repo']}">Code</a></li><li class="d-inline-flex"><a class="UnderlineNav-item" href="/{p['repo']}/issues">Issues <span class="Counter">48</span></a></li><li class="d-inline-flex"><a class="UnderlineNav-item" href="/{p['repo']}/pulls">Pull requests <span class="Counter">7</span></a></li><li class="d-inline-flex"><a class="UnderlineNav-item" href="/{p['repo']}/actions">Actions</a></li><li class="d-inline-flex"><a class="UnderlineNav-item" href="/{p['repo']}/security">Security</a></li><li class="d-inline-flex"><a class="UnderlineNav-item" href="/{p['repo']}/pulse">Insights</a></li></ul></nav></div>
<div class="clearfix container-xl px-3 px-md-4 px-lg-5 mt-4"><div class="repository-content"><div class="Layout Layout--flowRow-until-md Layout--sidebarPosition-end Layout--sidebarPosition-flowRow-end"><div class="Layout-main">
<div class="file-navigation mb-3 d-flex flex-items-start"><details class="details-reset details-overlay mr-0 mb-0" id="branch-select-menu"><summary class="btn css-truncate" data-hotkey="w" title="Switch branches or tags"><span class="css-truncate-target" data-menu-button="">main</span></summary></details><div class="flex-self-center flex-self-stretch d-none flex-items-center lh-condensed-ultra d-lg-flex"><a href="/{p['repo']}/branches" class="ml-3 Link--primary no-underline"><strong>4</strong> <span class="color-fg-muted">branches</span></a><a href="/{p['repo']}/tags" class="ml-3 Link--primary no-underline"><strong>38</strong> <span class="color-fg-muted">tags</span></a></div></div>
<div class="Box mb-3"><div class="Box-header position-relative"><h2 class="sr-only">Latest commit</h2><div class="js-details-container Details d-flex rounded-top-2 flex-items-center flex-wrap"><a href="/{p['repo']}/commit/8a1f2e" class="Link--secondary">Merge pull request #412 from contributor/fix-windows-paths</a> <span class="d-none d-sm-inline"><a href="/{p['repo']}/commits/main" class="pl-3 pr-3 py-3 p-md-0 mt-n3 mb-n3 mr-n3 m-md-0 Link--primary no-underline no-wrap"><strong>1,284</strong> commits</a></span></div></div>
<div class="js-details-container Details"><div role="grid" aria-labelledby="files" class="Details-content--hidden-not-important js-navigation-container js-active-navigation-container d-md-block">{files}</div></div></div>
<div id="readme" class="Box md js-code-block-container js-code-nav-container js-tagsearch-file Box--responsive"><div class="Box-header d-flex flex-items-center flex-justify-between color-bg-default border-bottom-0"><h2 class="Box-title">README.md</h2></div>
<div data-target="readme-toc.content" class="Box-body px-5 pb-5"><article class="markdown-body entry-content container-lg" itemprop="text">
{p['article']}
</article></div></div>
</div>
<div class="Layout-sidebar"><div class="BorderGrid BorderGrid--spacious" data-pjax=""><div class="BorderGrid-row hide-sm hide-md"><div class="BorderGrid-cell"><h2 class="mb-3 h4">About</h2><p class="f4 my-3">{p['about']}</p><div class="my-3 d-flex flex-items-center"><a class="text-bold" href="https://{p['repo'].split('/')[1]}.example.org">{p['repo'].split('/')[1]}.example.org</a></div><h3 class="sr-only">Topics</h3><div class="my-3"><div class="f6">{''.join('<a href="/topics/%s" class="topic-tag topic-tag-link">%s</a> ' % (t, t) for t in p['topics'])}</div></div>
<h3 class="sr-only">Resources</h3><div class="mt-2"><a class="Link--muted" href="#readme-ov-file">Readme</a></div><div class="mt-2"><a href="/{p['repo']}/blob/main/LICENSE" class="Link--muted">MIT license</a></div></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3"><a href="/{p['repo']}/releases" class="Link--primary no-underline">Releases <span class="Counter">38</span></a></h2><a href="/{p['repo']}/releases/tag/v2.4.0" class="d-flex"><span>v2.4.0</span> <span class="Label Label--success">Latest</span></a></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3">Languages</h2><ul class="list-style-none"><li class="d-inline"><span class="color-fg-default text-bold mr-1">Rust</span><span>91.2%</span></li><li class="d-inline"><span class="color-fg-default text-bold mr-1">Shell</span><span>6.1%</span></li><li class="d-inline"><span class="color-fg-default text-bold mr-1">Other</span><span>2.7%</span></li></ul></div></div></div></div>
</div></div></div></main></div>
<footer class="footer width-full container-xl p-responsive" role="contentinfo"><h2 class='sr-only'>Footer</h2><div class="d-flex flex-items-center flex-shrink-0 mx-auto"><span>© 2026 CodeHost, Inc.</span></div><nav aria-label="Footer" class="col-12 col-lg-8"><ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0" aria-label="Footer links"><li class="mx-2"><a href="/site/terms">Terms</a></li><li class="mx-2"><a href="/site/privacy">Privacy</a></li><li class="mx-2"><a href="/security">Security</a></li><li class="mx-2"><a href="https://status.example.com/">Status</a></li><li class="mx-2"><a href="/docs">Docs</a></li><li class="mx-2"><a href="/contact">Contact</a></li></ul></nav></footer>
{state_script(s + 5, p.get("state", 80), "__REPO_DATA__")}
</body>
</html>"""
    return head(p["title"], extra, p.get("lang", "en"), description=p.get("description", ""), og=p.get("og")) + body


def substack(p):
    """A newsletter platform post: subscribe widgets above, inside and below the post."""
    s = p["seed"]
    extra = css(s, p.get("css", 1300)) + analytics_scripts(p["site"])
    sub = ('<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p>%s is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div>'
           '<form class="form"><input type="email" name="email" placeholder="Type your email…"><button type="submit">Subscribe</button></form></div></div>' % p["site_name"])
    body = f"""<body>
<div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu-content">
<div class="topbar-content"><a href="/" class="navbar-title-link">{p['site_name']}</a><div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button><a href="/sign-in" class="button">Sign in</a></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><div class="post-header">
<!--MAIN--><h1 class="post-title published">{p['headline']}</h1><h3 class="subtitle">{p['subtitle']}</h3><!--/MAIN-->
<div class="post-meta"><a href="/profile/{p['handle']}" class="author">{p['author']}</a> <span class="post-date">Nov 19, 2026</span> <span class="paid">Free</span></div>
<div class="post-ufi"><button class="like-button">♥ {p.get('likes', 312)}</button><button class="comment-button">💬 {p.get('comments', 40)}</button><button class="share-button">Share</button></div></div>
{sub}
<div class="available-content"><div class="body markup" dir="auto">
{p['article']}
</div></div>
{sub}
<div class="post-footer"><div class="post-ufi"><button class="like-button">♥ {p.get('likes', 312)}</button><button class="share-button">Share</button></div></div>
<div class="comments-page"><h4>Discussion about this post</h4>{comment_thread(s + 2, p.get('comments', 40), 'comment-list-container', 'comment', 'Comments', True)}</div>
</div></div>
<div class="post-footer-recommendations"><h3>Ready for more?</h3>{sub}<h3>Recommended</h3>{related_list(s + 1, 4, "portable-archive-list", "Top posts", True)}{teaser_grid(s + 6, p.get("teasers", 70), "portable-archive-grid", "Latest")}</div>
</div>
<div class="footer-wrap"><div class="footer"><div class="footer-buttons"><a href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a> ∙ <a href="/collection-notice">Collection notice</a></div><div class="footer-slogan">Start writing. Get the app. The home for great culture.</div></div></div>
</div></div>
{state_script(s + 5, p.get("state", 160), "_preloads")}
</body>
</html>"""
    return head(p["title"], extra, p.get("lang", "en"), description=p.get("description", ""), og=p.get("og")) + body


def qa_site(p):
    """A Q&A site: question, votes, answers, comments under posts, hot network questions."""
    s = p["seed"]
    extra = css(s, p.get("css", 900)) + '<script src="https://cdn.sstatic.example/Js/stub.en.js"></script>'

    def comments(items):
        return ('<div class="comments js-comments-container"><ul class="comments-list js-comments-list">'
                + "".join('<li class="comment js-comment"><div class="comment-text"><div class="comment-body"><span class="comment-copy">%s</span> – <a href="/users/%d" class="comment-user">%s</a> <span class="comment-date">Nov %d, 2026 at 9:%02d</span></div></div></li>'
                          % (c, 100 + i, u, 10 + i, 10 + i) for i, (u, c) in enumerate(items))
                + '</ul></div><a class="js-add-link comments-link" href="#">Add a comment</a>')

    def post(body_html, votes, user, rep, cmts, kind, accepted=False):
        return (f'<div class="{kind} js-{kind}"><div class="post-layout"><div class="votecell post-layout--left"><div class="js-voting-container"><button class="js-vote-up-btn">▲</button><div class="js-vote-count" itemprop="upvoteCount">{votes}</div><button class="js-vote-down-btn">▼</button>'
                + ('<div class="js-accepted-answer-indicator" title="accepted">✔</div>' if accepted else '') +
                f'</div></div><div class="postcell post-layout--right"><!--MAIN--><div class="s-prose js-post-body" itemprop="text">{body_html}</div><!--/MAIN-->'
                f'<div class="mt24"><div class="post-signature"><div class="user-info"><div class="user-action-time">answered Nov 9, 2026 at 14:02</div><div class="user-details"><a href="/users/{rep}/{user}">{user}</a><div class="-flair"><span class="reputation-score">{rep:,}</span></div></div></div></div></div></div>'
                f'<div class="post-layout--right js-post-comments-component">{comments(cmts)}</div></div></div>')

    answers = "".join(post(a["body"], a["votes"], a["user"], a["rep"], a.get("comments", []), "answer", a.get("accepted", False)) for a in p["answers"])
    hot = "".join('<li><a href="https://%s.example.com/questions/%d">%s</a></li>' % (site, 1000 + i, q) for i, (site, q) in enumerate([
        ("math", "Is every bounded sequence of reals Cauchy on some subsequence?"), ("english", "Word for a person who always arrives early"),
        ("travel", "Can I leave the airport during a 9-hour layover in Doha?"), ("cooking", "Why does my bread collapse after the second rise?"),
        ("physics", "Why does a spinning top not fall over?"), ("worldbuilding", "How would a society without metal build bridges?")]))
    body = f"""<body class="question-page unified-theme">
<div id="notify-container"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="/" class="s-topbar--logo js-gps-track"><span class="-img _glyph">{p['site_name']}</span></a><ol class="s-topbar--content" role="menubar"><li role="none"><a href="/about" class="s-topbar--item">About</a></li><li><a href="/teams" class="s-topbar--item">For Teams</a></li></ol><form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar"><input name="q" type="text" placeholder="Search…" autocomplete="off" maxlength="240" class="s-input s-input__search js-search-field"></form><ol class="overflow-x-auto ml-auto -secondary grid ai-center list-reset h100 user-logged-out" role="presentation"><li><a href="/users/login" class="s-topbar--item s-btn s-btn__filled">Log in</a></li><li><a href="/users/signup" class="s-topbar--item s-btn s-btn__primary">Sign up</a></li></ol></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div class="left-sidebar--sticky-container js-sticky-leftnav"><nav role="navigation"><ol class="nav-links"><li><a href="/" class="pl8 js-gps-track nav-links--link">Home</a></li><li><a href="/questions" class="nav-links--link">Questions</a></li><li><a href="/tags" class="nav-links--link">Tags</a></li><li><a href="/users" class="nav-links--link">Users</a></li><li><a href="/unanswered" class="nav-links--link">Unanswered</a></li></ol></nav></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope="" itemtype="https://schema.org/Question">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><!--MAIN--><a href="/questions/79120033/x" class="question-hyperlink">{p['question_title']}</a><!--/MAIN--></h1><div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__primary">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8" title="2026-11-09 09:12:45Z"><span class="fc-light mr2">Asked</span> <time itemprop="dateCreated" datetime="2026-11-09T09:12:45">2 weeks ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-light mr2">Modified</span> <a href="?lastactivity" class="s-link s-link__inherit">5 days ago</a></div><div class="flex--item ws-nowrap mb8" title="Viewed 3,214 times"><span class="fc-light mr2">Viewed</span> 3k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers">
{post(p['question'], p.get('qvotes', 14), p['asker'], p.get('asker_rep', 1432), p.get('qcomments', []), 'question')}
<div id="answers"><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0" data-answercount="{len(p['answers'])}">{len(p['answers'])} Answers</h2></div><div class="flex--item"><label for="answer-sort">Sorted by:</label><select id="answer-sort" class="s-select"><option>Highest score (default)</option><option>Date modified (newest first)</option></select></div></div></div>
{answers}
<h2 class="bottom-notice">Not the answer you're looking for? Browse other questions tagged {' '.join('<a href="/questions/tagged/%s" class="post-tag">%s</a>' % (t, t) for t in p['tags'])} or <a href="/questions/ask">ask your own question</a>.</h2></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16" data-tracker="cb=1"><ul class="d-block p0 m0"><div class="s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-light d:fc-black-900 bb bbw1">The Overflow Blog</div><li class="s-sidebarwidget--item d-flex px16"><a href="https://blog.example.com/2026/11/20/x">Why your tests are slow and what to do about it</a></li><li class="s-sidebarwidget--item d-flex px16"><a href="https://blog.example.com/2026/11/18/y">The year in developer surveys</a></li></ul></div>
<div class="module sidebar-linked"><h4 id="h-linked">Linked</h4><div class="linked">{''.join('<div class="spacer"><a href="/q/%d" title="Vote score"><div class="answer-votes answered-accepted">%d</div></a><a href="/questions/%d" class="question-hyperlink">%s</a></div>' % (7000 + i, 5 + i * 3, 7000 + i, q) for i, q in enumerate(p['linked']))}</div></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related-questions">{''.join('<div class="spacer"><a href="/q/%d"><div class="answer-votes">%d</div></a><a href="/questions/%d" class="question-hyperlink">%s</a></div>' % (8000 + i, 12 + i * 9, 8000 + i, q) for i, q in enumerate(p['related']))}</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.example.com/questions?tab=hot" class="js-gps-track s-link s-link__inherit">Hot Network Questions</a></h4><ul>{hot}</ul></div></div>
</div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav"><div class="site-footer--col"><h5 class="-title"><a href="/">{p['site_name']}</a></h5><ul class="-list"><li><a href="/questions" class="-link">Questions</a></li><li><a href="/help" class="-link">Help</a></li><li><a href="/chat" class="-link">Chat</a></li></ul></div></nav><p class="site-footer--copyright fs-fine">Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under <a href="https://stackoverflow.example/help/licensing">CC BY-SA</a>.</p></div></footer>
{cookie_banner("modal")}
</body>
</html>"""
    return head(p["title"], extra, p.get("lang", "en"), description=p.get("description", "")) + body


def plain_site(p):
    """A hand-made personal site: divs with ids, no semantic tags, a blogroll and a counter."""
    s = p["seed"]
    body = f"""<body>
<div id="container">
<div id="top"><a href="/"><span class="sitename">{p['site_name']}</span></a><div id="menu"><a href="/">home</a> · <a href="/writing/">writing</a> · <a href="/photos/">photos</a> · <a href="/now/">now</a> · <a href="/about/">about</a> · <a href="/feed.xml">rss</a></div></div>
<div id="left">
{p['article']}
<div class="postmeta">Filed under <a href="/tags/walking">walking</a>, <a href="/tags/city">city</a>. <a href="/writing/">← all writing</a></div>
<div class="webmentions"><h4>Webmentions</h4><p>12 likes, 3 reposts. <a href="https://social.example/@someone/1">someone</a> replied: “Lovely piece, I do the same along the canal.”</p></div>
</div>
<div id="right"><div class="box"><h4>About me</h4><p>I write software for a living and walk a lot. This is my corner of the web since 2003.</p></div>
<div class="box"><h4>Blogroll</h4><ul>{''.join('<li><a href="https://%s.example.net/">%s</a></li>' % (n.lower().replace(' ', ''), n) for n in ['Ana Lima', 'The Slow Web', 'Pedestrian Notes', 'Kettle & Code', 'Matt Birch', 'Field Notes Weekly', 'Ink and Rain'])}</ul></div>
<div class="box"><h4>Elsewhere</h4><ul><li><a href="https://social.example/@me">Mastodon</a></li><li><a href="https://github.example/me">Code</a></li><li><a href="mailto:me@example.net">Email</a></li></ul></div>
<div class="box"><h4>Recent</h4><ul>{''.join('<li><a href="/writing/%d/">%s</a></li>' % (i, t) for i, t in enumerate(p.get('recent', ['Notes on a cheap rain jacket', 'The bus stop library', 'Why I still use RSS', 'A year of film photography'])))}</ul></div></div>
<div id="bottom"><p>© 2003–2026 {p['site_name']}. Made by hand. Visitor number <img src="/counter.gif" alt="counter"> since 2003.</p></div>
</div>
</body>
</html>"""
    return head(p["title"], "<style>body{font-family:Verdana,sans-serif;max-width:960px;margin:auto}#left{float:left;width:66%}#right{float:right;width:30%}</style>",
                p.get("lang", None), charset=p.get("charset", "utf-8"), description=p.get("description", "")) + body


def corporate(p):
    """A company site: hero header, press-room sidebar, contact blocks, legal footer."""
    s = p["seed"]
    extra = css(s, p.get("css", 800)) + analytics_scripts(p["site"])
    body = f"""<body class="page-press-release">
<header class="global-header"><div class="global-header__logo"><a href="/"><img src="/assets/img/logo.svg" alt="{p['site_name']}"></a></div>
<nav class="global-nav">{mega_menu(s, 6, 6, "global-nav__menu")}</nav><div class="global-header__utility"><a href="/investors">Investors</a><a href="/careers">Careers</a><a href="/contact">Contact</a><button class="lang-switch">EN ▾</button></div></header>
<div class="hero hero--small"><div class="hero__inner"><span class="hero__eyebrow">{p.get('eyebrow', 'Press release')}</span></div></div>
<div class="layout layout--two-col"><div class="layout__main">
{p['article']}
<div class="press-contact"><h3>Media contacts</h3><p>Press office<br>+44 20 7946 0000<br><a href="mailto:press@example.com">press@example.com</a></p></div>
<div class="downloads"><h3>Downloads</h3><ul><li><a href="/media/release.pdf">Press release (PDF, 212 KB)</a></li><li><a href="/media/images.zip">Image pack (ZIP, 48 MB)</a></li></ul></div>
</div>
<div class="layout__side"><div class="press-room"><h3>Latest news</h3>{related_list(s + 1, 5, "press-list", "", False)}{teaser_grid(s + 6, p.get("teasers", 60), "insights-list", "Insights")}</div><div class="follow-us"><h3>Follow us</h3><a href="https://www.linkedin.com/company/x">LinkedIn</a> <a href="https://twitter.com/x">X</a> <a href="https://www.youtube.com/x">YouTube</a></div></div></div>
<footer class="global-footer">{footer_columns(s + 4, 4, 6)}<div class="global-footer__legal"><a href="/legal">Legal</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookie settings</a> <a href="/modern-slavery">Modern slavery statement</a><p>© 2026 {p['site_name']} plc. Registered office: 1 Example Square, London.</p></div></footer>
{cookie_banner(p.get("cookie", "onetrust"))}
{state_script(s + 5, p.get("state", 40), "__CMS__")}
</body>
</html>"""
    return head(p["title"], extra, p.get("lang", "en-GB"), description=p.get("description", ""), og=p.get("og")) + body
