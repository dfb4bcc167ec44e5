#!/usr/bin/env python3
"""Writes a WordPress export (WXR 1.2, as export_wp() writes it) from the synthetic JSON Lines corpus.

usage: python3 bench/wxr-from-corpus.py CORPUS.jsonl OUT.wxr.xml

Each article becomes a Polylang translation group: one post per edition (languages en, zh, tw),
a post_translations term holding {language => post id}, and each topic a category translated
into the three languages (term_translations groups, the Chinese terms slugged KEY-zh and KEY-tw).
Bodies become block-editor HTML; dates are written in UTC and in the site's timezone
(Asia/Shanghai); Chinese posts get Chinese slugs, percent-encoded as WordPress stores them, and
live under /zh/ and /tw/. Reads the corpus twice and holds only ids and names in memory.
"""
import html
import json
import re
import sys
import urllib.parse
from datetime import datetime, timedelta, timezone

LANGS = {"en": "en", "zh-Hans": "zh", "zh-Hant": "tw"}
ORDER = ["en", "zh-Hans", "zh-Hant"]
SITE = "https://journal.example.org"
SHANGHAI = timedelta(hours=8)


def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def php_group(members):
    body = "".join('s:%d:"%s";i:%d;' % (len(k.encode()), k, v) for k, v in members)
    return "a:%d:{%s}" % (len(members), body)


def inline(text):
    text = html.escape(text, quote=False)
    text = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", lambda m: '<a href="%s">%s</a>' % (m.group(2), m.group(1)), text)
    text = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", text)
    return re.sub(r"(?<![*\w])\*([^*]+)\*(?!\*)", r"<em>\1</em>", text)


def blocks(markdown):
    out = []
    for chunk in re.split(r"\n\s*\n", markdown.strip()):
        if chunk.startswith("## "):
            out.append('<!-- wp:heading -->\n<h2 class="wp-block-heading">%s</h2>\n<!-- /wp:heading -->'
                       % inline(chunk[3:]))
        elif chunk.startswith("> "):
            out.append('<!-- wp:quote -->\n<blockquote class="wp-block-quote"><p>%s</p></blockquote>\n'
                       '<!-- /wp:quote -->' % inline(re.sub(r"^> ?", "", chunk, flags=re.M)))
        else:
            out.append("<!-- wp:paragraph -->\n<p>%s</p>\n<!-- /wp:paragraph -->" % inline(chunk))
    return "\n\n".join(out)


def dates(iso):
    gmt = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(timezone.utc)
    return (gmt + SHANGHAI).strftime("%Y-%m-%d %H:%M:%S"), gmt.strftime("%Y-%m-%d %H:%M:%S"), gmt


def main(corpus, out_path):
    articles = {}  # id -> index, in order of first appearance
    langs = {}  # id -> set of langs
    authors = {}  # key -> name (English)
    topics = {}  # key -> {lang: name}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            articles.setdefault(d["id"], len(articles))
            langs.setdefault(d["id"], set()).add(d["lang"])
            for a in d.get("authors", []):
                if d["lang"] == "en" or a["key"] not in authors:
                    authors[a["key"]] = a["name"]
            for t in d.get("topics", []):
                topics.setdefault(t["key"], {})[d["lang"]] = t["name"]

    def post_id(article, lang):
        return 1000 + 3 * articles[article] + ORDER.index(lang)

    term_ids = {}
    next_term = [10]

    def term_id(name):
        if name not in term_ids:
            term_ids[name] = next_term[0]
            next_term[0] += 1
        return term_ids[name]

    with open(out_path, "w", encoding="utf-8") as w:
        w.write('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0"\n'
                '\txmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"\n'
                '\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n'
                '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
                '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
                '\txmlns:wp="http://wordpress.org/export/1.2/"\n>\n<channel>\n'
                '\t<title>Synthetic journal</title>\n\t<link>%s</link>\n\t<language>en-US</language>\n'
                '\t<wp:wxr_version>1.2</wp:wxr_version>\n' % SITE)
        for n, (key, name) in enumerate(sorted(authors.items()), start=2):
            w.write("\t<wp:author><wp:author_id>%d</wp:author_id><wp:author_login>%s</wp:author_login>"
                    "<wp:author_display_name>%s</wp:author_display_name></wp:author>\n" % (n, cdata(key), cdata(name)))
        for key, names in sorted(topics.items()):
            group = []
            for lang in ORDER:
                if lang not in names:
                    continue
                slug = key if lang == "en" else key + "-" + LANGS[lang]
                group.append((LANGS[lang], term_id("category:" + slug)))
                w.write("\t<wp:category><wp:term_id>%d</wp:term_id><wp:category_nicename>%s</wp:category_nicename>"
                        "<wp:category_parent></wp:category_parent><wp:cat_name>%s</wp:cat_name></wp:category>\n"
                        % (term_id("category:" + slug), cdata(slug), cdata(names[lang])))
            w.write("\t<wp:term><wp:term_id>%d</wp:term_id><wp:term_taxonomy>term_translations</wp:term_taxonomy>"
                    "<wp:term_slug>pll_t_%s</wp:term_slug><wp:term_name>pll_t_%s</wp:term_name>"
                    "<wp:term_description>%s</wp:term_description></wp:term>\n"
                    % (term_id("tt:" + key), key, key, cdata(php_group(group))))
        for lang, code in LANGS.items():
            w.write("\t<wp:term><wp:term_id>%d</wp:term_id><wp:term_taxonomy>language</wp:term_taxonomy>"
                    "<wp:term_slug>%s</wp:term_slug><wp:term_name>%s</wp:term_name></wp:term>\n"
                    % (term_id("language:" + code), code, lang))
        for article, i in articles.items():
            members = [(LANGS[l], post_id(article, l)) for l in ORDER if l in langs[article]]
            w.write("\t<wp:term><wp:term_id>%d</wp:term_id><wp:term_taxonomy>post_translations</wp:term_taxonomy>"
                    "<wp:term_slug>pll_%d</wp:term_slug><wp:term_name>pll_%d</wp:term_name>"
                    "<wp:term_description>%s</wp:term_description></wp:term>\n"
                    % (term_id("pt:" + article), i, i, cdata(php_group(members))))
        with open(corpus, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                lang, code = d["lang"], LANGS[d["lang"]]
                local, gmt, when = dates(d["published"])
                mlocal, mgmt, _ = dates(d.get("updated") or d["published"])
                slug = d["id"] if lang == "en" else urllib.parse.quote(d["title"][:20], safe="").lower()
                prefix = "" if lang == "en" else "/" + code
                link = "%s%s/%s/%s/" % (SITE, prefix, when.strftime("%Y/%m/%d"), slug)
                cats = []
                for t in d.get("topics", []):
                    tslug = t["key"] if lang == "en" else t["key"] + "-" + code
                    cats.append('<category domain="category" nicename="%s">%s</category>' % (tslug, cdata(t["name"])))
                cats.append('<category domain="language" nicename="%s">%s</category>' % (code, cdata(lang)))
                cats.append('<category domain="post_translations" nicename="pll_%d">%s</category>'
                            % (articles[d["id"]], cdata("pll_%d" % articles[d["id"]])))
                creator = d["authors"][0]["key"] if d.get("authors") else ""
                w.write("\t<item>\n\t\t<title>%s</title>\n\t\t<link>%s</link>\n\t\t<dc:creator>%s</dc:creator>\n"
                        "\t\t<content:encoded>%s</content:encoded>\n\t\t<excerpt:encoded>%s</excerpt:encoded>\n"
                        "\t\t<wp:post_id>%d</wp:post_id>\n\t\t<wp:post_date>%s</wp:post_date>\n"
                        "\t\t<wp:post_date_gmt>%s</wp:post_date_gmt>\n\t\t<wp:post_modified>%s</wp:post_modified>\n"
                        "\t\t<wp:post_modified_gmt>%s</wp:post_modified_gmt>\n\t\t<wp:post_name>%s</wp:post_name>\n"
                        "\t\t<wp:status>publish</wp:status>\n\t\t<wp:post_type>post</wp:post_type>\n\t\t%s\n"
                        "\t</item>\n"
                        % (cdata(d["title"]), link, cdata(creator), cdata(blocks(d.get("body", ""))),
                           cdata(d.get("summary") or ""), post_id(d["id"], lang), local, gmt, mlocal, mgmt,
                           cdata(slug), "\n\t\t".join(cats)))
        w.write("</channel>\n</rss>\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python3 bench/wxr-from-corpus.py CORPUS.jsonl OUT.wxr.xml")
    main(sys.argv[1], sys.argv[2])
