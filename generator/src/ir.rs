//! The intermediate representation: what a client needs, independent of
//! OpenAPI. `lower` builds it, `emit` consumes it.
//!
//! Every name is kept twice, progenitor-style: the wire name exactly as the
//! service spells it, and the sanitized Rust identifier chosen by `naming`.
//! Shapes refer to each other by [`ShapeId`]; every Rust name (types,
//! builders, fluent builders, error enums and variants, paginators, waiter
//! types) is chosen while lowering, so emit only reads names.
//! Collections are `BTreeMap`s or sorted `Vec`s so output is deterministic.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::config::JsonVersion;

/// A shape's identity: its schema name (`components/schemas` key; a
/// synthesized shape's `<Parent><Role>`; built-ins start with `#`). Every
/// reference between shapes is one (typify's `TypeId`), so a wire name or a
/// Rust name cannot be stored or compared as a shape reference: a `ShapeId`
/// is only made explicitly ([`ShapeId::new`], `From<&str>`). It reads as
/// the name (`Deref<Target = str>`, `Borrow<str>`) so lookups and callers
/// outside the generator (xtask's oracle, tests) take names as they are.
/// Serialized as the bare name.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct ShapeId(String);

impl ShapeId {
    pub fn new(name: impl Into<String>) -> Self {
        ShapeId(name.into())
    }

    /// The schema name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for ShapeId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for ShapeId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<String> for ShapeId {
    fn borrow(&self) -> &String {
        &self.0
    }
}

/// Against a name literal (tests, built-ins); not against a `String`, which
/// is usually a wire name.
impl PartialEq<&str> for ShapeId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl From<&str> for ShapeId {
    fn from(name: &str) -> Self {
        ShapeId::new(name)
    }
}

/// As the name's `Debug` (`"Foo"`): diagnostics quote shapes so.
impl fmt::Debug for ShapeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for ShapeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Service {
    /// `info.title`, e.g. "AWS Step Functions".
    pub title: String,
    /// `info.version`, e.g. "2016-11-23".
    pub api_version: String,
    /// apis.guru service name (`info.x-serviceName`), e.g. "states".
    pub service_name: String,
    /// SDK service id (`AWS_ENDPOINT_URL_<ID>`), e.g. "SFN".
    pub service_id: String,
    /// Cargo package name of the emitted crate.
    pub crate_name: String,
    /// Service documentation as HTML.
    pub docs: String,
    /// How requests and responses are written: one service-level value that
    /// emit and the runtime dispatch on.
    pub protocol: WireProtocol,
    pub signing_name: String,
    pub endpoint: EndpointPattern,
    pub shapes: BTreeMap<ShapeId, Shape>,
    /// Sorted by operation name.
    pub operations: Vec<Operation>,
    /// Endpoints per partition from AWS's model; empty without one (then
    /// `endpoint` builds the default endpoint).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub partitions: Vec<PartitionEndpoints>,
    /// The endpoint-discovery operation (`DescribeEndpoints`), when some
    /// operation requires discovery.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discovery_operation: Option<String>,
    /// Waiters from AWS's model, sorted by name.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub waiters: Vec<Waiter>,
}

/// The wire protocol of a service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum WireProtocol {
    /// awsJson1_0 / awsJson1_1: every operation is `POST /` with
    /// `X-Amz-Target: <target_prefix>.<Operation>`.
    AwsJson {
        version: JsonVersion,
        /// e.g. "AWSStepFunctions".
        target_prefix: String,
    },
    /// restJson1: each operation has its own [`HttpBinding`]; members travel
    /// where their [`Location`] says, the rest as a JSON body.
    RestJson1,
}

impl WireProtocol {
    /// The AWS JSON version, for AWS JSON services.
    pub fn json_version(&self) -> Option<JsonVersion> {
        match self {
            WireProtocol::AwsJson { version, .. } => Some(*version),
            WireProtocol::RestJson1 => None,
        }
    }

    /// What docs call it: `AWS JSON 1.0`, `restJson1`.
    pub fn describe(&self) -> String {
        match self {
            WireProtocol::AwsJson { version, .. } => format!("AWS JSON {}", version.as_str()),
            WireProtocol::RestJson1 => "restJson1".to_string(),
        }
    }
}

/// Where a top-level input/output member of a restJson1 operation travels
/// (botocore `location`, Smithy `@httpLabel`/`@httpQuery`/...).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub enum Location {
    /// A member of the JSON body (every member of AWS JSON operations).
    #[default]
    Body,
    /// The whole body: a structure as the JSON document, a blob or string
    /// as raw bytes.
    Payload,
    /// The URI label named by the member's wire name.
    Label,
    /// Query parameter(s): a list repeats the key, a map gives one per entry.
    Query,
    /// One header (a list: comma-joined).
    Header,
    /// Every header whose name starts with the wire name (a map).
    PrefixHeaders,
    /// The response's HTTP status (output only).
    StatusCode,
}

impl Location {
    pub fn is_body(&self) -> bool {
        *self == Location::Body
    }
}

/// The HTTP binding of a restJson1 operation (AWS's model `http`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HttpBinding {
    /// `GET`, `POST`, ...
    pub method: &'static str,
    /// botocore's `requestUri`, checked when the model was loaded: labels
    /// `{Name}`, greedy labels `{Name+}` (keep `/`), static query after `?`.
    pub request_uri: String,
    /// The success status.
    pub response_code: u16,
}

/// How to build the default endpoint for a region.
#[derive(Debug, Clone, Serialize)]
pub struct EndpointPattern {
    /// Host labels before the region, e.g. "states" or "api.ecr".
    pub prefix: String,
    /// Set for services with one global endpoint (no `{region}` in the spec's
    /// server URL), e.g. "budgets.amazonaws.com".
    pub global_host: Option<String>,
    /// DNS suffix after the region for the standard partition, e.g.
    /// "amazonaws.com" or "api.aws".
    pub dns_suffix: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Shape {
    /// The key of this shape in [`Service::shapes`].
    pub name: ShapeId,
    /// Rust type name (only meaningful for structures and enums).
    pub rust_name: String,
    /// A structure's builder type, e.g. `StartExecutionInputBuilder`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub builder: Option<String>,
    pub docs: Option<String>,
    pub kind: ShapeKind,
    /// `format: password`: never printed by `Debug`.
    pub sensitive: bool,
    pub deprecated: bool,
}

#[derive(Debug, Clone, Serialize)]
pub enum ShapeKind {
    Structure(Structure),
    Enum(Vec<EnumValue>),
    List {
        item: ShapeId,
    },
    Map {
        value: ShapeId,
    },
    String,
    Integer,
    /// `format: float` → `f32`, otherwise `f64`.
    Float {
        double: bool,
    },
    Boolean,
    Timestamp,
    Blob,
    /// Free-form JSON.
    Document,
}

#[derive(Debug, Clone, Serialize)]
pub struct Structure {
    pub members: Vec<Member>,
    /// Named by an operation as one of its errors.
    pub is_error: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Member {
    pub wire_name: String,
    /// Field name (may be a raw identifier such as `r#type`).
    pub rust_name: String,
    /// Builder setter name (never clashes with the builder's own methods).
    pub setter: String,
    /// The member's type.
    pub target: ShapeId,
    pub required: bool,
    pub docs: Option<String>,
    /// Must be boxed to break a cycle of directly nested structures.
    pub boxed: bool,
    pub deprecated: bool,
    /// AWS's model marks the member sensitive: never printed by `Debug`
    /// (a sensitive target shape is [`Shape::sensitive`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sensitive: bool,
    /// How a timestamp member (or a list of timestamps) goes on the wire,
    /// from AWS's model (member-level, else the target's); `None` is the
    /// protocol default (epoch seconds for AWS JSON).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp_format: Option<TimestampFormat>,
    /// Where the member travels (restJson1 top-level members; always
    /// `Body` elsewhere). The wire name is the label, query key, header
    /// name or header prefix.
    #[serde(default, skip_serializing_if = "Location::is_body")]
    pub location: Location,
    /// A string of JSON text sent as base64 in a header (`jsonvalue`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub json_value: bool,
    /// An output payload that AWS's model marks `streaming`: read as a
    /// `ByteStream`, never buffered whole. (Streaming input payloads are
    /// sent from memory as a `Blob` and keep this false.)
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub streaming: bool,
}

impl Structure {
    /// Has a streaming member: the struct can be neither cloned nor compared.
    pub fn streams(&self) -> bool {
        self.members.iter().any(|m| m.streaming)
    }
}

/// A timestamp's wire format (Smithy `@timestampFormat`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum TimestampFormat {
    /// `unixTimestamp`: seconds since the epoch, a JSON number.
    EpochSeconds,
    /// `iso8601`: RFC 3339 `date-time` in UTC, e.g. `2024-01-02T03:04:05Z`.
    DateTime,
    /// `rfc822`: an IMF-fixdate, e.g. `Tue, 02 Jan 2024 03:04:05 GMT`.
    HttpDate,
}

#[derive(Debug, Clone, Serialize)]
pub struct EnumValue {
    pub wire: String,
    pub variant: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Operation {
    /// e.g. "StartExecution".
    pub name: String,
    /// Client method and module name, e.g. "start_execution".
    pub rust_name: String,
    /// Its Rust type names.
    pub names: OperationNames,
    /// Full `X-Amz-Target` value, e.g. "AWSStepFunctions.StartExecution"
    /// (AWS JSON only; empty for restJson1).
    pub target: String,
    /// The HTTP binding (restJson1 only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http: Option<HttpBinding>,
    /// Input structure; `None` means the body is `{}`.
    pub input: Option<ShapeId>,
    /// Output structure; `None` means the response body is ignored.
    pub output: Option<ShapeId>,
    /// Modelled error structures, sorted.
    pub errors: Vec<ShapeId>,
    pub docs: Option<String>,
    pub deprecated: bool,
    pub pagination: Option<Pagination>,
    /// Host prefix from the per-spec config, e.g. "sync-".
    pub host_prefix: Option<String>,
    /// Least seconds one attempt may take (long-poll operations).
    pub min_attempt_timeout_secs: Option<u64>,
    /// Sent unsigned, without credentials (AWS's model: `authtype: none`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unsigned: bool,
    /// Sent to the endpoint the service's discovery operation names (AWS's
    /// model: `endpointdiscovery.required`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub endpoint_discovery: bool,
    /// `x-amz-api-version` sent by the service's endpoint-discovery operation
    /// (botocore's `inject_api_version_header_if_needed`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_version_header: Option<String>,
    /// Input members (wire names) AWS's model marks `idempotencyToken`:
    /// `send()` fills each with a random UUID when unset.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub idempotency_tokens: Vec<String>,
    /// Error → the other code AWS's model gives that error (`error.code`,
    /// e.g. a query-compatible service's legacy code); both codes select the
    /// error.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub error_codes: BTreeMap<ShapeId, String>,
    /// This operation's endpoints where AWS's endpoint rules give it other
    /// ones than the service's (`staticContextParams`: acm's ACME
    /// operations); empty: the service's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partitions: Vec<PartitionEndpoints>,
    /// botocore's handler customizations of the request (restJson1; AWS's
    /// model `default_headers`, `body_digest_headers`, `input_defaults`,
    /// `query_to_form_body`).
    #[serde(default, skip_serializing_if = "Customizations::is_empty")]
    pub customizations: Customizations,
}

/// The Rust names of an operation's types, chosen with every other name by
/// `lower::names` (emit only reads them).
#[derive(Debug, Clone, Default, Serialize)]
pub struct OperationNames {
    /// e.g. `StartExecutionFluentBuilder`.
    pub fluent_builder: String,
    /// The error enum, e.g. `StartExecutionError`.
    pub error: String,
    /// e.g. `ListExecutionsPaginator` (emitted only for paginated operations).
    pub paginator: String,
    /// Error structure → its variant of the error enum, in the order of
    /// [`Operation::errors`] (which may name non-structures: no variant).
    pub error_variants: Vec<(ShapeId, String)>,
}

/// What botocore's handlers (`handlers.py`) add to an operation's request
/// beyond its model, as AWS's model file records them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Customizations {
    /// Header → value, sent when the request has no header of that name
    /// (case-insensitive), so a member bound to it wins.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub default_headers: BTreeMap<String, String>,
    /// Header → the digest of the final body it carries, sent when the
    /// request has no such header.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub body_digests: BTreeMap<String, BodyDigest>,
    /// Input member (wire name) → the string `send()` fills in when unset,
    /// before the input is built (so the builder does not demand it).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub input_defaults: BTreeMap<String, String>,
    /// A GET with a query goes out as a POST with the query as its
    /// `application/x-www-form-urlencoded` body.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub query_to_form_body: bool,
}

impl Customizations {
    pub fn is_empty(&self) -> bool {
        *self == Customizations::default()
    }
}

/// A digest of the request body (AWS's model `body_digest_headers`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum BodyDigest {
    /// SHA-256, lowercase hex.
    Sha256,
    /// Glacier's SHA-256 tree hash, lowercase hex.
    Sha256TreeHash,
}

/// How an operation pages: from botocore's `paginators-1.json` when AWS's
/// model has one, else from the spec's `maxResults`/`nextToken`-style query
/// parameters (a hint: on the wire they are body fields).
#[derive(Debug, Clone, Serialize)]
pub struct Pagination {
    /// One per token (botocore allows several): the input member it is sent
    /// in and where the output carries the next value.
    pub tokens: Vec<PageTokenPath>,
    /// Input member (wire name) that limits the page size.
    pub page_size: Option<String>,
    /// Output paths of the paged results; `items()` streams the first one
    /// when it is a list.
    pub result_keys: Vec<Vec<PathStep>>,
    /// Output path of a boolean that is false on the last page.
    pub more_results: Option<Vec<PathStep>>,
    /// "model" (botocore) or "spec" (the spec's query-parameter hint).
    pub source: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct PageTokenPath {
    /// Input member (wire name).
    pub input: String,
    /// Path into the output, e.g. `StreamDescription.Shards[-1].ShardId`.
    pub output: Vec<PathStep>,
}

/// One step of a botocore result path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum PathStep {
    /// A structure member (wire name).
    Member(String),
    /// The last element of a list (`[-1]`).
    Last,
}

/// `A.B[-1].C` as botocore writes it (for docs).
pub fn path_text(path: &[PathStep]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            PathStep::Member(m) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(m);
            }
            PathStep::Last => out.push_str("[-1]"),
        }
    }
    out
}

impl Service {
    /// The shape `id` (a [`ShapeId`] or a schema name); panics if absent.
    pub fn shape<Q>(&self, id: &Q) -> &Shape
    where
        ShapeId: std::borrow::Borrow<Q>,
        Q: Ord + ?Sized,
    {
        &self.shapes[id]
    }

    pub fn structure<Q>(&self, id: &Q) -> Option<&Structure>
    where
        ShapeId: std::borrow::Borrow<Q>,
        Q: Ord + ?Sized,
    {
        match &self.shapes.get(id)?.kind {
            ShapeKind::Structure(s) => Some(s),
            _ => None,
        }
    }
}

/// One partition's endpoints for the service (AWS's model, botocore's rules
/// evaluated per region and variant).
#[derive(Debug, Clone, Serialize)]
pub struct PartitionEndpoints {
    /// `aws`, `aws-cn`, ...
    pub id: String,
    /// The regions the partition lists, sorted.
    pub regions: Vec<String>,
    /// The partition's `regionRegex`, translated.
    pub pattern: Vec<RegionSegment>,
    /// Plain, FIPS, dual-stack, FIPS + dual-stack.
    pub default: [EndpointRule; 4],
    /// Regions (sorted) whose endpoints differ, by variant (`None`: the default).
    pub overrides: Vec<(String, [Option<EndpointRule>; 4])>,
}

/// One `-`-separated part of a region pattern.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum RegionSegment {
    Literal(String),
    OneOf(Vec<String>),
    /// `\w+`
    Word,
    /// `\d+`
    Digits,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum EndpointRule {
    Endpoint {
        /// `https://host`, `{region}` standing for the region.
        url: String,
        /// `{region}` or a fixed region; `None`: the region.
        signing_region: Option<String>,
        signing_name: Option<String>,
    },
    /// botocore's refusal message.
    Error(String),
}

/// A waiter from AWS's model (`waiters-2.json`): polls `operation` until an
/// acceptor matches with success or failure.
#[derive(Debug, Clone, Serialize)]
pub struct Waiter {
    /// e.g. "TableExists".
    pub name: String,
    /// Client method, e.g. "wait_until_table_exists".
    pub method: String,
    /// Module under `crate::waiters`, e.g. "table_exists".
    pub module: String,
    /// Type name prefix, e.g. "TableExists".
    pub type_name: String,
    /// e.g. `TableExistsFluentBuilder`.
    pub fluent_builder: String,
    /// What `wait()` returns on success, e.g. `TableExistsFinalPoll`.
    pub final_poll: String,
    /// e.g. `WaitUntilTableExistsError`.
    pub error: String,
    /// The polled operation's name (an [`Operation::name`]).
    pub operation: String,
    pub docs: Option<String>,
    /// Least delay between polls (botocore's `delay`).
    pub min_delay_secs: u64,
    pub max_delay_secs: u64,
    /// botocore's `maxAttempts`: a hint only (the caller gives a maximum wait).
    pub max_attempts: Option<u32>,
    /// In order: the first that matches decides.
    pub acceptors: Vec<Acceptor>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Acceptor {
    pub state: AcceptorState,
    pub matcher: Matcher,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum AcceptorState {
    Success,
    Failure,
    Retry,
}

#[derive(Debug, Clone, Serialize)]
pub enum Matcher {
    /// `path`/`pathAll`/`pathAny`: the expression's value over a successful
    /// output, compared with `expected` (a string, number or boolean).
    Path {
        /// The JMESPath expression as the model writes it (for docs).
        argument: String,
        /// Its translation; always of kind [`WaiterKind::Value`].
        value: WaiterExpr,
        comparison: PathComparison,
        expected: serde_json::Value,
    },
    /// The response's HTTP status.
    Status(u16),
    /// A service error with this code.
    ErrorCode(String),
    /// `error: true`: any service error.
    AnyError,
    /// `error: false`: a successful response.
    NoError,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum PathComparison {
    /// `path`: the value equals `expected`.
    Equals,
    /// `pathAll`: a non-empty list, every element equal to `expected`.
    AllEqual,
    /// `pathAny`: a list with an element equal to `expected`.
    AnyEqual,
}

/// A JMESPath expression typed against the IR.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WaiterExpr {
    pub kind: WaiterKind,
    pub node: WaiterNode,
}

/// What an expression evaluates to in the generated code.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum WaiterKind {
    /// A value of this shape or null: `Option<&T>`.
    One(ShapeId),
    /// A list of non-null values of this shape, or null: `Option<Vec<&T>>`.
    Many(ShapeId),
    /// A computed JMESPath value (`runtime::waiter::Value`).
    Value,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum WaiterNode {
    /// The current value: the output, or the element inside a projection.
    Current,
    /// `base.member` of the structure shape `structure` (field `member`).
    Member {
        base: Box<WaiterExpr>,
        structure: ShapeId,
        member: String,
    },
    /// `base[]`; `merge`: the elements are lists, spliced.
    Flatten {
        base: Box<WaiterExpr>,
        merge: bool,
    },
    /// `each` (over `Current`) for every element of `base`, nulls dropped.
    Project {
        base: Box<WaiterExpr>,
        each: Box<WaiterExpr>,
    },
    /// The elements of `base` (a list) for which `cond` is truthy.
    Filter {
        base: Box<WaiterExpr>,
        cond: Box<WaiterExpr>,
    },
    /// A typed value as a JMESPath value.
    ToValue(Box<WaiterExpr>),
    Length(Box<WaiterExpr>),
    Compare {
        op: WaiterComparator,
        lhs: Box<WaiterExpr>,
        rhs: Box<WaiterExpr>,
    },
    And(Box<WaiterExpr>, Box<WaiterExpr>),
    Or(Box<WaiterExpr>, Box<WaiterExpr>),
    Not(Box<WaiterExpr>),
    Literal(serde_json::Value),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum WaiterComparator {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}
