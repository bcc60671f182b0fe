"""Page chrome of the corpus sites: what surrounds the main content on real sites.

Each site template takes the page's head facts and its main-content HTML and wraps them in the
navigation, banners, sidebars, share bars, newsletter boxes, comment threads and footers such a
site has, plus the inline assets (CSS, state JSON, SVG sprites) that make real pages weigh
100-400 KB. The main content is marked by hand with <!--MAIN--> ... <!--/MAIN--> in the page
sources; author.py writes the reference text from the marked fragments and strips the markers.
"""

import json
import random


def rng(seed):
    return random.Random(seed)


WORDS = (
    "home news world business tech science health sport culture travel style food opinion video "
    "podcasts weather climate markets money property education politics local arts books music "
    "film television games cars jobs dating puzzles crosswords obituaries letters archive"
).split()


# Real pages weigh about 200 KB on average, mostly inline CSS, hydration state and icons.
WEIGHT = 1.4


def css(seed, rules):
    """A stylesheet of generated utility and component rules, like a compiled theme."""
    r = rng(seed)
    rules = int(rules * WEIGHT)
    props = [
        "margin:0 auto", "padding:{0}px {1}px", "display:flex", "display:grid",
        "font-size:{0}px", "line-height:1.{0}", "color:#{2}", "background:#{2}",
        "border-bottom:1px solid #{2}", "grid-template-columns:repeat({3},1fr)", "gap:{0}px",
        "max-width:{4}px", "position:relative", "z-index:{3}", "transition:opacity .{3}s ease",
        "font-family:Georgia,'Times New Roman',serif", "letter-spacing:.0{3}em",
    ]
    out = []
    for i in range(rules):
        name = r.choice(["c", "u", "l", "m", "card", "nav", "hdr", "ftr", "btn", "grid", "t"])
        sel = ".%s-%s%d" % (name, r.choice(WORDS), i)
        if r.random() < 0.3:
            sel += ":hover," + sel + ":focus-visible"
        if r.random() < 0.15:
            sel = "@media (min-width:%dpx){%s" % (r.choice([480, 768, 1024, 1280]), sel)
        decls = ";".join(
            r.choice(props).format(
                r.randint(2, 48), r.randint(2, 32), "%06x" % r.randint(0, 0xFFFFFF),
                r.randint(1, 9), r.choice([640, 720, 960, 1200, 1440]))
            for _ in range(r.randint(2, 6)))
        out.append(sel + "{" + decls + "}" + ("}" if sel.startswith("@media") else ""))
    return "<style>" + "\n".join(out) + "</style>"


def state_script(seed, items, var="__INITIAL_STATE__"):
    """A client-side state blob: what React/Vue sites inline for hydration."""
    r = rng(seed)
    items = int(items * WEIGHT)
    data = {
        "config": {"env": "production", "region": "eu-west-1", "build": "%x" % r.getrandbits(40),
                   "features": {w: r.random() < 0.5 for w in WORDS}},
        "recommendations": [
            {"id": r.getrandbits(32), "headline": " ".join(r.choice(WORDS) for _ in range(8)).capitalize(),
             "url": "/%s/%d/%s" % (r.choice(WORDS), 2026, "-".join(r.choice(WORDS) for _ in range(5))),
             "image": {"src": "https://img.example-cdn.com/%x.jpg" % r.getrandbits(48), "w": 640, "h": 360},
             "section": r.choice(WORDS), "score": round(r.random(), 4)}
            for _ in range(items)
        ],
    }
    return "<script>window.%s = %s;</script>" % (var, json.dumps(data))


def analytics_scripts(site):
    return (
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-%s"></script>\n'
        "<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}"
        " gtag('js', new Date()); gtag('config', 'G-%s', {anonymize_ip: true});</script>\n"
        '<script src="https://cdn.%s/static/js/main.8f3a1c.js" defer></script>'
        % (site.upper()[:6], site.upper()[:6], site)
    )


def svg_sprite(seed, icons):
    r = rng(seed)
    symbols = []
    for i in range(icons):
        path = " ".join(
            "%s%d %d" % (r.choice("MLCQ"), r.randint(0, 24), r.randint(0, 24)) for _ in range(30))
        symbols.append('<symbol id="icon-%s-%d" viewBox="0 0 24 24"><path d="%s Z"/></symbol>'
                       % (r.choice(WORDS), i, path))
    return '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">' + "".join(symbols) + "</svg>"


def mega_menu(seed, sections, per, cls="mega-menu"):
    r = rng(seed)
    cols = []
    for s in r.sample(WORDS, sections):
        links = "".join(
            '<li><a href="/%s/%s">%s</a></li>' % (s, w, w.capitalize())
            for w in r.sample(WORDS, per))
        cols.append('<li class="%s__section"><a href="/%s" class="%s__title">%s</a><ul>%s</ul></li>'
                    % (cls, s, cls, s.capitalize(), links))
    return '<ul class="%s">%s</ul>' % (cls, "".join(cols))


def footer_columns(seed, columns=4, per=8):
    r = rng(seed)
    out = []
    for _ in range(columns):
        t = r.choice(WORDS).capitalize()
        out.append('<div class="footer-col"><h4>%s</h4><ul>%s</ul></div>' % (
            t, "".join('<li><a href="/%s">%s</a></li>' % (w, w.capitalize()) for w in r.sample(WORDS, per))))
    return "".join(out)


def head(title, extra="", lang="en", charset="utf-8", description="", og=None, canonical=None):
    og = og or {}
    metas = ['<meta charset="%s">' % charset,
             '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if description:
        metas.append('<meta name="description" content="%s">' % description)
    for k, v in og.items():
        metas.append('<meta property="og:%s" content="%s">' % (k, v))
    if canonical:
        metas.append('<link rel="canonical" href="%s">' % canonical)
    lang_attr = ' lang="%s"' % lang if lang else ""
    return ("<!DOCTYPE html>\n<html%s>\n<head>\n%s\n<title>%s</title>\n%s\n</head>\n"
            % (lang_attr, "\n".join(metas), title, extra))


# ---------------------------------------------------------------------------------------------
# Comment threads and related lists: the boilerplate selector lists miss many of these names.

COMMENTERS = ["harbourwatcher", "Jen P.", "old_salt_62", "M. Okafor", "Trevor", "cyclist_dave",
              "Priya", "lena.k", "GrumpyCommuter", "Sam W", "Anne-Marie", "northshore", "Ravi",
              "Theo B.", "quietreader", "Hollis", "B. Lindqvist", "marta_r", "Joe from Eastgate"]

COMMENT_TEXTS = [
    "About time. I have been waiting for this since the consultation in 2019 and I still do not believe the dates.",
    "Who is paying for it though? The article does not say a word about the running costs after year one.",
    "Great news for the east side. My daughter will finally be able to get to college without two buses.",
    "I will believe it when I see it. The last three promises came to nothing.",
    "Does anyone know if the stop at Mill Lane is still in the plan? The map in the PDF is unreadable.",
    "The construction noise is going to be awful for those of us living on the route. No mention of compensation.",
    "Sensible decision. Every city of this size in Europe has had trams for decades.",
    "Reply to the comment above: the stop at Mill Lane was moved 200 metres north, it is on page 14.",
    "Thanks, that is really helpful. Shame they did not put it in the article.",
    "Cycle lanes should have been part of this. Once again bikes are an afterthought.",
    "Interesting that the vote was so close. Which councillors voted against?",
    "Why not electric buses? Cheaper, faster to roll out and no rails to maintain.",
    "Because buses get stuck in the same traffic as everyone else. Dedicated track is the point.",
    "Property prices along the route are going to jump, mark my words.",
    "Lovely to see some good news for a change. Well done to the campaigners.",
    "The old harbour railway ran along exactly this line until 1962. History repeats.",
    "Anyone else annoyed that the consultation closed in August when half the city was on holiday?",
    "Will the trams run all night at weekends? That would make a real difference.",
]


def comment_thread(seed, count, cls="comments", item_cls="comment", header="Comments", replies=True):
    """A thread like Disqus or WordPress renders it: avatars, names, dates, votes, reply links."""
    r = rng(seed)
    items = []
    for i in range(count):
        name = r.choice(COMMENTERS)
        text = r.choice(COMMENT_TEXTS)
        if r.random() < 0.5:
            text += " " + r.choice(COMMENT_TEXTS)
        reply = ""
        if replies and r.random() < 0.3:
            reply = ('<ul class="children"><li class="%s depth-2"><div class="%s-meta"><img class="avatar" '
                     'src="https://secure.gravatar.com/avatar/%x?s=40" alt=""> <b class="fn">%s</b> '
                     '<time>%d hours ago</time></div><div class="%s-body"><p>%s</p></div>'
                     '<div class="%s-actions"><a href="#reply">Reply</a> <button class="vote">▲ %d</button></div></li></ul>'
                     % (item_cls, item_cls, r.getrandbits(64), r.choice(COMMENTERS), r.randint(1, 20),
                        item_cls, r.choice(COMMENT_TEXTS), item_cls, r.randint(0, 40)))
        items.append(
            '<li class="%s depth-1" id="%s-%d"><div class="%s-meta"><img class="avatar" '
            'src="https://secure.gravatar.com/avatar/%x?s=48" alt="" width="48" height="48"> '
            '<b class="fn"><a href="/users/%s">%s</a></b> <time datetime="2026-11-2%dT%02d:%02d:00Z">%d hours ago</time></div>'
            '<div class="%s-body"><p>%s</p></div><div class="%s-actions"><a href="#reply-%d">Reply</a> '
            '<a href="#report">Report</a> <button class="vote">▲ %d</button></div>%s</li>'
            % (item_cls, item_cls, i, item_cls, r.getrandbits(64), name.replace(" ", "_"), name,
               r.randint(0, 3), r.randint(0, 23), r.randint(0, 59), r.randint(1, 30), item_cls, text,
               item_cls, i, r.randint(0, 120), reply))
    return ('<section class="%s"><h2>%s (%d)</h2><div class="%s-form"><textarea placeholder="Join the discussion">'
            '</textarea><button>Post comment</button></div><ol class="%s-list">%s</ol>'
            '<button class="load-more">Load more comments</button></section>'
            % (cls, header, count, cls, cls, "".join(items)))


HEADLINES = [
    "Council sets out winter gritting routes for the new year",
    "Five things we learned from the budget statement",
    "Rail strike: what you need to know about Thursday's services",
    "Harbour seal pups counted in record numbers",
    "Restaurant review: a small plates place that earns its prices",
    "Why energy bills may fall more slowly than wholesale prices",
    "Hospital waiting lists shorten for the third month running",
    "School term dates confirmed after long consultation",
    "The quiet comeback of the neighbourhood bakery",
    "Storm warning issued for the coast on Friday night",
    "Library extends opening hours after volunteer drive",
    "Local football club unveils plans for a new stand",
]


def related_list(seed, count, cls="related", title="Related", with_images=True):
    r = rng(seed)
    items = []
    for h in r.sample(HEADLINES, min(count, len(HEADLINES))):
        img = ('<img src="https://img.example-cdn.com/%x_320.jpg" alt="" loading="lazy">' % r.getrandbits(40)
               if with_images else "")
        items.append('<li><a href="/news/%s">%s<span class="headline">%s</span></a>'
                     '<span class="meta">%d min read</span></li>'
                     % ("-".join(h.lower().split()[:5]), img, h, r.randint(2, 9)))
    return '<div class="%s"><h3>%s</h3><ul>%s</ul></div>' % (cls, title, "".join(items))


def share_bar(cls="share-tools"):
    return ('<div class="%s"><span>Share this article</span>'
            '<a href="https://www.facebook.com/sharer/sharer.php?u=x" class="fb">Facebook</a>'
            '<a href="https://twitter.com/intent/tweet?url=x" class="tw">X</a>'
            '<a href="https://www.linkedin.com/shareArticle?url=x" class="li">LinkedIn</a>'
            '<a href="mailto:?subject=x" class="em">Email</a><button class="copy">Copy link</button></div>' % cls)


def newsletter_box(cls="signup-box", title="Get the morning briefing",
                   text="The day's most important stories, in your inbox before 7am. Free, and you can unsubscribe at any time."):
    return ('<div class="%s"><h3>%s</h3><p>%s</p><form action="/newsletters/subscribe" method="post">'
            '<input type="email" name="email" placeholder="Your email address"><button type="submit">Sign up</button>'
            '</form><p class="small">By signing up you agree to our <a href="/privacy">privacy notice</a>.</p></div>'
            % (cls, title, text))


def cookie_banner(kind="onetrust"):
    if kind == "onetrust":
        return ('<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" '
                'aria-label="Cookie banner"><div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2>'
                '<p id="onetrust-policy-text">We and our 842 partners store and access information on your device, '
                'such as cookies, to process personal data for personalised advertising and content, advertising '
                'and content measurement, audience research and services development.</p></div>'
                '<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all</button>'
                '<button id="onetrust-reject-all-handler">Reject all</button><button>Manage preferences</button>'
                '</div></div></div>')
    if kind == "generic":
        return ('<div class="privacy-bar" id="pb-notice"><p>This site uses small files to remember your '
                'settings and to understand how you use it. Read our <a href="/privacy">privacy policy</a>.</p>'
                '<button class="pb-accept">OK, got it</button><button class="pb-settings">Settings</button></div>')
    if kind == "cookielaw":
        return ('<div id="cookie-law-info-bar"><span>This website uses cookies to improve your experience. '
                'We\'ll assume you\'re ok with this, but you can opt-out if you wish. '
                '<a role="button" class="cli_action_button">Accept</a> <a href="/cookie-policy">Read More</a></span></div>')
    if kind == "didomi":
        return ('<div id="didomi-host"><div class="didomi-popup"><h1>Votre vie privée nous importe</h1><p>Nous '
                'et nos partenaires utilisons des traceurs pour mesurer l\'audience et personnaliser la publicité.</p>'
                '<button>Accepter</button><button>Refuser</button></div></div>')
    if kind == "gov":
        return ('<div class="govuk-cookie-banner" role="region" aria-label="Cookies on this service">'
                '<h2 class="govuk-heading-m">Cookies on this service</h2><p class="govuk-body">We use some essential '
                'cookies to make this service work. We would also like to use analytics cookies so we can understand '
                'how you use the service and make improvements.</p><button class="govuk-button">Accept analytics cookies</button>'
                '<button class="govuk-button">Reject analytics cookies</button><a href="/help/cookies">View cookies</a></div>')
    if kind == "modal":
        return ('<div class="overlay-gate" data-gate="consent"><div class="gate-inner"><h3>Before you continue</h3>'
                '<p>We use data to deliver and maintain our services, measure audience engagement and show you '
                'ads that are more relevant. Choose “Accept all” to agree or “More options” to decide.</p>'
                '<button>Accept all</button><button>More options</button></div></div>')
    raise ValueError(kind)


def ad_slot(i):
    return ('<div class="ad-wrapper"><span class="ad-label">Advertisement</span>'
            '<div id="div-gpt-ad-%d" data-ad-slot="/1234/site/article_%d" style="min-height:250px"></div></div>' % (i, i))


SUMMARIES = [
    "The plan would cut journey times across the city, but critics say the costs have been understated, and residents want answers.",
    "Officials said the figures were the best for a decade, although they warned that next year would be harder for smaller firms.",
    "A long-awaited report, published on Tuesday, sets out how the service could be rebuilt, with new money promised from April.",
    "Campaigners welcomed the decision, which follows a two-year dispute, and said they would keep watching how it is carried out.",
    "The changes, which come into force next month, will affect thousands of households, according to the council's own estimates.",
    "Our correspondent spent a week with the crews, and found a service stretched thin but determined, despite the long shifts.",
    "Scientists say the findings, though preliminary, could change how the disease is treated, and further trials are planned.",
    "After three defeats in a row, the manager insisted the team was close to turning a corner, and asked fans to be patient.",
]


def teaser_grid(seed, count, cls="teaser-grid", title="More stories"):
    """A recirculation grid: teaser cards with images, headlines and summaries that read like prose."""
    r = rng(seed)
    cards = []
    for i in range(count):
        headline = r.choice(HEADLINES)
        cards.append(
            '<div class="card card--%s"><a class="card__link" href="/%s/2026/11/%d/%s">'
            '<div class="card__media"><picture><source srcset="https://img.example-cdn.com/%x_480.webp" type="image/webp">'
            '<img class="card__img" src="https://img.example-cdn.com/%x_480.jpg" alt="" loading="lazy" width="480" height="270"></picture></div>'
            '<h3 class="card__headline">%s</h3></a><p class="card__summary">%s</p>'
            '<div class="card__meta"><span class="card__section"><a href="/%s">%s</a></span> <time class="card__time">%dh ago</time>'
            ' <a class="card__comments" href="/c/%d">%d comments</a></div></div>'
            % (r.choice(["small", "medium", "large"]), r.choice(WORDS), r.randint(1, 28), "-".join(headline.lower().split()[:6]),
               r.getrandbits(40), r.getrandbits(40), headline, r.choice(SUMMARIES), r.choice(WORDS), r.choice(WORDS).capitalize(),
               r.randint(1, 23), r.getrandbits(20), r.randint(0, 400)))
    return ('<section class="%s"><h2 class="%s__title">%s</h2><div class="%s__items">%s</div></section>'
            % (cls, cls, title, cls, "".join(cards)))
