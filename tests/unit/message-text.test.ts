// MessageText renders a message as text: markup stays visible text, line breaks are kept, and
// only well-formed http(s) addresses become links (new tab, noopener noreferrer nofollow).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MessageText, messageParts } from "@/components/messages/message-text";

const render = (text: string) => renderToStaticMarkup(createElement(MessageText, { text }));
const links = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((m) => m[1]);

describe("MessageText", () => {
  it("keeps <script> and other markup as visible text, never as elements", () => {
    const html = render(`<script>alert("x")</script><img src=x onerror=alert(1)> & <b>bold</b>`);
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
  });

  it("keeps line breaks and spacing (pre-wrap) exactly as typed", () => {
    const html = render("First line\n\n  indented second");
    expect(html).toMatch(/^<div class="[^"]*whitespace-pre-wrap[^"]*">First line\n\n  indented second<\/div>$/);
  });

  it("links http(s) addresses safely, leaving the sentence's punctuation outside the link", () => {
    const html = render("See https://example.org/guide?a=1&b=2. Or (http://library.example/path) too!");
    expect(links(html)).toEqual(["https://example.org/guide?a=1&amp;b=2", "http://library.example/path"]);
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(html).toContain(">https://example.org/guide?a=1&amp;b=2</a>. Or (");
    expect(html).toContain(">http://library.example/path</a>) too!");
  });

  it("never links javascript:, data: or other schemes, nor a broken address", () => {
    for (const text of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(document.cookie)",
      "click javascript://%0aalert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "https://",
      "http://[not a host",
    ]) {
      const html = render(text);
      expect(links(html), text).toEqual([]);
      expect(html).not.toContain("<a");
    }
  });

  it("links only the http(s) part when a hostile scheme wraps one", () => {
    const parts = messageParts('javascript:alert(1)//https://example.org/x"onmouseover="alert(1)');
    expect(parts).toEqual([
      "javascript:alert(1)//",
      { href: "https://example.org/x", text: "https://example.org/x" },
      '"onmouseover="alert(1)',
    ]);
    const html = render('javascript:alert(1)//https://example.org/x"onmouseover="alert(1)');
    expect(links(html)).toEqual(["https://example.org/x"]);
    expect(html).not.toMatch(/<a [^>]*onmouseover/);
  });
});
