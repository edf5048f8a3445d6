#!/usr/bin/env python3
"""Page weight of every public page, as a phone on a slow network gets it.

With the portal running (mvn liberty:run), prints for each public page (found by following
links from each language's home page): the number of requests the page makes (the HTML plus
every same-origin resource it loads), the bytes transferred with gzip, and whether any response
set a cookie. Exits 1 when a page is over the budget (14 KB gzip, one round trip) or sets a cookie.

    python3 bench/page-weight.py [http://localhost:9080]
"""
import gzip
import json
import re
import sys
import urllib.error
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

BASE = (sys.argv[1] if len(sys.argv) > 1 else "http://localhost:9080").rstrip("/")
BUDGET = 14 * 1024


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(url):
    """(status, wire bytes, decoded body, headers) of one GET that accepts gzip."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    try:
        response = OPENER.open(request, timeout=30)
    except urllib.error.HTTPError as error:
        response = error
    wire = response.read()
    body = gzip.decompress(wire) if response.headers.get("Content-Encoding") == "gzip" else wire
    # what travels: the status line and headers too
    head = sum(len(k) + len(v) + 4 for k, v in response.headers.items()) + 17
    return response.status, len(wire) + head, body, response.headers


class Links(HTMLParser):
    """Same-page resources (what the browser loads) and links (what a reader follows)."""

    def __init__(self):
        super().__init__()
        self.resources, self.links = [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "link" and a.get("href") and a.get("rel") in ("stylesheet", "icon", "preload", "manifest"):
            self.resources.append(a["href"])
        if tag in ("script", "img", "iframe", "source", "video", "audio") and a.get("src"):
            self.resources.append(a["src"])


def same_origin(url):
    return urlparse(url).netloc == urlparse(BASE).netloc


def main():
    languages = [entry["code"] for entry in json.loads(fetch(BASE + "/api/v1/languages")[2])]
    queue, seen, rows, failed = [f"{BASE}/{code}/" for code in languages], set(), [], False
    while queue and len(seen) < 500:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        status, wire, body, headers = fetch(url)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        parser = Links()
        parser.feed(body.decode("utf-8"))
        requests, total, cookie = 1, wire, bool(headers.get_all("Set-Cookie"))
        for resource in parser.resources:
            target = urljoin(url, resource)
            if target.startswith("data:"):
                continue
            if not same_origin(target):
                print(f"  {url}: loads {target} from another host", file=sys.stderr)
                failed = True
                continue
            _, size, _, resource_headers = fetch(target)
            requests, total = requests + 1, total + size
            cookie = cookie or bool(resource_headers.get_all("Set-Cookie"))
        rows.append((url[len(BASE):], requests, total, cookie))
        for link in parser.links:
            target = urljoin(url, link).split("#")[0]
            if same_origin(target) and urlparse(target).path != "/exit" and target not in seen:
                queue.append(target)
    print(f"{'page':<40} {'requests':>8} {'gzip bytes':>10} {'budget':>7} {'cookie':>6}")
    for page, requests, total, cookie in rows:
        over = total > BUDGET
        failed = failed or over or cookie
        print(f"{page:<40} {requests:>8} {total:>10} {'OVER' if over else 'ok':>7} {'YES' if cookie else 'no':>6}")
    print(f"{len(rows)} pages; budget {BUDGET} bytes gzip per page, all resources included")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
