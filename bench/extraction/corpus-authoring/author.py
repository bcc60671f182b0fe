#!/usr/bin/env python3
"""Writes the extraction corpus: <name>.html and its reference <name>.txt.

The main content of every page was written by hand in pages_*.py, and what counts as main content
was marked there by hand with <!--MAIN--> ... <!--/MAIN--> (and <!--SKIP--> ... <!--/SKIP--> for
widgets inside it). The reference is the plain text of the marked fragments, as a reader judges
the page; it is never derived from Scrapeline's extractor. The markers are removed from the HTML.

Usage: python3 author.py OUTPUT_DIR
"""

import html.parser
import re
import sys
from pathlib import Path

import pages_blogs
import pages_docs
import pages_forums
import pages_misc
import pages_news

BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "pre", "blockquote", "figcaption",
         "table", "ul", "ol", "dl", "dt", "dd", "section", "article", "header", "footer", "br", "td", "th",
         "figure", "summary", "details", "caption", "hr"}


class Reference(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.main = 0
        self.skip = 0
        self.hidden = 0
        self.out = []

    def handle_comment(self, data):
        d = data.strip()
        if d == "MAIN":
            self.main += 1
            self.out.append("\n")
        elif d == "/MAIN":
            self.main -= 1
            self.out.append("\n")
        elif d == "SKIP":
            self.skip += 1
        elif d == "/SKIP":
            self.skip -= 1

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript", "template"):
            self.hidden += 1
        if tag in BLOCK:
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "template"):
            self.hidden -= 1
        if tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if self.main > 0 and self.skip == 0 and self.hidden == 0:
            self.out.append(data)

    def text(self):
        text = "".join(self.out)
        lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", l).strip() for l in text.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def main(out_dir):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    pages = pages_news.PAGES + pages_blogs.PAGES + pages_docs.PAGES + pages_forums.PAGES + pages_misc.PAGES
    names = set()
    index = ["name,content_type,language"]
    for name, charset, page in pages:
        assert name not in names, name
        names.add(name)
        assert "<!--MAIN-->" in page, name
        ref = Reference()
        ref.feed(page)
        assert ref.main == 0 and ref.skip == 0, name
        cleaned = page.replace("<!--MAIN-->", "").replace("<!--/MAIN-->", "")
        cleaned = cleaned.replace("<!--SKIP-->", "").replace("<!--/SKIP-->", "")
        (out / (name + ".html")).write_bytes(cleaned.encode(charset))
        (out / (name + ".txt")).write_text(ref.text(), encoding="utf-8")
        lang = re.search(r'<html[^>]*\blang="([^"]+)"', page)
        language = lang.group(1) if lang else EXPECTED_LANGUAGE[name]
        content_type = "text/html; charset=utf-8" if charset == "utf-8" else "text/html"
        index.append("%s,%s,%s" % (name, content_type, language))
        print("%-36s %7d bytes  %5d words" % (name, len(cleaned.encode(charset)), len(ref.text().split())))
    (out / "index.csv").write_text("\n".join(index) + "\n", encoding="utf-8")


# Pages without <html lang>: the language a reader sees, for the detection test.
EXPECTED_LANGUAGE = {
    "news-spanish-nolang": "es",
    "blog-walking-handmade": "en",
    "blog-nachtzug-german-nolang": "de",
    "layout-table-club-iso": "en",
    "layout-table-portal": "en",
}


if __name__ == "__main__":
    main(sys.argv[1])
