//! AWS documentation HTML → rustdoc Markdown.
//!
//! AWS spec descriptions are HTML fragments (`<p>`, `<code>`, `<a href>`,
//! `<ul>/<li>`, `<note>`, `<important>`, `<fullname>`, `<dl>`, `<pre>`, …),
//! sometimes plain text, sometimes tag soup. [`html_to_rustdoc`] turns one
//! into the lines of a `///` comment and [`summary`] into a one-line summary.
//!
//! The output must pass `RUSTDOCFLAGS=-Dwarnings cargo doc` and
//! `cargo clippy -D warnings` on the generated crates, so every character of
//! source text that Markdown or rustdoc could misread is escaped:
//! `[`/`]` (intra-doc links), `<` (HTML tags), `*`/`_`/`~` (emphasis,
//! strikethrough), `` ` ``, `\`, `|` (tables), entity-like `&…;`, and block
//! markers (`#`, `-`, `+`, `=`, `>`, `1.`) at the start of a line. Bare
//! URLs become `<autolinks>`, code blocks are fenced as `text` (never
//! doctests), nothing is indented as an indented code block, and list-item
//! continuation lines sit exactly at the item's content column.
//!
//! Parsing: [`html5gum`] tokenizes (WHATWG rules, all named entities); a small
//! forgiving tree builder here closes unclosed/mis-nested tags the way a
//! browser roughly would; a renderer turns the tree into blocks (paragraph,
//! list, fenced text) and wraps paragraphs at [`WIDTH`] columns.

use html5gum::{Token, Tokenizer};

/// Target width of a paragraph line (content only, without `/// `).
pub const WIDTH: usize = 80;

/// Deepest element nesting kept; deeper start tags are dropped (their text
/// is kept), which bounds the recursion of the renderer.
const MAX_DEPTH: usize = 64;

/// How many times an HTML-escaped `<pre>` body is re-parsed as HTML.
const MAX_REPARSE: u8 = 2;

/// Converts an AWS doc HTML fragment to Markdown lines for `///` comments.
/// Returns an empty Vec when there is no text. Lines have no trailing spaces.
pub fn html_to_rustdoc(html: &str) -> Vec<String> {
    let nodes = parse(html);
    let blocks = render_blocks(&nodes, Ctx::default());
    let mut out = Vec::new();
    emit_blocks(&blocks, 0, &mut out);
    tidy(out)
}

/// First sentence/paragraph only, as one plain line (for short summaries,
/// e.g. in `preview` and enum/method one-liners).
///
/// "Plain" means no links (their text is kept) and no emphasis; inline code
/// spans, `<autolinks>` for bare URLs and Markdown escapes are kept, so the
/// line is safe to put into a `///` comment as is. A leading `<fullname>` is
/// skipped when anything else follows it. Empty when there is no text.
pub fn summary(html: &str) -> String {
    let nodes = parse(html);
    let ctx = Ctx {
        plain: true,
        skip_fullname: true,
        ..Ctx::default()
    };
    let mut blocks = render_blocks(&nodes, ctx);
    if blocks.is_empty() {
        blocks = render_blocks(
            &nodes,
            Ctx {
                plain: true,
                ..Ctx::default()
            },
        );
    }
    let Some(words) = first_para(&blocks) else {
        return String::new();
    };
    let end = sentence_end(words);
    let mut line = String::new();
    for (i, w) in words[..end].iter().enumerate() {
        if i == 0 {
            line.push_str(&line_start(w));
        } else {
            line.push(' ');
            line.push_str(&w.s);
        }
    }
    line
}

// ---------------------------------------------------------------------------
// Plain spec text
//
// Strings that are not documentation HTML (wire names, enum values,
// `info.title`, `info.version`) reach doc comments and `Cargo.toml` too.
// They go through these functions and nowhere else, so that no spec string
// can open a code block (a doctest that would run), a heading or a list, or
// trip a rustdoc lint: the result is always one line that shows the text.

/// The text with every character that could end or break a line, or that
/// rustc refuses in a comment, shown as an escape: `\n`, `\r`, `\t`,
/// `\u{7}`. Other characters, spaces included, are kept. Not Markdown-escaped
/// (for `Cargo.toml`'s `description`, say); see [`plain_line`].
pub fn one_line(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            '\t' => s.push_str("\\t"),
            c if c.is_control() || is_dropped(c) || (c.is_whitespace() && c != ' ') => {
                s.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
            c => s.push(c),
        }
    }
    s
}

/// Spec text as one line of Markdown that reads as that text: [`one_line`],
/// then every character Markdown or rustdoc could take as markup escaped
/// (`*`, `_`, `[`, `<`, `` ` ``, a `#`/`-`/`>`/`1.` that could start a block,
/// …) and bare URLs made `<autolinks>`. Runs of spaces become one (Markdown
/// would show one anyway); empty for text with nothing to show.
pub fn plain_line(text: &str) -> String {
    let mut inline = Inline::default();
    let ctx = Ctx {
        plain: true,
        ..Ctx::default()
    };
    inline.text(&one_line(text), ctx);
    let mut line = String::new();
    for (i, w) in inline.words.iter().enumerate() {
        if i == 0 {
            line.push_str(&line_start(w));
        } else {
            line.push(' ');
            line.push_str(&w.s);
        }
    }
    line
}

/// Spec text shown verbatim in an inline code span (`` `x` ``), for wire
/// names and enum values. Line breaks and control characters are escaped as
/// in [`one_line`], so the span closes on its own line and nothing in it can
/// start a block. Text with a run of two or more backticks, which would need
/// a 3-backtick delimiter (a fence at the start of a line), falls back to
/// [`plain_line`]; empty text is shown as `(empty)`.
pub fn code_span(text: &str) -> String {
    if text.is_empty() {
        return "(empty)".to_string();
    }
    let code = one_line(text);
    // Markdown strips one space from each end of ` a ` (when both ends have
    // one and there is more than spaces): a padded span keeps them.
    let stripped = code.starts_with(' ') && code.ends_with(' ') && !code.trim().is_empty();
    match longest_run(&code, '`') {
        0 if stripped => format!("` {code} `"),
        0 => format!("`{code}`"),
        1 => format!("`` {code} ``"),
        _ => plain_line(text),
    }
}

// ---------------------------------------------------------------------------
// Tree

#[derive(Debug)]
enum Node {
    Text(String),
    Elem(Elem),
}

#[derive(Debug)]
struct Elem {
    tag: String,
    href: Option<String>,
    children: Vec<Node>,
}

impl Elem {
    fn new(tag: &str, href: Option<String>) -> Self {
        Elem {
            tag: tag.to_string(),
            href,
            children: Vec::new(),
        }
    }
}

fn is_void(tag: &str) -> bool {
    matches!(
        tag,
        "br" | "hr"
            | "img"
            | "wbr"
            | "input"
            | "meta"
            | "link"
            | "area"
            | "base"
            | "col"
            | "embed"
            | "param"
            | "source"
            | "track"
    )
}

/// Tags rendered as blocks (anything else is inline: formatting or unknown).
fn is_block_tag(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "ul"
            | "ol"
            | "li"
            | "dl"
            | "dt"
            | "dd"
            | "note"
            | "important"
            | "pre"
            | "fullname"
            | "blockquote"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "table"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "caption"
            | "hr"
    )
}

/// Block tags whose start closes an open `<p>` (as in HTML tree building).
fn closes_p(tag: &str) -> bool {
    is_block_tag(tag) && !matches!(tag, "li" | "dt" | "dd" | "tr" | "td" | "th") || tag == "p"
}

/// Containers that a `<p>`/`<li>`/`<dt>` auto-close never reaches across.
fn is_scope_boundary(tag: &str) -> bool {
    matches!(
        tag,
        "li" | "dd"
            | "dt"
            | "note"
            | "important"
            | "div"
            | "blockquote"
            | "section"
            | "td"
            | "th"
            | "ul"
            | "ol"
            | "dl"
            | "table"
            | "pre"
            | "fullname"
    )
}

struct TreeBuilder {
    stack: Vec<Elem>,
}

impl TreeBuilder {
    fn pop(&mut self) {
        if self.stack.len() > 1 {
            let e = self.stack.pop().expect("len > 1");
            self.stack
                .last_mut()
                .expect("root stays")
                .children
                .push(Node::Elem(e));
        }
    }

    /// Pops up to and including the topmost `targets` element if it is open
    /// above every `stop` element.
    fn close_in_scope(&mut self, targets: &[&str], stop: impl Fn(&str) -> bool) {
        for i in (1..self.stack.len()).rev() {
            let tag = self.stack[i].tag.as_str();
            if targets.contains(&tag) {
                while self.stack.len() > i {
                    self.pop();
                }
                return;
            }
            if stop(tag) {
                return;
            }
        }
    }

    fn text(&mut self, s: &str) {
        let children = &mut self.stack.last_mut().expect("root stays").children;
        if let Some(Node::Text(t)) = children.last_mut() {
            t.push_str(s);
        } else {
            children.push(Node::Text(s.to_string()));
        }
    }

    fn start(&mut self, tag: &str, href: Option<String>, self_closing: bool) {
        if closes_p(tag) {
            self.close_in_scope(&["p"], is_scope_boundary);
        }
        match tag {
            "li" => {
                self.close_in_scope(&["li"], |t| matches!(t, "ul" | "ol" | "note" | "important"))
            }
            "dt" | "dd" => self.close_in_scope(&["dt", "dd"], |t| t == "dl"),
            _ => {}
        }
        let elem = Elem::new(tag, href);
        if is_void(tag) || self_closing || self.stack.len() > MAX_DEPTH {
            if is_void(tag) {
                self.stack
                    .last_mut()
                    .expect("root stays")
                    .children
                    .push(Node::Elem(elem));
            }
            return;
        }
        self.stack.push(elem);
    }

    fn end(&mut self, tag: &str) {
        if let Some(i) = self.stack.iter().rposition(|e| e.tag == tag) {
            if i > 0 {
                while self.stack.len() > i {
                    self.pop();
                }
            }
        }
    }

    fn finish(mut self) -> Vec<Node> {
        while self.stack.len() > 1 {
            self.pop();
        }
        self.stack.pop().map(|e| e.children).unwrap_or_default()
    }
}

fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn parse(html: &str) -> Vec<Node> {
    let mut tb = TreeBuilder {
        stack: vec![Elem::new("", None)],
    };
    for token in Tokenizer::new(html).flatten() {
        match token {
            Token::String(s) => tb.text(&lossy(&s)),
            Token::StartTag(tag) => {
                let name = lossy(&tag.name).to_ascii_lowercase();
                let href = if name == "a" {
                    tag.attributes
                        .iter()
                        .find(|(k, _)| k.eq_ignore_ascii_case(b"href"))
                        .map(|(_, v)| lossy(v))
                } else {
                    None
                };
                tb.start(&name, href, tag.self_closing);
            }
            Token::EndTag(tag) => tb.end(&lossy(&tag.name).to_ascii_lowercase()),
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    tb.finish()
}

/// All text of a subtree, whitespace as is.
fn raw_text(nodes: &[Node], out: &mut String) {
    for n in nodes {
        match n {
            Node::Text(t) => out.push_str(t),
            Node::Elem(e) if e.tag == "br" => out.push('\n'),
            Node::Elem(e) => {
                let block = is_block_tag(&e.tag);
                if block && !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
                raw_text(&e.children, out);
                if block && !out.ends_with('\n') {
                    out.push('\n');
                }
            }
        }
    }
}

fn contains_block(nodes: &[Node]) -> bool {
    nodes.iter().any(|n| match n {
        Node::Text(_) => false,
        Node::Elem(e) => is_block_tag(&e.tag) || contains_block(&e.children),
    })
}

// ---------------------------------------------------------------------------
// Characters

/// Characters never written to a doc comment: controls (except whitespace),
/// BOM, and the bidi overrides that rustc denies in comments
/// (`text_direction_codepoint_in_comment`).
fn is_dropped(c: char) -> bool {
    (c.is_control() && !c.is_whitespace())
        || matches!(c, '\u{feff}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// Normalised characters of text: dropped ones removed, whitespace (incl.
/// NBSP and U+2028) turned into spaces.
fn norm_chars(t: &str) -> Vec<char> {
    t.chars()
        .filter(|&c| !is_dropped(c))
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect()
}

fn collapse_ws(t: &str) -> String {
    let mut s = String::new();
    for c in norm_chars(t) {
        if c == ' ' && (s.is_empty() || s.ends_with(' ')) {
            continue;
        }
        s.push(c);
    }
    s.trim_end().to_string()
}

/// Escapes one plain-text character at `chars[i]` for use mid-line.
fn escape_char(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    match c {
        '\\' | '`' | '*' | '[' | ']' | '<' | '|' | '~' => {
            out.push('\\');
            out.push(c);
        }
        '_' => {
            // `_` between two alphanumerics can neither open nor close
            // emphasis; anywhere else it might.
            let before = chars[..i].iter().rev().find(|&&c| c != '_');
            let after = chars[i + 1..].iter().find(|&&c| c != '_');
            let inner = matches!((before, after), (Some(b), Some(a)) if b.is_alphanumeric() && a.is_alphanumeric());
            if !inner {
                out.push('\\');
            }
            out.push('_');
        }
        '&' => {
            // Only where Markdown would read an entity (`&amp;`, `&#39;`).
            let rest = &chars[i + 1..];
            let body = rest
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
                .count();
            if body > 0 && rest.get(body) == Some(&';') {
                out.push('\\');
            }
            out.push('&');
        }
        _ => out.push(c),
    }
}

/// Length of a bare `http(s)://` URL starting at `chars[i]`, if one does.
fn url_at(chars: &[char], i: usize) -> Option<usize> {
    let rest = &chars[i..];
    let lower =
        |n: usize| -> String { rest.iter().take(n).collect::<String>().to_ascii_lowercase() };
    let scheme = if lower(8) == "https://" {
        8
    } else if lower(7) == "http://" {
        7
    } else {
        return None;
    };
    // rustdoc's `bare_urls` host pattern starts with `[-a-zA-Z0-9@:%._+~#=]`.
    if !rest
        .get(scheme)
        .is_some_and(|c| c.is_alphanumeric() || "-@:%._+~#=".contains(*c))
    {
        return None;
    }
    let mut n = rest
        .iter()
        .take_while(|&&c| {
            !c.is_whitespace() && !matches!(c, '<' | '>' | '"' | '`' | '\\' | '{' | '}' | '|' | '^')
        })
        .count();
    // Trailing punctuation belongs to the sentence, as does an unbalanced `)`.
    loop {
        let last = rest[n - 1];
        let opens = |o: char| rest[..n].iter().filter(|&&c| c == o).count();
        let strip = matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '*' | '_')
            || (last == ')' && opens(')') > opens('('))
            || (last == ']' && opens(']') > opens('['));
        if strip && n > scheme + 1 {
            n -= 1;
        } else {
            break;
        }
    }
    Some(n)
}

/// Percent-encodes what a Markdown link destination or autolink can't hold.
fn encode_url(url: &str) -> String {
    let mut s = String::new();
    for c in url.trim().chars() {
        match c {
            ' ' => s.push_str("%20"),
            '(' => s.push_str("%28"),
            ')' => s.push_str("%29"),
            '<' => s.push_str("%3C"),
            '>' => s.push_str("%3E"),
            '\\' => s.push_str("%5C"),
            '`' => s.push_str("%60"),
            c if c.is_whitespace() || c.is_control() || is_dropped(c) => {}
            c => s.push(c),
        }
    }
    s
}

/// An `href` worth linking to: absolute web or mail URL with something after
/// the scheme. Relative hrefs and fragments are dropped.
fn absolute_href(href: &str) -> Option<String> {
    let h = href.trim();
    let lower = h.to_ascii_lowercase();
    let ok = ["https://", "http://", "mailto:"]
        .iter()
        .any(|p| lower.starts_with(p) && h.len() > p.len());
    ok.then(|| encode_url(h))
}

// ---------------------------------------------------------------------------
// Inline rendering

/// One unbreakable piece of a paragraph (words are joined by one space).
#[derive(Debug, Clone)]
struct Word {
    /// Markdown text.
    s: String,
    /// The word starts with an escaped-for-mid-line plain-text character, so
    /// it may need extra escaping at the start of a line.
    plain_start: bool,
}

/// Inline content being built: words plus the whitespace state around them.
#[derive(Debug, Default)]
struct Inline {
    words: Vec<Word>,
    lead: bool,
    space: bool,
    /// A space that vanishes before closing punctuation (trailing whitespace
    /// inside `<code>x </code>.`).
    weak: bool,
}

impl Inline {
    fn space(&mut self) {
        self.weak = false;
        if self.words.is_empty() {
            self.lead = true;
        } else {
            self.space = true;
        }
    }

    fn weak_space(&mut self) {
        if !self.space && !self.words.is_empty() {
            self.weak = true;
        }
    }

    fn push(&mut self, s: &str, plain: bool) {
        if s.is_empty() {
            return;
        }
        if std::mem::take(&mut self.weak) && !s.starts_with(['.', ',', ';', ':', '!', '?', ')']) {
            self.space = true;
        }
        let glued = match self.words.last_mut() {
            Some(w) if !self.space => glue(&mut w.s, s),
            _ => false,
        };
        if !glued {
            self.words.push(Word {
                s: s.to_string(),
                plain_start: plain,
            });
        }
        self.space = false;
    }

    fn append(&mut self, other: Inline) {
        if other.lead {
            self.space();
        }
        for (i, w) in other.words.into_iter().enumerate() {
            if i > 0 {
                self.space();
            }
            self.push(&w.s, w.plain_start);
        }
        if other.space {
            self.space();
        } else if other.weak {
            self.weak_space();
        }
    }

    /// Appends `other` wrapped in `open`…`close` markup, keeping whitespace
    /// outside the markup and dropping it when `other` has no words.
    /// `nested`: this is emphasis inside emphasis.
    fn append_wrapped(&mut self, mut other: Inline, open: &str, close: &str, nested: bool) {
        if other.words.is_empty() {
            if other.lead || other.space {
                self.space();
            }
            return;
        }
        let glued = !other.lead && !self.space && !self.weak;
        if let (true, true, Some(prev)) = (open.starts_with('*'), glued, self.words.last()) {
            // The opening run is glued to `outside`: it must be left-flanking,
            // and inside another emphasis also not right-flanking, or it
            // could close the outer span instead (see `glue`).
            let outside = prev.s.chars().last().unwrap_or(' ');
            let inside = other.words[0].s.chars().next().unwrap_or(' ');
            if nested && !(is_punct(outside) && inside.is_alphanumeric()) {
                // The outer emphasis still covers the text.
                self.append(other);
                return;
            }
            if outside.is_alphanumeric() && is_punct(inside) {
                self.space();
            }
        }
        let first = other.words.first_mut().expect("non-empty");
        first.s.insert_str(0, open);
        first.plain_start = false;
        other.words.last_mut().expect("non-empty").s.push_str(close);
        self.append(other);
    }

    fn text(&mut self, t: &str, ctx: Ctx) {
        let chars = norm_chars(t);
        let mut i = 0;
        let mut buf = String::new();
        while i < chars.len() {
            let c = chars[i];
            if c == ' ' {
                self.space();
                i += 1;
                continue;
            }
            if !ctx.in_link {
                if let Some(n) = url_at(&chars, i) {
                    let url: String = chars[i..i + n].iter().collect();
                    self.push(&format!("<{url}>"), false);
                    i += n;
                    continue;
                }
            }
            buf.clear();
            escape_char(&chars, i, &mut buf);
            self.push(&buf, true);
            i += 1;
        }
    }
}

/// Number of unescaped `c` at the end of `s` (markup, since plain text
/// escapes `*` and `` ` ``).
fn markup_run_at_end(s: &str, c: char) -> usize {
    let run = s.chars().rev().take_while(|&x| x == c).count();
    let slashes = s[..s.len() - run]
        .chars()
        .rev()
        .take_while(|&x| x == '\\')
        .count();
    if run > 0 && slashes % 2 == 1 {
        run - 1
    } else {
        run
    }
}

fn is_punct(c: char) -> bool {
    !c.is_alphanumeric() && !c.is_whitespace()
}

/// Appends `next` to the word `prev` with no space in between, unless the
/// two would run into each other as Markdown (`*a***b**`, `` `a``b` ``, an
/// emphasis delimiter that can't open or close there); then returns false
/// and the caller puts a space.
fn glue(prev: &mut String, next: &str) -> bool {
    let a = markup_run_at_end(prev, '*');
    let b = next.chars().take_while(|&c| c == '*').count();
    if a > 0 && b > 0 {
        if a != b {
            return false;
        }
        // `**x**` + `**y**` = `**xy**`.
        prev.truncate(prev.len() - a);
        prev.push_str(&next[b..]);
        return true;
    }
    // A closing run must be right-flanking. (It may be left-flanking too: its
    // own opener is the innermost open one, so it still closes that.)
    if a > 0 {
        let inside = prev[..prev.len() - a].chars().last();
        if inside.is_some_and(is_punct) && next.starts_with(char::is_alphanumeric) {
            return false;
        }
    }
    // An opening run must be left-flanking (`Inline::append_wrapped` has
    // already made sure of more where that matters).
    if b > 0 {
        let inside = next[b..].chars().next();
        if prev.ends_with(char::is_alphanumeric) && inside.is_some_and(is_punct) {
            return false;
        }
    }
    if markup_run_at_end(prev, '`') > 0 && next.starts_with('`') {
        return false;
    }
    // `![` would start an image; a word only ends in `!` when that `!` is
    // plain text.
    if next.starts_with('[') && prev.ends_with('!') {
        prev.insert(prev.len() - 1, '\\');
    }
    prev.push_str(next);
    true
}

#[derive(Debug, Clone, Copy, Default)]
struct Ctx {
    in_link: bool,
    em: bool,
    strong: bool,
    /// Summary mode: links become their text, no emphasis.
    plain: bool,
    skip_fullname: bool,
    /// How deep we are in re-parsed `<pre>` bodies.
    reparse: u8,
}

fn render_inline(nodes: &[Node], ctx: Ctx, out: &mut Inline) {
    for n in nodes {
        match n {
            Node::Text(t) => out.text(t, ctx),
            Node::Elem(e) => render_inline_elem(e, ctx, out),
        }
    }
}

fn render_inline_elem(e: &Elem, ctx: Ctx, out: &mut Inline) {
    match e.tag.as_str() {
        "code" | "tt" | "kbd" | "samp" => {
            let mut raw = String::new();
            raw_text(&e.children, &mut raw);
            html_code_span(&raw, ctx, out);
        }
        "i" | "em" | "cite" | "dfn" | "var" if !ctx.em && !ctx.plain => {
            let mut inner = Inline::default();
            render_inline(&e.children, Ctx { em: true, ..ctx }, &mut inner);
            out.append_wrapped(inner, "*", "*", ctx.strong);
        }
        "b" | "strong" if !ctx.strong && !ctx.plain => {
            let mut inner = Inline::default();
            render_inline(
                &e.children,
                Ctx {
                    strong: true,
                    ..ctx
                },
                &mut inner,
            );
            out.append_wrapped(inner, "**", "**", ctx.em);
        }
        "a" if !ctx.in_link && !ctx.plain => {
            let Some(url) = e.href.as_deref().and_then(absolute_href) else {
                // No usable target: just the text.
                render_inline(&e.children, ctx, out);
                return;
            };
            let mut inner = Inline::default();
            render_inline(
                &e.children,
                Ctx {
                    in_link: true,
                    ..ctx
                },
                &mut inner,
            );
            let same = {
                let mut raw = String::new();
                raw_text(&e.children, &mut raw);
                collapse_ws(&raw).trim() == url
            };
            if same || inner.words.is_empty() {
                if inner.lead {
                    out.space();
                }
                out.push(&format!("<{url}>"), false);
                if inner.space {
                    out.space();
                }
            } else {
                out.append_wrapped(inner, "[", &format!("]({url})"), false);
            }
        }
        "br" => out.space(),
        tag if is_block_tag(tag) => {
            out.space();
            render_inline(&e.children, ctx, out);
            out.space();
        }
        _ => render_inline(&e.children, ctx, out),
    }
}

fn html_code_span(raw: &str, ctx: Ctx, out: &mut Inline) {
    let code = collapse_ws(raw);
    let code = code.trim();
    if code.is_empty() {
        if !raw.is_empty() {
            out.space();
        }
        return;
    }
    if raw.starts_with(|c: char| c.is_whitespace()) {
        out.space();
    }
    let longest = longest_run(code, '`');
    if longest == 0 {
        out.push(&format!("`{code}`"), false);
    } else if longest == 1 {
        out.push(&format!("`` {code} ``"), false);
    } else {
        // A 3+ backtick span could open a code fence at a line start; such
        // code is rare enough to fall back to escaped text.
        out.text(code, ctx);
    }
    if raw.ends_with(|c: char| c.is_whitespace()) {
        out.weak_space();
    }
}

fn longest_run(s: &str, ch: char) -> usize {
    let (mut best, mut cur) = (0, 0);
    for c in s.chars() {
        if c == ch {
            cur += 1;
            best = best.max(cur);
        } else {
            cur = 0;
        }
    }
    best
}

// ---------------------------------------------------------------------------
// Blocks

#[derive(Debug)]
enum Block {
    Para(Vec<Word>),
    Code(Vec<String>),
    List {
        ordered: bool,
        items: Vec<Vec<Block>>,
    },
}

struct BlockBuilder {
    blocks: Vec<Block>,
    para: Inline,
    /// `<li>`s met outside a list are gathered into one bullet list.
    loose_items: Vec<Vec<Block>>,
}

impl BlockBuilder {
    fn new() -> Self {
        BlockBuilder {
            blocks: Vec::new(),
            para: Inline::default(),
            loose_items: Vec::new(),
        }
    }

    fn flush_para(&mut self) {
        let para = std::mem::take(&mut self.para);
        if !para.words.is_empty() {
            self.flush_items();
            self.blocks.push(Block::Para(para.words));
        }
    }

    fn flush_items(&mut self) {
        if !self.loose_items.is_empty() {
            let items = std::mem::take(&mut self.loose_items);
            self.blocks.push(Block::List {
                ordered: false,
                items,
            });
        }
    }

    fn flush(&mut self) {
        self.flush_para();
        self.flush_items();
    }

    fn extend(&mut self, blocks: Vec<Block>) {
        self.flush();
        self.blocks.extend(blocks);
    }

    fn finish(mut self) -> Vec<Block> {
        self.flush();
        self.blocks
    }
}

fn render_blocks(nodes: &[Node], ctx: Ctx) -> Vec<Block> {
    let mut b = BlockBuilder::new();
    for n in nodes {
        let e = match n {
            Node::Text(t) => {
                b.para.text(t, ctx);
                continue;
            }
            Node::Elem(e) => e,
        };
        let tag = e.tag.as_str();
        if tag == "br" || tag == "hr" {
            b.flush_para();
            continue;
        }
        if !is_block_tag(tag) {
            if contains_block(&e.children) {
                // Formatting around blocks: keep the blocks, drop the format.
                b.extend(render_blocks(&e.children, ctx));
            } else {
                render_inline_elem(e, ctx, &mut b.para);
            }
            continue;
        }
        b.flush_para();
        match tag {
            "li" => {
                let item = render_blocks(&e.children, ctx);
                if !item.is_empty() {
                    b.loose_items.push(item);
                }
            }
            "ul" | "ol" => {
                let items = list_items(&e.children, ctx);
                if !items.is_empty() {
                    b.extend(vec![Block::List {
                        ordered: tag == "ol",
                        items,
                    }]);
                }
            }
            "dl" => {
                let items = def_items(&e.children, ctx);
                if !items.is_empty() {
                    b.extend(vec![Block::List {
                        ordered: false,
                        items,
                    }]);
                }
            }
            "fullname" if ctx.skip_fullname => {}
            "fullname" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "dt" | "caption" => {
                let mut inl = Inline::default();
                render_inline(
                    &e.children,
                    Ctx {
                        strong: true,
                        ..ctx
                    },
                    &mut inl,
                );
                let mut para = Inline::default();
                if ctx.strong || ctx.plain {
                    para.append(inl);
                } else {
                    para.append_wrapped(inl, "**", "**", false);
                }
                if !para.words.is_empty() {
                    b.extend(vec![Block::Para(para.words)]);
                }
            }
            "note" | "important" => {
                let label = if tag == "note" { "Note:" } else { "Important:" };
                let label = if ctx.plain {
                    label.to_string()
                } else {
                    format!("**{label}**")
                };
                let mut inner = render_blocks(&e.children, ctx);
                if inner.is_empty() {
                    continue;
                }
                match inner.first_mut() {
                    Some(Block::Para(words)) => words.insert(
                        0,
                        Word {
                            s: label,
                            plain_start: ctx.plain,
                        },
                    ),
                    _ => inner.insert(
                        0,
                        Block::Para(vec![Word {
                            s: label,
                            plain_start: ctx.plain,
                        }]),
                    ),
                }
                b.extend(inner);
            }
            "pre" => {
                let mut raw = String::new();
                raw_text(&e.children, &mut raw);
                b.extend(pre_block(&raw, ctx));
            }
            _ => b.extend(render_blocks(&e.children, ctx)),
        }
    }
    b.finish()
}

/// Items of a `<ul>`/`<ol>`; stray content between `<li>`s joins the item
/// before it (or makes one).
fn list_items(nodes: &[Node], ctx: Ctx) -> Vec<Vec<Block>> {
    let mut items: Vec<Vec<Block>> = Vec::new();
    let mut stray: Vec<&Node> = Vec::new();
    let flush_stray = |stray: &mut Vec<&Node>, items: &mut Vec<Vec<Block>>| {
        if stray.is_empty() {
            return;
        }
        let blocks = render_node_refs(stray, ctx);
        stray.clear();
        if blocks.is_empty() {
            return;
        }
        match items.last_mut() {
            Some(item) => item.extend(blocks),
            None => items.push(blocks),
        }
    };
    for n in nodes {
        match n {
            Node::Elem(e) if e.tag == "li" => {
                flush_stray(&mut stray, &mut items);
                let item = render_blocks(&e.children, ctx);
                if !item.is_empty() {
                    items.push(item);
                }
            }
            _ => stray.push(n),
        }
    }
    flush_stray(&mut stray, &mut items);
    items
}

fn render_node_refs(nodes: &[&Node], ctx: Ctx) -> Vec<Block> {
    // Rendering works on slices of owned nodes; stray runs are short, so
    // render them one at a time and join the paragraphs they make.
    let mut b = BlockBuilder::new();
    for n in nodes {
        match n {
            Node::Text(t) => b.para.text(t, ctx),
            Node::Elem(e) if !is_block_tag(&e.tag) && !contains_block(&e.children) => {
                render_inline_elem(e, ctx, &mut b.para)
            }
            Node::Elem(_) => b.extend(render_blocks(std::slice::from_ref(*n), ctx)),
        }
    }
    b.finish()
}

/// `<dl>` as a bullet list: `- **term**: definition`.
fn def_items(nodes: &[Node], ctx: Ctx) -> Vec<Vec<Block>> {
    let mut items: Vec<Vec<Block>> = Vec::new();
    // Whether the last item so far is only a term, ready to take a `: def`.
    let mut open_term = false;
    for n in nodes {
        match n {
            Node::Elem(e) if e.tag == "dt" => {
                let mut inl = Inline::default();
                render_inline(
                    &e.children,
                    Ctx {
                        strong: true,
                        ..ctx
                    },
                    &mut inl,
                );
                let mut para = Inline::default();
                if ctx.strong || ctx.plain {
                    para.append(inl);
                } else {
                    para.append_wrapped(inl, "**", "**", false);
                }
                if !para.words.is_empty() {
                    items.push(vec![Block::Para(para.words)]);
                    open_term = true;
                }
            }
            _ => {
                let one = std::slice::from_ref(n);
                let children = match n {
                    Node::Elem(e) if e.tag == "dd" => &e.children[..],
                    _ => one,
                };
                let mut blocks = render_blocks(children, ctx);
                if blocks.is_empty() {
                    continue;
                }
                match items.last_mut() {
                    Some(item) => {
                        if open_term {
                            if let (Some(Block::Para(term)), Block::Para(_)) =
                                (item.last_mut(), &blocks[0])
                            {
                                let Block::Para(def) = blocks.remove(0) else {
                                    unreachable!()
                                };
                                if let Some(last) = term.last_mut() {
                                    last.s.push(':');
                                }
                                term.extend(def);
                            }
                        }
                        item.extend(blocks);
                    }
                    None => items.push(blocks),
                }
                open_term = false;
            }
        }
    }
    items
}

/// A `<pre>` body: a fenced `text` block, or — when the body is itself
/// HTML-escaped documentation (`&lt;p&gt;…`, seen in a few AWS specs) — the
/// rendering of that HTML.
fn pre_block(raw: &str, ctx: Ctx) -> Vec<Block> {
    let looks_html = ["<p>", "</p>", "<note>", "<code>", "<a href"]
        .iter()
        .any(|t| raw.contains(t));
    if looks_html && ctx.reparse < MAX_REPARSE {
        let nodes = parse(raw);
        return render_blocks(
            &nodes,
            Ctx {
                reparse: ctx.reparse + 1,
                ..ctx
            },
        );
    }
    let raw = raw.strip_prefix('\n').unwrap_or(raw);
    let mut lines: Vec<String> = raw
        .replace("\r\n", "\n")
        .split(['\n', '\r'])
        .map(|l| {
            let mut s = String::new();
            for c in l.chars().filter(|&c| !is_dropped(c) || c == '\t') {
                match c {
                    '\t' => {
                        let n = 4 - s.chars().count() % 4;
                        s.extend(std::iter::repeat_n(' ', n));
                    }
                    c if c.is_whitespace() => s.push(' '),
                    c => s.push(c),
                }
            }
            s.trim_end().to_string()
        })
        .collect();
    while lines.first().is_some_and(|l| l.is_empty()) {
        lines.remove(0);
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    if lines.is_empty() {
        return Vec::new();
    }
    let indent = lines
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    for l in &mut lines {
        if !l.is_empty() {
            l.drain(..indent);
        }
    }
    if ctx.plain {
        // Summaries have no room for blocks: the code as a code span.
        let mut inl = Inline::default();
        html_code_span(&lines.join(" "), ctx, &mut inl);
        return vec![Block::Para(inl.words)];
    }
    vec![Block::Code(lines)]
}

// ---------------------------------------------------------------------------
// Emission

/// The word as the first of a line: block markers escaped.
fn line_start(w: &Word) -> String {
    let s = &w.s;
    if !w.plain_start {
        return s.clone();
    }
    // A line made of one repeated `#`/`-`/`+`/`=` is a heading, list item,
    // thematic break or setext underline; `>` starts a block quote anywhere.
    let first = s.chars().next().unwrap_or(' ');
    let repeated = s.chars().all(|c| c == first);
    if first == '>' || (repeated && matches!(first, '#' | '-' | '+' | '=')) {
        return format!("\\{s}");
    }
    // `1.`/`1)` followed by a space is an ordered list item.
    let digits = s.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 && s.len() == digits + 1 && s.ends_with(['.', ')']) {
        return format!("{}\\{}", &s[..digits], &s[digits..]);
    }
    s.clone()
}

fn wrap(words: &[Word], width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut len = 0;
    for w in words {
        let wl = w.s.chars().count();
        if !line.is_empty() && len + 1 + wl > width {
            lines.push(std::mem::take(&mut line));
            len = 0;
        }
        if line.is_empty() {
            let s = line_start(w);
            len = s.chars().count();
            line = s;
        } else {
            line.push(' ');
            line.push_str(&w.s);
            len += 1 + wl;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A list is tight when no item needs a blank line inside it.
fn is_tight(items: &[Vec<Block>]) -> bool {
    items.iter().all(|item| {
        matches!(
            item.as_slice(),
            [] | [Block::Para(_)] | [Block::List { .. }] | [Block::Para(_), Block::List { .. }]
        )
    })
}

fn push_line(out: &mut Vec<String>, indent: usize, text: &str) {
    if text.is_empty() {
        out.push(String::new());
    } else {
        out.push(format!("{}{}", " ".repeat(indent), text));
    }
}

fn emit_blocks(blocks: &[Block], indent: usize, out: &mut Vec<String>) {
    let mut prev: Option<&Block> = None;
    for block in blocks {
        if let Some(p) = prev {
            // Inside a list item a nested list hugs the text it follows.
            let compact = indent > 0 && matches!((p, block), (Block::Para(_), Block::List { .. }));
            if !compact {
                out.push(String::new());
            }
        }
        emit_block(block, indent, out);
        prev = Some(block);
    }
}

fn emit_block(block: &Block, indent: usize, out: &mut Vec<String>) {
    match block {
        Block::Para(words) => {
            let width = WIDTH.saturating_sub(indent).max(40);
            for line in wrap(words, width) {
                push_line(out, indent, &line);
            }
        }
        Block::Code(lines) => {
            let ticks = lines.iter().map(|l| longest_run(l, '`')).max().unwrap_or(0);
            let fence = "`".repeat(ticks.max(2) + 1);
            push_line(out, indent, &format!("{fence}text"));
            for l in lines {
                push_line(out, indent, l);
            }
            push_line(out, indent, &fence);
        }
        Block::List { ordered, items } => {
            let tight = is_tight(items);
            for (i, item) in items.iter().enumerate() {
                if i > 0 && !tight {
                    out.push(String::new());
                }
                let marker = if *ordered {
                    format!("{}. ", i + 1)
                } else {
                    "- ".to_string()
                };
                let inner = indent + marker.len();
                let start = out.len();
                emit_blocks(item, inner, out);
                if start == out.len() {
                    continue;
                }
                // The first line carries the marker in place of the indent.
                let first = &mut out[start];
                let body = first[inner.min(first.len())..].to_string();
                *first = format!("{}{}{}", " ".repeat(indent), marker, body)
                    .trim_end()
                    .to_string();
            }
        }
    }
}

/// Final guard: no trailing spaces, no blank first/last line, no two blank
/// lines in a row.
fn tidy(lines: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    for l in lines {
        let l = l.trim_end().to_string();
        if l.is_empty() && out.last().is_none_or(|p| p.is_empty()) {
            continue;
        }
        out.push(l);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out
}

fn first_para(blocks: &[Block]) -> Option<&[Word]> {
    for b in blocks {
        match b {
            Block::Para(w) if !w.is_empty() => return Some(w),
            Block::List { items, .. } => {
                for item in items {
                    if let Some(w) = first_para(item) {
                        return Some(w);
                    }
                }
            }
            _ => {}
        }
    }
    None
}

/// Number of words in the first sentence.
fn sentence_end(words: &[Word]) -> usize {
    const ABBREV: &[&str] = &["e.g.", "i.e.", "vs.", "approx.", "cf.", "no."];
    for i in 0..words.len().saturating_sub(1) {
        let s = &words[i].s;
        if !s.ends_with(['.', '!', '?']) || s.ends_with("\\.") {
            continue;
        }
        let lower = s.to_lowercase();
        let bare = lower.trim_start_matches(['(', '"', '\'']);
        if ABBREV.contains(&bare) {
            continue;
        }
        // Initials like `U.S.`.
        let letters: Vec<&str> = bare.trim_end_matches('.').split('.').collect();
        if letters.len() > 1 && letters.iter().all(|p| p.chars().count() == 1) {
            continue;
        }
        let next = words[i + 1]
            .s
            .chars()
            .find(|c| c.is_alphanumeric() || *c == '`');
        if next.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '`') {
            return i + 1;
        }
    }
    words.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(html: &str) -> String {
        html_to_rustdoc(html).join("\n")
    }

    #[test]
    fn empty_and_plain() {
        assert!(html_to_rustdoc("").is_empty());
        assert!(html_to_rustdoc("  <p> </p> <ul></ul>").is_empty());
        assert_eq!(summary(""), "");
        assert_eq!(
            md("The status of the deployment."),
            "The status of the deployment."
        );
        assert_eq!(md("  a   \n\t b  "), "a b");
    }

    #[test]
    fn paragraphs_are_separated_by_one_blank_line() {
        assert_eq!(
            md("<p>One.</p> <p>Two.</p><p></p><p>Three</p>"),
            "One.\n\nTwo.\n\nThree"
        );
        // Unclosed <p>s are closed by the next block.
        assert_eq!(
            md("<p>One<p>Two<ul><li>x</li></ul>tail"),
            "One\n\nTwo\n\n- x\n\ntail"
        );
        assert_eq!(md("a<br>b<br/>c"), "a\n\nb\n\nc");
    }

    #[test]
    fn fullname_is_a_bold_paragraph() {
        assert_eq!(
            md("<fullname>Step Functions</fullname> <p>Step Functions is a <i>service</i>.</p>"),
            "**Step Functions**\n\nStep Functions is a *service*."
        );
    }

    #[test]
    fn code_spans() {
        assert_eq!(md("Use <code> ListFoo </code>."), "Use `ListFoo`.");
        assert_eq!(md("<code>&lt; &gt; { } [ ]</code>"), "`< > { } [ ]`");
        assert_eq!(md("a <code>x`y</code> b"), "a `` x`y `` b");
        assert_eq!(md("a<code></code>b"), "ab");
        assert_eq!(md("a <code> </code> b"), "a b");
        assert_eq!(md("<code>a<i>b</i>\n  c</code>"), "`ab c`");
        // Fence-like runs fall back to escaped text.
        assert_eq!(md("<code>a``b</code>"), "a\\`\\`b");
    }

    #[test]
    fn links() {
        assert_eq!(
            md(
                r#"See <a href="https://docs.aws.amazon.com/x.html#y"> Limits Related</a> in the <i>Guide</i>."#
            ),
            "See [Limits Related](https://docs.aws.amazon.com/x.html#y) in the *Guide*."
        );
        assert_eq!(md("see <a>ScheduleRun</a>."), "see ScheduleRun.");
        assert_eq!(
            md("<a>https://a.com</a> <a href=\"x\">https://b.com</a>"),
            "<https://a.com> <https://b.com>"
        );
        assert_eq!(md(r#"see <a href="../x.html">X</a>"#), "see X");
        assert_eq!(md(r#"see <a href="\#frag">X</a>"#), "see X");
        assert_eq!(md(r#"<a href="https://a.com/x"></a>"#), "<https://a.com/x>");
        assert_eq!(
            md(r#"<a href="https://a.com/x">https://a.com/x</a>"#),
            "<https://a.com/x>"
        );
        assert_eq!(
            md(r#"<a href="https://a.com/(x) y">[t]</a>"#),
            "[\\[t\\]](https://a.com/%28x%29%20y)"
        );
        assert_eq!(
            md(r#"<a href="mailto:a@b.c">mail</a>"#),
            "[mail](mailto:a@b.c)"
        );
        assert_eq!(
            md(r#"<a href="https://a.com"><code>X</code></a>"#),
            "[`X`](https://a.com)"
        );
        // A link inside a link keeps only its text.
        assert_eq!(
            md(r#"<a href="https://a.com">a <a href="https://b.com">b</a></a>"#),
            "[a b](https://a.com)"
        );
    }

    #[test]
    fn bare_urls_become_autolinks() {
        assert_eq!(
            md("located at https://s3.amazonaws.com/x/roles.yaml. This"),
            "located at <https://s3.amazonaws.com/x/roles.yaml>. This"
        );
        assert_eq!(
            md("(see http://a.com/b_(c))."),
            "(see <http://a.com/b_(c)>)."
        );
        assert_eq!(
            md(r#"such as "http://" or "https://"."#),
            r#"such as "http://" or "https://"."#
        );
        assert_eq!(md("<code>https://a.com</code>"), "`https://a.com`");
        assert_eq!(md("http://+1.https://a.b/c"), "<http://+1.https://a.b/c>");
        assert_eq!(
            md("<code>``` https://a.b</code>"),
            "\\`\\`\\` <https://a.b>"
        );
    }

    #[test]
    fn lists() {
        assert_eq!(
            md("<ul> <li> <p>white space</p> </li> <li> <p>brackets <code>&lt; &gt; { } [ ]</code> </p> </li></ul>"),
            "- white space\n- brackets `< > { } [ ]`"
        );
        assert_eq!(md("<ol><li>a</li><li>b</li></ol>"), "1. a\n2. b");
        assert_eq!(
            md("<ul><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li><li>d</li></ul>"),
            "- a\n  - b\n    1. c\n- d"
        );
        // Several blocks in an item: loose list, continuation at the content column.
        assert_eq!(
            md("<ol><li><p>a</p><p>b</p></li><li>c</li></ol><p>after</p>"),
            "1. a\n\n   b\n\n2. c\n\nafter"
        );
        // Text after a nested list is separated (no lazy continuation).
        assert_eq!(
            md("<ul><li>a<ul><li>b</li></ul>c</li></ul>"),
            "- a\n  - b\n\n  c"
        );
        // Unclosed <li>s, stray <li> outside lists.
        assert_eq!(md("<ul><li>a<li>b</ul>"), "- a\n- b");
        assert_eq!(md("x<li>a</li><li>b</li>y"), "x\n\n- a\n- b\n\ny");
    }

    #[test]
    fn long_list_items_wrap_at_the_content_column() {
        let long = "word ".repeat(40);
        let lines = html_to_rustdoc(&format!(
            "<ol><li>{long}</li></ol><ul><li><ul><li>{long}</li></ul></li></ul>"
        ));
        for l in &lines {
            assert!(l.chars().count() <= WIDTH, "{l:?}");
        }
        assert!(lines[0].starts_with("1. word"));
        assert!(lines[1].starts_with("   word"));
        let nested = lines
            .iter()
            .position(|l| l.starts_with("- - word"))
            .unwrap();
        assert!(lines[nested + 1].starts_with("    word"));
    }

    #[test]
    fn notes() {
        assert_eq!(
            md("<note> <p>This operation is <code>eventually</code> consistent.</p> </note>"),
            "**Note:** This operation is `eventually` consistent."
        );
        assert_eq!(
            md("<important><p>a</p><p>b</p></important>"),
            "**Important:** a\n\nb"
        );
        assert_eq!(md("<note><ul><li>a</li></ul></note>"), "**Note:**\n\n- a");
    }

    #[test]
    fn pre_is_a_text_fence() {
        assert_eq!(
            md("<pre><code>fn main() {\n\tpanic!();\n}\n</code></pre>"),
            "```text\nfn main() {\n    panic!();\n}\n```"
        );
        assert_eq!(md("<pre>a ``` b</pre>"), "````text\na ``` b\n````");
        assert_eq!(
            md("<ul><li>x<pre>  y\n    z</pre></li></ul>"),
            "- x\n\n  ```text\n  y\n    z\n  ```"
        );
        // HTML-escaped docs inside <pre> (a few AWS specs) are rendered.
        assert_eq!(
            md("<p>a</p> <pre><code> &lt;p&gt;The &lt;code&gt;x&lt;/code&gt; value.&lt;/p&gt; </code></pre>"),
            "a\n\nThe `x` value."
        );
    }

    #[test]
    fn emphasis() {
        assert_eq!(
            md("<i>a</i> <em>b</em> <b>c</b> <strong>d</strong>"),
            "*a* *b* **c** **d**"
        );
        assert_eq!(md("x<b> </b>y <i></i>z"), "x y z");
        assert_eq!(md("<b> Operator Values </b>:"), "**Operator Values** :");
        assert_eq!(md("<b>a <b>b</b></b> <i><em>c</em></i>"), "**a b** *c*");
        // Emphasis inside emphasis is dropped where its opening `*` could
        // close the outer span.
        assert_eq!(
            md("<i>role/<b>*</b>/x</i> <b>a<i>b</i> <i>c</i></b>"),
            "*role/\\*/x* **ab *c***"
        );
        assert_eq!(md("<i>*.txt</i>"), "*\\*.txt*");
        // Adjacent spans: same kind merges, others get a space; delimiters
        // that could not open/close get one too.
        assert_eq!(
            md("<b>a</b><strong>b</strong> <i>c</i><b>d</b>"),
            "**ab** *c* **d**"
        );
        assert_eq!(
            md("<b>Note:</b>Do <i>x</i>(y) a<b>(b)</b>"),
            "**Note:** Do *x*(y) a **(b)**"
        );
        assert_eq!(
            md("(<i>x</i>). a<i>b</i>c \"<b>\"q\"</b>\""),
            "(*x*). a*b*c \"**\"q\"**\""
        );
        assert_eq!(md("<code>a</code><code>b</code>"), "`a` `b`");
        assert_eq!(
            md("Hey!<a href=\"https://a.com\">x</a>"),
            "Hey\\![x](https://a.com)"
        );
        assert_eq!(md("<fullname><b>X</b> Y</fullname>"), "**X Y**");
    }

    #[test]
    fn escapes() {
        assert_eq!(md("a [b] c"), "a \\[b\\] c");
        assert_eq!(md("List&lt;String&gt; a &gt; b"), "List\\<String> a > b");
        assert_eq!(md("198.19.* range"), "198.19.\\* range");
        assert_eq!(
            md("snake_case _x_ __init__ a_"),
            "snake_case \\_x\\_ \\_\\_init\\_\\_ a\\_"
        );
        assert_eq!(md("a\\b `c` d|e ~f~"), "a\\\\b \\`c\\` d\\|e \\~f\\~");
        assert_eq!(
            md("&amp;amp; &amp;#39; AT&amp;T &amp;"),
            "\\&amp; \\&#39; AT&T &"
        );
        assert_eq!(md("&#x2028;a&nbsp;b&#x27;c"), "a b'c");
        // Block markers at the start of a line.
        assert_eq!(md("# x"), "\\# x");
        assert_eq!(md("- x"), "\\- x");
        assert_eq!(md("+ x"), "\\+ x");
        assert_eq!(md("1. x"), "1\\. x");
        assert_eq!(md("10) x"), "10\\) x");
        assert_eq!(md("> x"), "\\> x");
        assert_eq!(md("==="), "\\===");
        assert_eq!(
            md("<ul><li>- a</li><li>1. b</li></ul>"),
            "- \\- a\n- 1\\. b"
        );
        // Mid-line they are harmless and stay readable.
        assert_eq!(md("a - b # c 1. d > e"), "a - b # c 1. d > e");
        // Bidi overrides and controls are dropped.
        assert_eq!(md("a\u{202e}b\u{0}c"), "abc");
    }

    #[test]
    fn wrapped_lines_escape_their_start() {
        let text = format!("{} - 1. # x", "word ".repeat(15));
        for l in html_to_rustdoc(&text) {
            assert!(
                !l.starts_with("- ") && !l.starts_with("1. ") && !l.starts_with("# "),
                "{l:?}"
            );
        }
    }

    #[test]
    fn definition_lists() {
        assert_eq!(
            md("<dl> <dt>IPV4</dt> <dd> <p> <code>x.x.x.x</code> </p> <p> <i>where x</i> </p> </dd> <dt>B</dt><dd>b</dd></dl>"),
            "- **IPV4**: `x.x.x.x`\n\n  *where x*\n\n- **B**: b"
        );
    }

    #[test]
    fn unknown_and_misnested_tags() {
        assert_eq!(
            md("<span>a</span> <foo bar=1>b</foo> <div>c</div>"),
            "a b\n\nc"
        );
        assert_eq!(md("<b><i>x</b> y</i>"), "***x*** y");
        assert_eq!(md("a </p></li></ul> b"), "a b");
        assert_eq!(md("<!-- c -->a<?x?>"), "a");
        assert_eq!(md("1 < 2 and 3 > 2"), "1 \\< 2 and 3 > 2");
        assert_eq!(md("<b><p>x</p></b>"), "x");
        assert_eq!(md("<p class=\"title\"> <b>T</b> </p>"), "**T**");
    }

    #[test]
    fn summaries() {
        assert_eq!(
            summary("<fullname>Step Functions</fullname> <p>Step Functions is a <i>service</i>. More here.</p>"),
            "Step Functions is a service."
        );
        assert_eq!(summary("<fullname>Only</fullname>"), "Only");
        assert_eq!(
            summary("Use e.g. the <a href=\"https://x.com\">API</a>. Then"),
            "Use e.g. the API."
        );
        assert_eq!(
            summary("The U.S. East Region. More"),
            "The U.S. East Region."
        );
        assert_eq!(
            summary("<p>Version 1.2 of <code>x</code>.</p><p>b</p>"),
            "Version 1.2 of `x`."
        );
        assert_eq!(summary("<ul><li>- first</li></ul>"), "\\- first");
        assert_eq!(
            summary("<note>Careful [x]. Yes</note>"),
            "Note: Careful \\[x\\]."
        );
        assert!(!summary(&"long ".repeat(100)).contains('\n'));
    }

    #[test]
    fn plain_spec_text_is_one_line_that_shows_the_text() {
        assert_eq!(
            one_line("a\nb\r\tc\u{7}\u{202e}\u{2028}d  e"),
            "a\\nb\\r\\tc\\u{7}\\u{202e}\\u{2028}d  e"
        );
        assert_eq!(code_span("ACTIVE"), "`ACTIVE`");
        assert_eq!(code_span("a\\b <c> [d]"), "`a\\b <c> [d]`");
        assert_eq!(code_span("it's `x`"), "`` it's `x` ``");
        assert_eq!(code_span("`x"), "`` `x ``");
        assert_eq!(code_span(" a "), "`  a  `");
        assert_eq!(code_span("  "), "`  `");
        assert_eq!(code_span(""), "(empty)");
        // A fence or an indented block inside a value stays in the span.
        assert_eq!(
            code_span("X\n\n~~~\nrun();\n~~~\n"),
            "`X\\n\\n~~~\\nrun();\\n~~~\\n`"
        );
        assert_eq!(code_span("X\n\n\n    run();"), "`X\\n\\n\\n    run();`");
        // Two or more backticks in a row: escaped text instead.
        assert_eq!(code_span("a``b"), "a\\`\\`b");
        assert_eq!(
            code_span("```\nrun();\n```"),
            "\\`\\`\\`\\\\nrun();\\\\n\\`\\`\\`"
        );
        assert_eq!(
            plain_line("Hostile \"T\"\n\n```\nrun();\n```"),
            "Hostile \"T\"\\\\n\\\\n\\`\\`\\`\\\\nrun();\\\\n\\`\\`\\`"
        );
        assert_eq!(
            plain_line("# *T* [l] <b> http://a.b/c _x_"),
            "\\# \\*T\\* \\[l\\] \\<b> <http://a.b/c> \\_x\\_"
        );
        assert_eq!(plain_line("1. x"), "1\\. x");
        assert_eq!(plain_line("  "), "");
    }

    /// Whether a doc line starting with `line` would start a Markdown block
    /// other than a paragraph.
    fn opens_block(line: &str) -> bool {
        let rest = |s: &str| s.is_empty() || s.starts_with(' ');
        let hashes = line.trim_start_matches('#');
        let digits = line.trim_start_matches(|c: char| c.is_ascii_digit());
        (hashes.len() < line.len() && line.len() - hashes.len() <= 6 && rest(hashes))
            || ["-", "+", "*"]
                .iter()
                .any(|m| line.strip_prefix(m).is_some_and(rest))
            || line.starts_with(['>', ' ', '\t'])
            || line.starts_with("```")
            || line.starts_with("~~~")
            || line.starts_with("===")
            || (digits.len() < line.len() && digits.strip_prefix(['.', ')']).is_some_and(rest))
    }

    #[test]
    fn plain_spec_text_never_breaks_a_line() {
        const BITS: &[&str] = &[
            "\n",
            "\r",
            "\r\n",
            "\t",
            "\u{0}",
            "\u{7f}",
            "\u{85}",
            "\u{2028}",
            "\u{202e}",
            "\u{feff}",
            "`",
            "``",
            "```",
            "~~~",
            "    ",
            " ",
            "#",
            "-",
            "1.",
            ">",
            "<",
            "[",
            "]",
            "*",
            "_",
            "\\",
            "|",
            "&amp;",
            "http://a.b",
            "x",
            "é",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..3000 {
            let mut s = String::new();
            for _ in 0..(state % 12) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                s.push_str(BITS[(state % BITS.len() as u64) as usize]);
            }
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            for out in [one_line(&s), plain_line(&s), code_span(&s)] {
                assert!(
                    !out.chars().any(|c| c.is_control()
                        || is_dropped(c)
                        || (c.is_whitespace() && c != ' ')),
                    "{s:?} -> {out:?}"
                );
            }
            let p = plain_line(&s);
            assert_eq!(p.trim(), p, "{s:?}");
            assert!(!opens_block(&p), "{s:?} -> {p:?}");
            assert!(!opens_block(&code_span(&s)), "{s:?} -> {:?}", code_span(&s));
        }
    }

    /// Invariants every output must satisfy.
    fn check(input: &str) {
        let lines = html_to_rustdoc(input);
        assert!(lines.first().is_none_or(|l| !l.is_empty()), "{input:?}");
        assert!(lines.last().is_none_or(|l| !l.is_empty()), "{input:?}");
        for (i, l) in lines.iter().enumerate() {
            assert_eq!(l.trim_end(), l, "trailing space for {input:?}");
            assert!(
                !(l.is_empty() && i > 0 && lines[i - 1].is_empty()),
                "{input:?}"
            );
            assert!(!l.contains('\t'), "{input:?}");
        }
        let s = summary(input);
        assert!(!s.contains('\n') && s.trim() == s, "{input:?}");
    }

    #[test]
    fn garbage_never_panics() {
        const BITS: &[&str] = &[
            "<p>",
            "</p>",
            "<ul>",
            "</ul>",
            "<ol>",
            "<li>",
            "</li>",
            "<a href=\"https://x.com/a b\">",
            "<a href='rel'>",
            "<a>",
            "</a>",
            "<code>",
            "</code>",
            "<pre>",
            "</pre>",
            "<b>",
            "</b>",
            "<i>",
            "</i>",
            "<note>",
            "</note>",
            "<dl>",
            "<dt>",
            "<dd>",
            "<br/>",
            "<fullname>",
            "<",
            ">",
            "&",
            "&lt;",
            "&#",
            "&#x2028;",
            "&amp;lt;",
            "`",
            "``",
            "```",
            "*",
            "_",
            "[",
            "]",
            "\\",
            "#",
            "-",
            "1.",
            "|",
            "~",
            " ",
            "\n",
            "\t",
            "https://a.b/c)",
            "http://",
            "é",
            "\u{202e}",
            "<!--",
            "-->",
            "<table><tr><td>",
            "word",
            "x.",
            " Y",
            "<p/>",
            "</dl>",
            "<h1>",
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..3000 {
            let n = (next() % 40) as usize;
            let s: String = (0..n)
                .map(|_| BITS[(next() % BITS.len() as u64) as usize])
                .collect();
            check(&s);
        }
        // Raw random characters, and very deep nesting.
        for _ in 0..500 {
            let n = (next() % 60) as usize;
            let s: String = (0..n)
                .filter_map(|_| char::from_u32((next() % 0x3000) as u32))
                .collect();
            check(&s);
        }
        check(&"<ul><li><b>".repeat(2000));
        check(&"<pre>&lt;p&gt;".repeat(50));
    }

    /// Every description of the apis.guru corpus, when it is checked out.
    #[test]
    fn corpus_never_panics() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../shared/apis-guru/v2/specs");
        let Ok(providers) = std::fs::read_dir(&root) else {
            return;
        };
        let mut files = Vec::new();
        for p in providers.flatten() {
            for svc in std::fs::read_dir(p.path()).into_iter().flatten().flatten() {
                for ver in std::fs::read_dir(svc.path())
                    .into_iter()
                    .flatten()
                    .flatten()
                {
                    let f = ver.path().join("openapi.json");
                    if f.exists() {
                        files.push(f);
                    }
                }
            }
        }
        fn walk(v: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
            match v {
                serde_json::Value::Object(m) => {
                    for (k, v) in m {
                        match v {
                            serde_json::Value::String(s) if k == "description" => {
                                out.insert(s.clone());
                            }
                            _ => walk(v, out),
                        }
                    }
                }
                serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
                _ => {}
            }
        }
        let mut descriptions = std::collections::BTreeSet::new();
        for f in files {
            let Ok(text) = std::fs::read_to_string(&f) else {
                continue;
            };
            let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) else {
                continue;
            };
            walk(&v, &mut descriptions);
        }
        for d in &descriptions {
            check(d);
        }
        if !descriptions.is_empty() {
            eprintln!(
                "checked {} distinct corpus descriptions",
                descriptions.len()
            );
        }
    }
}
