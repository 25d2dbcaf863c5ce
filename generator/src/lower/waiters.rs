//! Waiters from AWS's model (`waiters-2.json`, kept verbatim in
//! `aws-model.json`): each acceptor's JMESPath expression is parsed here and
//! typed against the IR's shapes, so `emit` can write it as Rust accessors
//! over the typed output. A waiter with anything outside the supported subset
//! (or naming an operation or member the spec lacks) is skipped with a
//! diagnostic naming the waiter and the expression: never guessed.
//!
//! Supported JMESPath: identifiers (plain and quoted), `a.b`, `@`, flatten
//! projections `a[]`, filter projections `a[?cond]`, comparators
//! (`==` `!=` `<` `<=` `>` `>=`), `&&`, `||`, `!`, parentheses, JSON and raw
//! string literals, and `length(…)`. Not supported: indexes and slices,
//! `*`, pipes, multi-selects and every other function.

use serde::Deserialize;

use super::Diagnostic;
use crate::ir::{
    Acceptor, AcceptorState, Matcher, PathComparison, Service, ShapeId, ShapeKind, Waiter,
    WaiterComparator, WaiterExpr, WaiterKind, WaiterNode,
};
use crate::model::AwsModel;
use crate::naming::{pascal, snake, Namespace};

/// The SDKs' default maximum delay between polls.
const DEFAULT_MAX_DELAY_SECS: u64 = 120;
/// Smithy's default minimum delay, for a waiter without `delay`.
const DEFAULT_MIN_DELAY_SECS: u64 = 2;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWaiter {
    operation: String,
    #[serde(default)]
    delay: Option<u64>,
    #[serde(default, rename = "maxAttempts")]
    max_attempts: Option<u32>,
    #[serde(default)]
    description: Option<String>,
    acceptors: Vec<RawAcceptor>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAcceptor {
    state: String,
    matcher: String,
    #[serde(default)]
    argument: Option<String>,
    expected: serde_json::Value,
}

/// Adds the model's waiters to `service` (sorted by name); skipped ones
/// become diagnostics.
pub(super) fn apply(
    model: Option<&AwsModel>,
    mut service: Service,
    diags: &mut Vec<Diagnostic>,
) -> Service {
    let Some(model) = model else {
        return service;
    };
    // Waiter methods live on `Client` beside the operations' methods.
    let mut reserved: Vec<&str> = vec!["from_env", "from_conf", "config"];
    reserved.extend(
        service
            .operations
            .iter()
            .map(|o| crate::naming::bare(&o.rust_name)),
    );
    let mut names = WaiterNamer {
        methods: Namespace::with_reserved(&reserved),
        types: Namespace::default(),
    };
    let mut waiters = Vec::new();
    for (name, raw) in &model.waiters {
        let pointer = format!(
            "{}#/waiters/{}",
            crate::model::FILE_NAME,
            crate::load::escape_pointer(name)
        );
        match lower_waiter(&service, name, raw, &pointer, &mut names) {
            Ok(w) => waiters.push(w),
            Err((pointer, message)) => diags.push(Diagnostic {
                pointer,
                message: format!("waiter {name:?} skipped: {message}"),
            }),
        }
    }
    service.waiters = waiters;
    service
}

type Skip = (String, String);

/// The waiters' Rust names: client methods beside the operations', types in
/// a namespace of their own. Claimed only for a waiter that is kept, in
/// model order.
struct WaiterNamer {
    methods: Namespace,
    types: Namespace,
}

fn lower_waiter(
    svc: &Service,
    name: &str,
    raw: &serde_json::Value,
    pointer: &str,
    names: &mut WaiterNamer,
) -> Result<Waiter, Skip> {
    let raw: RawWaiter = serde_json::from_value(raw.clone()).map_err(|e| {
        (
            pointer.to_string(),
            format!("not a waiters-2.json waiter: {e}"),
        )
    })?;
    let op = svc
        .operations
        .iter()
        .find(|o| o.name == raw.operation)
        .ok_or_else(|| {
            (
                format!("{pointer}/operation"),
                format!("the spec has no operation {:?}", raw.operation),
            )
        })?;
    if raw.acceptors.is_empty() {
        return Err((format!("{pointer}/acceptors"), "no acceptors".into()));
    }
    let mut acceptors = Vec::new();
    for (i, a) in raw.acceptors.iter().enumerate() {
        let at = format!("{pointer}/acceptors/{i}");
        let state = match a.state.as_str() {
            "success" => AcceptorState::Success,
            "failure" => AcceptorState::Failure,
            "retry" => AcceptorState::Retry,
            other => return Err((format!("{at}/state"), format!("unknown state {other:?}"))),
        };
        let matcher = lower_matcher(svc, op.output.as_ref(), a, &at)?;
        acceptors.push(Acceptor { state, matcher });
    }
    let min = raw.delay.unwrap_or(DEFAULT_MIN_DELAY_SECS);
    let method = names.methods.claim(&format!("wait_until_{}", snake(name)));
    let module = snake(crate::naming::bare(&method).trim_start_matches("wait_until_"));
    let type_name = names.types.claim(&pascal(name));
    Ok(Waiter {
        name: name.to_string(),
        method,
        module,
        fluent_builder: format!("{type_name}FluentBuilder"),
        final_poll: format!("{type_name}FinalPoll"),
        error: format!("WaitUntil{type_name}Error"),
        type_name,
        operation: op.name.clone(),
        docs: raw.description.clone(),
        min_delay_secs: min,
        max_delay_secs: DEFAULT_MAX_DELAY_SECS.max(min),
        max_attempts: raw.max_attempts,
        acceptors,
    })
}

fn lower_matcher(
    svc: &Service,
    output: Option<&ShapeId>,
    a: &RawAcceptor,
    at: &str,
) -> Result<Matcher, Skip> {
    let expected_err = |what: &str| {
        (
            format!("{at}/expected"),
            format!("`{}` expects {what}", a.matcher),
        )
    };
    let comparison = match a.matcher.as_str() {
        "path" => PathComparison::Equals,
        "pathAll" => PathComparison::AllEqual,
        "pathAny" => PathComparison::AnyEqual,
        "status" => {
            let status = a
                .expected
                .as_u64()
                .and_then(|s| u16::try_from(s).ok())
                .ok_or_else(|| expected_err("an HTTP status"))?;
            return Ok(Matcher::Status(status));
        }
        "error" => {
            return match &a.expected {
                serde_json::Value::String(code) => Ok(Matcher::ErrorCode(code.clone())),
                serde_json::Value::Bool(true) => Ok(Matcher::AnyError),
                serde_json::Value::Bool(false) => Ok(Matcher::NoError),
                _ => Err(expected_err("an error code or a boolean")),
            }
        }
        other => {
            return Err((
                format!("{at}/matcher"),
                format!("unknown matcher {other:?}"),
            ))
        }
    };
    let argument = a.argument.as_deref().ok_or_else(|| {
        (
            format!("{at}/argument"),
            format!("`{}` without an argument", a.matcher),
        )
    })?;
    let skip = |message: String| {
        (
            format!("{at}/argument"),
            format!("expression `{}`: {message}", argument.escape_debug()),
        )
    };
    if !matches!(
        a.expected,
        serde_json::Value::String(_) | serde_json::Value::Bool(_) | serde_json::Value::Number(_)
    ) {
        return Err(expected_err("a string, number or boolean"));
    }
    let output = output
        .filter(|o| svc.structure(*o).is_some())
        .ok_or_else(|| skip("the operation has no output to match".into()))?;
    let ast = parse(argument).map_err(skip)?;
    let root = WaiterExpr {
        kind: WaiterKind::One(output.clone()),
        node: WaiterNode::Current,
    };
    let typed = Typer { svc }.expr(&ast, &root).map_err(skip)?;
    let value = Typer { svc }.to_value(typed).map_err(skip)?;
    Ok(Matcher::Path {
        argument: argument.to_string(),
        value,
        comparison,
        expected: a.expected.clone(),
    })
}

// ---- JMESPath parsing (a Pratt parser with jmespath.py's binding powers) ----

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    Dot,
    Flatten,
    Filter,
    LBracket,
    RBracket,
    LParen,
    RParen,
    Comma,
    At,
    Not,
    Cmp(WaiterComparator),
    And,
    Or,
    Literal(serde_json::Value),
    Eof,
}

impl Token {
    fn binding_power(&self) -> u8 {
        match self {
            Token::Or => 2,
            Token::And => 3,
            Token::Cmp(_) => 5,
            Token::Flatten => 9,
            Token::Filter => 21,
            Token::Dot => 40,
            Token::Not => 45,
            Token::LBracket => 55,
            Token::LParen => 60,
            _ => 0,
        }
    }
}

/// The parsed expression, as jmespath.py builds it.
#[derive(Debug, Clone, PartialEq)]
enum Ast {
    Identity,
    Field(String),
    Subexpression(Box<Ast>, Box<Ast>),
    Flatten(Box<Ast>),
    Projection(Box<Ast>, Box<Ast>),
    /// left, right, condition
    FilterProjection(Box<Ast>, Box<Ast>, Box<Ast>),
    Compare(WaiterComparator, Box<Ast>, Box<Ast>),
    And(Box<Ast>, Box<Ast>),
    Or(Box<Ast>, Box<Ast>),
    Not(Box<Ast>),
    Literal(serde_json::Value),
    Function(String, Vec<Ast>),
}

fn lex(s: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let take_until = |i: &mut usize, end: char| -> Result<String, String> {
        let start = *i;
        let mut text = String::new();
        while *i < chars.len() && chars[*i] != end {
            if chars[*i] == '\\' && *i + 1 < chars.len() {
                text.push(chars[*i]);
                *i += 1;
            }
            text.push(chars[*i]);
            *i += 1;
        }
        if *i >= chars.len() {
            return Err(format!("unterminated {end} at character {start}"));
        }
        *i += 1;
        Ok(text)
    };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        i += 1;
        let token = match c {
            ' ' | '\t' | '\n' | '\r' => continue,
            '.' => Token::Dot,
            '@' => Token::At,
            ',' => Token::Comma,
            '(' => Token::LParen,
            ')' => Token::RParen,
            ']' => Token::RBracket,
            '[' if next == Some(']') => {
                i += 1;
                Token::Flatten
            }
            '[' if next == Some('?') => {
                i += 1;
                Token::Filter
            }
            '[' => Token::LBracket,
            '&' if next == Some('&') => {
                i += 1;
                Token::And
            }
            '|' if next == Some('|') => {
                i += 1;
                Token::Or
            }
            '=' if next == Some('=') => {
                i += 1;
                Token::Cmp(WaiterComparator::Eq)
            }
            '!' if next == Some('=') => {
                i += 1;
                Token::Cmp(WaiterComparator::Ne)
            }
            '!' => Token::Not,
            '<' | '>' => {
                let eq = next == Some('=');
                if eq {
                    i += 1;
                }
                Token::Cmp(match (c, eq) {
                    ('<', false) => WaiterComparator::Lt,
                    ('<', true) => WaiterComparator::Le,
                    ('>', false) => WaiterComparator::Gt,
                    _ => WaiterComparator::Ge,
                })
            }
            '`' => {
                let text = take_until(&mut i, '`')?.replace("\\`", "`");
                let value: serde_json::Value = serde_json::from_str(text.trim())
                    .map_err(|e| format!("literal `{}` is not JSON: {e}", text.escape_debug()))?;
                Token::Literal(value)
            }
            '\'' => {
                let text = take_until(&mut i, '\'')?.replace("\\'", "'");
                Token::Literal(serde_json::Value::String(text))
            }
            '"' => {
                let text = take_until(&mut i, '"')?;
                let name: String = serde_json::from_str(&format!("\"{text}\""))
                    .map_err(|e| format!("bad quoted identifier: {e}"))?;
                Token::Ident(name)
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let mut name = c.to_string();
                while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                    name.push(chars[i]);
                    i += 1;
                }
                Token::Ident(name)
            }
            c if c.is_ascii_digit() || c == '-' => {
                return Err("numbers outside literals (indexes, slices) are not supported".into())
            }
            other => return Err(format!("`{}` is not supported", other.escape_debug())),
        };
        out.push(token);
    }
    out.push(Token::Eof);
    Ok(out)
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
}

/// Nesting deeper than this is refused (the expressions AWS writes nest 4).
const MAX_DEPTH: usize = 64;

fn parse(s: &str) -> Result<Ast, String> {
    let mut p = Parser {
        tokens: lex(s)?,
        pos: 0,
    };
    let ast = p.expression(0, 0)?;
    match p.peek() {
        Token::Eof => Ok(ast),
        t => Err(format!("unexpected {t:?}")),
    }
}

impl Parser {
    fn peek(&self) -> &Token {
        &self.tokens[self.pos.min(self.tokens.len() - 1)]
    }

    fn advance(&mut self) -> Token {
        let t = self.peek().clone();
        self.pos += 1;
        t
    }

    fn expect(&mut self, t: Token) -> Result<(), String> {
        match self.advance() {
            got if got == t => Ok(()),
            got => Err(format!("expected {t:?}, found {got:?}")),
        }
    }

    fn expression(&mut self, rbp: u8, depth: usize) -> Result<Ast, String> {
        if depth > MAX_DEPTH {
            return Err("nested too deeply".into());
        }
        let d = depth + 1;
        let mut left = match self.advance() {
            Token::Literal(v) => Ast::Literal(v),
            Token::Ident(name) => Ast::Field(name),
            Token::At => Ast::Identity,
            Token::Not => Ast::Not(Box::new(self.expression(Token::Not.binding_power(), d)?)),
            Token::LParen => {
                let e = self.expression(0, d)?;
                self.expect(Token::RParen)?;
                e
            }
            Token::Flatten => {
                let right = self.projection_rhs(Token::Flatten.binding_power(), d)?;
                Ast::Projection(
                    Box::new(Ast::Flatten(Box::new(Ast::Identity))),
                    Box::new(right),
                )
            }
            Token::Filter => self.filter(Ast::Identity, d)?,
            t => return Err(format!("unexpected {t:?}")),
        };
        while rbp < self.peek().binding_power() {
            left = match self.advance() {
                Token::Dot => {
                    let right = self.dot_rhs(Token::Dot.binding_power(), d)?;
                    Ast::Subexpression(Box::new(left), Box::new(right))
                }
                Token::Flatten => {
                    let right = self.projection_rhs(Token::Flatten.binding_power(), d)?;
                    Ast::Projection(Box::new(Ast::Flatten(Box::new(left))), Box::new(right))
                }
                Token::Filter => self.filter(left, d)?,
                Token::Cmp(op) => {
                    let right = self.expression(Token::Cmp(op).binding_power(), d)?;
                    Ast::Compare(op, Box::new(left), Box::new(right))
                }
                Token::And => Ast::And(Box::new(left), Box::new(self.expression(3, d)?)),
                Token::Or => Ast::Or(Box::new(left), Box::new(self.expression(2, d)?)),
                Token::LParen => {
                    let Ast::Field(name) = left else {
                        return Err("only a function name can be called".into());
                    };
                    let mut args = Vec::new();
                    if *self.peek() != Token::RParen {
                        loop {
                            args.push(self.expression(0, d)?);
                            if *self.peek() == Token::Comma {
                                self.advance();
                            } else {
                                break;
                            }
                        }
                    }
                    self.expect(Token::RParen)?;
                    Ast::Function(name, args)
                }
                Token::LBracket => return Err("indexes and slices are not supported".into()),
                t => return Err(format!("unexpected {t:?}")),
            };
        }
        Ok(left)
    }

    fn filter(&mut self, left: Ast, d: usize) -> Result<Ast, String> {
        let condition = self.expression(0, d)?;
        self.expect(Token::RBracket)?;
        let right = self.projection_rhs(Token::Filter.binding_power(), d)?;
        Ok(Ast::FilterProjection(
            Box::new(left),
            Box::new(right),
            Box::new(condition),
        ))
    }

    fn dot_rhs(&mut self, bp: u8, d: usize) -> Result<Ast, String> {
        match self.peek() {
            Token::Ident(_) => self.expression(bp, d),
            t => Err(format!("{t:?} after `.` is not supported")),
        }
    }

    fn projection_rhs(&mut self, bp: u8, d: usize) -> Result<Ast, String> {
        // Tokens binding less than 10 end the projection.
        match self.peek() {
            t if t.binding_power() < 10 => Ok(Ast::Identity),
            Token::Filter | Token::LBracket => self.expression(bp, d),
            Token::Dot => {
                self.advance();
                self.dot_rhs(bp, d)
            }
            t => Err(format!("unexpected {t:?} after a projection")),
        }
    }
}

// ---- Typing against the IR ----

struct Typer<'a> {
    svc: &'a Service,
}

fn boxed(e: WaiterExpr) -> Box<WaiterExpr> {
    Box::new(e)
}

fn value(node: WaiterNode) -> WaiterExpr {
    WaiterExpr {
        kind: WaiterKind::Value,
        node,
    }
}

impl Typer<'_> {
    fn kind_name(&self, shape: &ShapeId) -> &'static str {
        match &self.svc.shape(shape).kind {
            ShapeKind::Structure(_) => "a structure",
            ShapeKind::Enum(_) => "an enum",
            ShapeKind::List { .. } => "a list",
            ShapeKind::Map { .. } => "a map",
            ShapeKind::String => "a string",
            ShapeKind::Integer => "an integer",
            ShapeKind::Float { .. } => "a number",
            ShapeKind::Boolean => "a boolean",
            ShapeKind::Timestamp => "a timestamp",
            ShapeKind::Blob => "a blob",
            ShapeKind::Document => "a document",
        }
    }

    /// `ast` evaluated with `base` as the current value.
    fn expr(&self, ast: &Ast, base: &WaiterExpr) -> Result<WaiterExpr, String> {
        Ok(match ast {
            Ast::Identity => base.clone(),
            Ast::Field(name) => self.member(base, name)?,
            Ast::Subexpression(left, right) => {
                let left = self.expr(left, base)?;
                self.expr(right, &left)?
            }
            Ast::Flatten(inner) => self.flatten(self.expr(inner, base)?)?,
            Ast::Projection(left, right) => {
                let left = self.expr(left, base)?;
                self.project(left, right)?
            }
            Ast::FilterProjection(left, right, cond) => {
                let left = self.expr(left, base)?;
                let element = match &left.kind {
                    WaiterKind::One(s) => match &self.svc.shape(s).kind {
                        ShapeKind::List { item } => item.clone(),
                        _ => return Err(format!("a filter over {}", self.kind_name(s))),
                    },
                    WaiterKind::Many(s) => s.clone(),
                    WaiterKind::Value => return Err("a filter over a computed value".into()),
                };
                let current = WaiterExpr {
                    kind: WaiterKind::One(element.clone()),
                    node: WaiterNode::Current,
                };
                let cond = self.to_value(self.expr(cond, &current)?)?;
                let filtered = WaiterExpr {
                    kind: WaiterKind::Many(element),
                    node: WaiterNode::Filter {
                        base: boxed(left),
                        cond: boxed(cond),
                    },
                };
                self.project(filtered, right)?
            }
            Ast::Compare(op, l, r) => {
                let l = self.to_value(self.expr(l, base)?)?;
                let r = self.to_value(self.expr(r, base)?)?;
                value(WaiterNode::Compare {
                    op: *op,
                    lhs: boxed(l),
                    rhs: boxed(r),
                })
            }
            Ast::And(l, r) | Ast::Or(l, r) => {
                let l = boxed(self.to_value(self.expr(l, base)?)?);
                let r = boxed(self.to_value(self.expr(r, base)?)?);
                value(if matches!(ast, Ast::And(..)) {
                    WaiterNode::And(l, r)
                } else {
                    WaiterNode::Or(l, r)
                })
            }
            Ast::Not(x) => value(WaiterNode::Not(boxed(self.to_value(self.expr(x, base)?)?))),
            Ast::Literal(v) => {
                if !literal_ok(v) {
                    return Err("object literals are not supported".into());
                }
                value(WaiterNode::Literal(v.clone()))
            }
            Ast::Function(name, args) => match (name.as_str(), args.as_slice()) {
                ("length", [arg]) => {
                    let arg = self.expr(arg, base)?;
                    let ok = match &arg.kind {
                        WaiterKind::One(s) => matches!(
                            self.svc.shape(s).kind,
                            ShapeKind::String | ShapeKind::List { .. } | ShapeKind::Map { .. }
                        ),
                        WaiterKind::Many(_) | WaiterKind::Value => true,
                    };
                    if !ok {
                        let WaiterKind::One(s) = &arg.kind else {
                            unreachable!()
                        };
                        return Err(format!("length() of {}", self.kind_name(s)));
                    }
                    value(WaiterNode::Length(boxed(arg)))
                }
                ("length", _) => return Err("length() takes one argument".into()),
                (other, _) => return Err(format!("function {other}() is not supported")),
            },
        })
    }

    fn member(&self, base: &WaiterExpr, name: &str) -> Result<WaiterExpr, String> {
        let WaiterKind::One(shape) = &base.kind else {
            return Err(format!("field `{name}` of a list or computed value"));
        };
        let Some(s) = self.svc.structure(shape) else {
            return Err(format!("field `{name}` of {}", self.kind_name(shape)));
        };
        let m = s
            .members
            .iter()
            .find(|m| m.wire_name == name)
            .ok_or_else(|| format!("`{shape}` has no member `{name}` in the spec"))?;
        Ok(WaiterExpr {
            kind: WaiterKind::One(m.target.clone()),
            node: WaiterNode::Member {
                base: boxed(base.clone()),
                structure: shape.clone(),
                member: m.rust_name.clone(),
            },
        })
    }

    fn list_item(&self, shape: &ShapeId) -> Option<ShapeId> {
        match &self.svc.shape(shape).kind {
            ShapeKind::List { item } => Some(item.clone()),
            _ => None,
        }
    }

    /// `x[]`: the elements of a list, splicing elements that are lists.
    fn flatten(&self, base: WaiterExpr) -> Result<WaiterExpr, String> {
        let element = match &base.kind {
            WaiterKind::One(s) => self
                .list_item(s)
                .ok_or_else(|| format!("`[]` of {}", self.kind_name(s)))?,
            WaiterKind::Many(s) => s.clone(),
            WaiterKind::Value => return Err("`[]` of a computed value".into()),
        };
        let (element, merge) = match self.list_item(&element) {
            Some(inner) => (inner, true),
            None => (element, false),
        };
        if !merge && matches!(base.kind, WaiterKind::Many(_)) {
            return Ok(base);
        }
        Ok(WaiterExpr {
            kind: WaiterKind::Many(element),
            node: WaiterNode::Flatten {
                base: boxed(base),
                merge,
            },
        })
    }

    /// `right` evaluated on every element of `left` (a list), nulls dropped.
    fn project(&self, left: WaiterExpr, right: &Ast) -> Result<WaiterExpr, String> {
        if *right == Ast::Identity {
            return Ok(left);
        }
        let WaiterKind::Many(element) = &left.kind else {
            return Err("a projection over a non-list".into());
        };
        let current = WaiterExpr {
            kind: WaiterKind::One(element.clone()),
            node: WaiterNode::Current,
        };
        let each = self.expr(right, &current)?;
        let kind = match &each.kind {
            WaiterKind::One(s) => WaiterKind::Many(s.clone()),
            WaiterKind::Value => WaiterKind::Value,
            WaiterKind::Many(_) => return Err("a projection of projections".into()),
        };
        Ok(WaiterExpr {
            kind,
            node: WaiterNode::Project {
                base: boxed(left),
                each: boxed(each),
            },
        })
    }

    /// Whether values of `shape` convert to a JMESPath value (no objects).
    fn convertible(&self, shape: &ShapeId) -> bool {
        match &self.svc.shape(shape).kind {
            ShapeKind::String
            | ShapeKind::Enum(_)
            | ShapeKind::Integer
            | ShapeKind::Float { .. }
            | ShapeKind::Boolean => true,
            ShapeKind::List { item } => self.convertible(item),
            _ => false,
        }
    }

    /// The typed value as a runtime `Value` (for comparisons and matchers).
    fn to_value(&self, e: WaiterExpr) -> Result<WaiterExpr, String> {
        match &e.kind {
            WaiterKind::Value => Ok(e),
            WaiterKind::One(s) | WaiterKind::Many(s) => {
                if !self.convertible(s) {
                    return Err(format!("comparing or testing {}", self.kind_name(s)));
                }
                Ok(value(WaiterNode::ToValue(boxed(e))))
            }
        }
    }
}

fn literal_ok(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::Object(_) => false,
        serde_json::Value::Array(items) => items.iter().all(literal_ok),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_aws_writes() {
        use Ast::*;
        let f = |s: &str| Box::new(Field(s.into()));
        assert_eq!(
            parse("Table.TableStatus").unwrap(),
            Subexpression(f("Table"), f("TableStatus"))
        );
        assert_eq!(
            parse("A[].B").unwrap(),
            Projection(Box::new(Flatten(f("A"))), f("B"))
        );
        // `A[].B[].C`: the second flatten applies to the whole projection.
        assert_eq!(
            parse("A[].B[].C").unwrap(),
            Projection(
                Box::new(Flatten(Box::new(Projection(
                    Box::new(Flatten(f("A"))),
                    f("B")
                )))),
                f("C")
            )
        );
        let e = parse("length(services[?!(length(deployments) == `1` && runningCount == desiredCount)]) == `0`").unwrap();
        let Compare(WaiterComparator::Eq, lhs, rhs) = e else {
            panic!("{e:?}")
        };
        assert_eq!(*rhs, Literal(serde_json::json!(0)));
        let Function(name, args) = *lhs else { panic!() };
        assert_eq!(name, "length");
        assert!(
            matches!(&args[0], FilterProjection(_, right, cond) if **right == Identity && matches!(**cond, Not(_)))
        );
        // Comparators bind tighter than `&&`, which binds tighter than `||`.
        assert_eq!(
            parse("a == 'x' || b == 'y' && c").unwrap(),
            Or(
                Box::new(Compare(
                    WaiterComparator::Eq,
                    f("a"),
                    Box::new(Literal("x".into()))
                )),
                Box::new(And(
                    Box::new(Compare(
                        WaiterComparator::Eq,
                        f("b"),
                        Box::new(Literal("y".into()))
                    )),
                    f("c")
                ))
            )
        );
        assert_eq!(parse("\"quoted id\"").unwrap(), Field("quoted id".into()));
    }

    #[test]
    fn refuses_what_it_does_not_support() {
        for (expr, why) in [
            ("A[0]", "indexes"),
            ("A[1:2]", "indexes"),
            ("A[*].B", "`*`"),
            ("A | B", "`|`"),
            ("A.{x: B}", "`{`"),
            ("A.[B]", "after `.`"),
            ("(A", "expected RParen"),
            ("'open", "unterminated"),
            ("`nope`", "not JSON"),
        ] {
            let e = parse(expr).unwrap_err();
            assert!(e.contains(why), "{expr}: {e}");
        }
        let deep = format!("{}a{}", "(".repeat(200), ")".repeat(200));
        assert!(parse(&deep).unwrap_err().contains("deeply"));
    }

    /// Every distinct expression of botocore 1.44.5's JSON-protocol waiters
    /// (`metadata.protocol == json`, 39 services, 87 waiters).
    const BOTOCORE_JSON_EXPRESSIONS: &[&str] = &[
        "\"AcmeDomainValidation.Status\"",
        "\"AcmeEndpoint.Status\"",
        "\"BulkOperationDescription.BulkOperationStatus\"",
        "\"Certificate.DomainValidationOptions[].ValidationStatus\"",
        "\"Certificate.Status\"",
        "\"ChannelDescription.ChannelStatus\"",
        "\"Cluster.Status.State\"",
        "\"Connections[].Status\"",
        "\"ContributorInsightsStatus\"",
        "\"DatastoreProperties.DatastoreStatus\"",
        "\"EndpointStatus\"",
        "\"Endpoints[].Status\"",
        "\"ExportDescription.ExportStatus\"",
        "\"ExportJobProperties.JobStatus\"",
        "\"ImageStatus\"",
        "\"ImageVersionStatus\"",
        "\"ImportJobProperties.JobStatus\"",
        "\"ImportTableDescription.ImportStatus\"",
        "\"KinesisDataStreamDestinations[].DestinationStatus\"",
        "\"NotebookInstanceStatus\"",
        "\"ProcessingJobStatus\"",
        "\"ProgressEvent.OperationStatus\"",
        "\"ProjectVersionDescriptions[].Status\"",
        "\"ReplicationInstances[].ReplicationInstanceStatus\"",
        "\"ReplicationTasks[].Status\"",
        "\"Requests[].Status\"",
        "\"Results[].Status\"",
        "\"Server.State\"",
        "\"Status\"",
        "\"Step.Status.State\"",
        "\"StreamDescription.StreamStatus\"",
        "\"Table.TableStatus\"",
        "\"TrainingJobStatus\"",
        "\"TransformJobStatus\"",
        "\"TransformationJobProperties.JobStatus\"",
        "\"component.deploymentStatus\"",
        "\"daemon.status\"",
        "\"daemonDeployments[].status\"",
        "\"daemonTaskDefinition.status\"",
        "\"environment.deploymentStatus\"",
        "\"environmentTemplateVersion.status\"",
        "\"failures[].reason\"",
        "\"imageScanStatus.status\"",
        "\"length(KinesisDataStreamDestinations) > `0`  && length(KinesisDataStreamDestinations[?DestinationStatus == 'DISABLED' || DestinationStatus == 'ENABLE_FAILED']) ==  length(KinesisDataStreamDestinations)\"",
        "\"length(services[?!(length(deployments) == `1` && runningCount == desiredCount)]) == `0`\"",
        "\"service.pipeline.deploymentStatus\"",
        "\"service.status\"",
        "\"serviceInstance.deploymentStatus\"",
        "\"serviceTemplateVersion.status\"",
        "\"services[].status\"",
        "\"status\"",
        "\"tasks[].lastStatus\"",
    ];

    #[test]
    fn parses_every_expression_botocore_json_waiters_use() {
        for e in BOTOCORE_JSON_EXPRESSIONS {
            parse(e).unwrap_or_else(|err| panic!("{e}: {err}"));
        }
    }

    #[test]
    fn types_the_fixture_waiters_and_skips_the_rest() {
        let api = crate::load::load_str(
            include_str!("../../../tests/fixtures/model-waiters/openapi.yaml"),
            "openapi.yaml",
        )
        .unwrap();
        let model = AwsModel::parse(
            include_str!("../../../tests/fixtures/model-waiters/aws-model.json"),
            "aws-model.json",
        )
        .unwrap();
        let (svc, diags) = crate::lower::lower_with_model(
            &api,
            &crate::config::SpecConfig::default(),
            Some(&model),
        )
        .unwrap();
        let names: Vec<(&str, &str)> = svc
            .waiters
            .iter()
            .map(|w| (w.name.as_str(), w.method.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("ItemsReady", "wait_until_items_ready"),
                ("PartsOk", "wait_until_parts_ok"),
                ("ThingActive", "wait_until_thing_active"),
                ("ThingGone", "wait_until_thing_gone"),
                ("ThingStable", "wait_until_thing_stable"),
            ]
        );
        let skipped: Vec<&str> = diags
            .iter()
            .filter(|d| d.message.contains("skipped"))
            .map(|d| d.pointer.as_str())
            .collect();
        assert_eq!(
            skipped,
            [
                "aws-model.json#/waiters/FirstItemReady/acceptors/0/argument",
                "aws-model.json#/waiters/OtherExists/operation",
                "aws-model.json#/waiters/ThingColoured/acceptors/0/argument",
            ]
        );
        // `A[].B[].C`: the second flatten splices the lists of `B`.
        let parts = &svc.waiters[1].acceptors[0].matcher;
        let Matcher::Path { value, .. } = parts else {
            panic!("{parts:?}")
        };
        let WaiterNode::ToValue(inner) = &value.node else {
            panic!()
        };
        assert_eq!(inner.kind, WaiterKind::Many("Flag".into()));
        let WaiterNode::Project { base, .. } = &inner.node else {
            panic!()
        };
        assert!(matches!(base.node, WaiterNode::Flatten { merge: true, .. }));
        // Comparing a structure is outside the subset: never guessed.
        let typer = Typer { svc: &svc };
        let root = WaiterExpr {
            kind: WaiterKind::One("DescribeThingOutput".into()),
            node: WaiterNode::Current,
        };
        let e = typer
            .expr(&parse("Thing == `1`").unwrap(), &root)
            .unwrap_err();
        assert!(e.contains("a structure"), "{e}");
        let e = typer
            .expr(&parse("`{\"a\": 1}`").unwrap(), &root)
            .unwrap_err();
        assert!(e.contains("object literals"), "{e}");
        let e = typer
            .expr(&parse("sort(Thing.Items)").unwrap(), &root)
            .unwrap_err();
        assert!(e.contains("sort() is not supported"), "{e}");
    }
}
