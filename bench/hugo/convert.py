#!/usr/bin/env python3
"""Turns a Tribune JSON Lines corpus into a Hugo multilingual site with comparable pages.

Each edition becomes content/<lang>/articles/<id>.md with a translationKey (the shared id), so
Hugo links the editions of one article as translations; authors and topics are taxonomies (with
their own paginated term pages and RSS feeds), each language has its own home with pagination,
RSS and sitemap. The minimal theme in bench/hugo/layouts renders pages like Tribune's: title,
date, bylines, topics, body, language switch, related articles, Back to Top.

Usage: convert.py CORPUS.jsonl SITE_DIR
"""
import json
import os
import shutil
import sys

LANG_DIRS = {"en": "en", "zh-Hans": "zh-hans", "zh-Hant": "zh-hant"}


def yaml_string(value):
    return json.dumps(value, ensure_ascii=False)


def main(corpus, site):
    here = os.path.dirname(os.path.abspath(__file__))
    if os.path.exists(site):
        shutil.rmtree(site)
    shutil.copytree(os.path.join(here, "layouts"), os.path.join(site, "layouts"))
    shutil.copy(os.path.join(here, "hugo.toml"), os.path.join(site, "hugo.toml"))
    count = 0
    with open(corpus, encoding="utf-8") as lines:
        for line in lines:
            e = json.loads(line)
            lang = LANG_DIRS[e["lang"]]
            folder = os.path.join(site, "content", lang, "articles")
            os.makedirs(folder, exist_ok=True)
            front = [
                "---",
                "title: " + yaml_string(e["title"]),
                "date: " + e["published"],
                "lastmod: " + e.get("updated", e["published"]),
                "summary: " + yaml_string(e.get("summary", "")),
                "translationKey: " + yaml_string(e["id"]),
                "authors: [" + ", ".join(yaml_string(a["key"]) for a in e.get("authors", [])) + "]",
                "authorNames: [" + ", ".join(yaml_string(a["name"]) for a in e.get("authors", [])) + "]",
                "topics: [" + ", ".join(yaml_string(t["key"]) for t in e.get("topics", [])) + "]",
                "---",
                "",
            ]
            with open(os.path.join(folder, e["id"] + ".md"), "w", encoding="utf-8") as out:
                out.write("\n".join(front))
                out.write(e.get("body", ""))
                out.write("\n")
            count += 1
    print(f"{count} editions written to {site}/content")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
