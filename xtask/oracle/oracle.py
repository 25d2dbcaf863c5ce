"""botocore's side of `cargo xtask oracle` (issue 11 item 3).

Reads a job file (JSON: a list of {"id", "uid", "endpoint_prefix",
"api_version", "out"}, or {"id", "service", "api_version", "out"} naming the
botocore service directly), and for each spec writes `out`: for every
operation of the botocore service, deterministic sample inputs generated from
botocore's shapes, the request botocore's real client prepares for each (serializer and
SigV4 signer, at a fixed time and with fixed fake credentials), and the result
botocore's parser gives for canned responses (a sample output and one error
per modelled error). Fully offline: a `before-send` handler captures the
prepared request and answers it without sending anything.

Everything is written in a canonical JSON form the Rust driver reproduces:
structure keys are wire names, bytes are {"$bytes": base64}, timestamps
{"$ts_ms": epoch milliseconds}.

The protocol comes from the model (metadata.protocol). For `rest-json`
(restJson1) the samples respect each top-level member's HTTP location (labels
non-empty, header values ASCII, host labels DNS-safe), a request that is not
JSON also carries `body_b64` (its exact bytes), and canned responses carry the
output's header members, its status code, a raw payload where the model has
one, and restJson1 errors (`x-amzn-ErrorType` plus `code`/`message`). Other
protocols are sampled and answered as AWS JSON (the output of `json`
services does not depend on this mode).

Usage: python oracle.py JOB.json
       python oracle.py sign REQUESTS.json OUT.json   (botocore's signature of
       the client's requests, see `sign`)
"""

import base64
import datetime
import json
import os
import sys

# Nothing from the environment or ~/.aws may change what botocore does.
for _k in list(os.environ):
    if _k.startswith("AWS_"):
        del os.environ[_k]
os.environ["AWS_CONFIG_FILE"] = os.devnull
os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.devnull

import botocore  # noqa: E402
import botocore.auth  # noqa: E402
import botocore.session  # noqa: E402
from botocore.awsrequest import AWSResponse  # noqa: E402
from botocore.config import Config  # noqa: E402
from botocore.exceptions import ClientError, ParamValidationError  # noqa: E402
from dateutil.tz import tzutc  # noqa: E402

ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
REGION = "us-east-1"
FIXED_NOW = datetime.datetime(2026, 1, 1, 0, 0, 0)
# botocore.auth calls get_current_datetime() (naive UTC) for X-Amz-Date.
botocore.auth.get_current_datetime = lambda *a, **k: FIXED_NOW

SAMPLE_TS = datetime.datetime(2026, 1, 2, 3, 4, 5, 123000, tzinfo=tzutc())
SAMPLE_BLOB = b"\xff\x00\xfebin\x80\xc3("
SAMPLE_TEXT = "s\u00e9-\u65e5\u672c-\u2713"
MAX_DEPTH = 3
DROPPED_HEADERS = {"user-agent", "amz-sdk-invocation-id", "amz-sdk-request", "x-amz-user-agent"}


# ---------------------------------------------------------------- samples


def sample(shape, mode, depth, name, rest=False):
    """A value botocore's validator accepts for `shape`. `mode` is "full"
    (every member, optional ones down to MAX_DEPTH) or "required". With
    `rest` (restJson1 only, so that AWS JSON samples stay as they were) a
    union past MAX_DEPTH takes a member that does not lead back to the
    union, so that recursive unions end."""
    t = shape.type_name
    if t == "structure":
        if shape.metadata.get("document"):
            return {"k": SAMPLE_TEXT, "n": 2}
        out = {}
        required = set(shape.required_members)
        members = list(shape.members.items())
        if shape.metadata.get("union"):
            if rest and depth >= MAX_DEPTH:
                ending = [m for m in members if not reaches(m[1], shape.name, set())]
                members = ending or members
            members = members[:1]
            required = {members[0][0]} if members else set()
        for mname, mshape in members:
            want = mname in required or (mode == "full" and depth < MAX_DEPTH)
            if not want or depth > 12:
                continue
            out[mname] = sample(mshape, mode, depth + 1, mname, rest)
        return out
    if t == "list":
        n = bounded_count(shape)
        return [sample(shape.member, mode, depth + 1, f"{name}{i}", rest) for i in range(n)]
    if t == "map":
        keys = map_keys(shape.key, bounded_count(shape))
        return {k: sample(shape.value, mode, depth + 1, name, rest) for k in keys}
    if t == "string":
        if shape.enum:
            return shape.enum[0]
        return bounded_text(shape, name)
    if t in ("integer", "long"):
        return int(bounded_number(shape, 7))
    if t in ("float", "double"):
        return float(bounded_number(shape, 1.5))
    if t == "boolean":
        return True
    if t == "timestamp":
        return SAMPLE_TS
    if t == "blob":
        return SAMPLE_BLOB
    raise ValueError(f"unknown shape type {t}")


def sample_top(shape, mode, name, rest, context=()):
    """`sample` of an operation's input or output structure; with `rest`,
    each member is sampled for the HTTP location it is bound to, and the
    members in `context` (endpoint-rule parameters) as the rules want them."""
    if not rest or shape.type_name != "structure":
        return sample(shape, mode, 0, name)
    out = {}
    required = set(shape.required_members)
    for mname, mshape in shape.members.items():
        if not (mname in required or mode == "full"):
            continue
        if mname in context and mshape.type_name == "string":
            out[mname] = context_value(mname)
            continue
        value = sample_located(mshape, mode, mname)
        if value is not None:
            out[mname] = value
    return out


def context_value(name):
    """An endpoint-rule parameter the rules accept: an ARN or a host label."""
    if "arn" in name.lower():
        return "arn:aws:cloudfront::123456789012:key-value-store/oracle-kvs"
    return f"{name.lower()}-ascii"


def sample_located(mshape, mode, name):
    """A sample for a top-level member of a REST structure, or None for one
    that has no value of its own (the response's status code)."""
    location = mshape.serialization.get("location")
    if mshape.serialization.get("hostLabel"):
        # botocore refuses host labels outside [A-Za-z0-9.-].
        return ascii_text(mshape, name).replace("_", "-")
    if location == "statusCode":
        return None
    if location == "uri" and mshape.type_name == "string" and not mshape.enum:
        # Non-empty; '/' and ' ' show whether a label keeps or encodes them.
        return bounded_text(mshape, f"{name}/x y")
    if location == "header":
        return sample_header(mshape, name)
    if location == "headers":
        n = bounded_count(mshape)
        if mshape.key.enum:
            keys = list(mshape.key.enum[:n])
        else:
            keys = [ascii_text(mshape.key, f"k{i}") for i in range(n)]
        return {k: sample_header(mshape.value, f"{name}{i}") for i, k in enumerate(keys)}
    return sample(mshape, mode, 1, name, True)


def sample_header(shape, name):
    """A value a header carries unchanged: ASCII text (HTTP field values)."""
    if shape.type_name == "list":
        return [sample_header(shape.member, f"{name}{i}") for i in range(bounded_count(shape))]
    if shape.type_name == "string":
        if shape.serialization.get("jsonvalue"):
            return {"k": SAMPLE_TEXT, "n": 2}
        if shape.enum:
            return shape.enum[0]
        return ascii_text(shape, name)
    return sample(shape, "required", 1, name)


def ascii_text(shape, name):
    text = f"{name}-ascii"
    lo = int(shape.metadata.get("min", 0))
    hi = int(shape.metadata.get("max", 1 << 30))
    while len(text) < lo:
        text += "x"
    return text[: max(hi, lo)]


def reaches(shape, name, seen):
    """Whether `shape` contains a shape called `name` (at any depth)."""
    if shape.name == name:
        return True
    if shape.name in seen:
        return False
    seen.add(shape.name)
    t = shape.type_name
    if t == "structure":
        return any(reaches(m, name, seen) for m in shape.members.values())
    if t == "list":
        return reaches(shape.member, name, seen)
    if t == "map":
        return reaches(shape.value, name, seen)
    return False


def bounded_count(shape):
    lo = shape.metadata.get("min", 0)
    hi = shape.metadata.get("max", 2)
    return int(min(max(2, lo), max(hi, lo)))


def map_keys(key_shape, n):
    if key_shape.enum:
        return list(key_shape.enum[:n])
    return [bounded_text(key_shape, f"k{i}") for i in range(n)]


def bounded_text(shape, name):
    text = f"{name}-{SAMPLE_TEXT}"
    lo = int(shape.metadata.get("min", 0))
    hi = int(shape.metadata.get("max", 1 << 30))
    while len(text) < lo:
        text += "x"
    return text[: max(hi, lo)]


def bounded_number(shape, default):
    lo = shape.metadata.get("min")
    hi = shape.metadata.get("max")
    v = default
    if lo is not None and v < lo:
        v = lo
    if hi is not None and v > hi:
        v = hi
    return v


# ------------------------------------------------------- canonical forms


def wire_name(member_name, member_shape):
    return member_shape.serialization.get("name", member_name)


def canon(value, shape):
    """The canonical JSON form of a botocore-level value of `shape`."""
    if value is None:
        return None
    t = shape.type_name
    if t == "structure":
        if shape.metadata.get("document"):
            return canon_any(value)
        out = {}
        for k, v in value.items():
            if k in shape.members:
                m = shape.members[k]
                out[wire_name(k, m)] = canon(v, m)
        return out
    if t == "list":
        return [canon(v, shape.member) for v in value]
    if t == "map":
        return {k: canon(v, shape.value) for k, v in value.items()}
    if t == "blob" and isinstance(value, str):
        # botocore hands a non-streaming blob payload over as decoded text.
        value = value.encode()
    return canon_any(value)


def canon_top(value, shape, rest):
    """`canon` of an operation's input or output; with `rest` the top-level
    members are keyed by member name (a REST member's locationName is its
    header, label or query name, not a key), nested ones by wire name."""
    if not rest or value is None or shape.type_name != "structure":
        return canon(value, shape)
    return {k: canon(v, shape.members[k]) for k, v in value.items() if k in shape.members}


def member_bindings(shape):
    """A REST operation's top-level members: member name -> where it goes
    (location, else "body"; "payload" for the payload member), its wire name,
    and the traits the client side needs to set or read it."""
    if shape is None:
        return {}
    payload = shape.serialization.get("payload")
    out = {}
    for n, m in shape.members.items():
        b = {
            "location": "payload" if n == payload else m.serialization.get("location", "body"),
            "name": m.serialization.get("name", n),
        }
        if m.serialization.get("jsonvalue"):
            b["jsonvalue"] = True
        for trait in ("streaming", "eventstream"):
            if m.serialization.get(trait):
                b[trait] = True
        if m.metadata.get("idempotencyToken"):
            b["idempotency_token"] = True
        out[n] = b
    return out


def canon_any(value):
    if isinstance(value, (bytes, bytearray)):
        return {"$bytes": base64.b64encode(bytes(value)).decode()}
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=tzutc())
        delta = value - datetime.datetime(1970, 1, 1, tzinfo=tzutc())
        ms = delta.days * 86_400_000 + delta.seconds * 1000 + delta.microseconds // 1000
        return {"$ts_ms": ms}
    if isinstance(value, dict):
        return {k: canon_any(v) for k, v in value.items()}
    if isinstance(value, list):
        return [canon_any(v) for v in value]
    return value


# --------------------------------------------- awsJson response bodies


def wire_value(value, shape, ts_format=None):
    """`value` serialized as an awsJson body would carry it."""
    t = shape.type_name
    if t == "structure":
        if shape.metadata.get("document"):
            return value
        out = {}
        for k, v in value.items():
            m = shape.members[k]
            out[wire_name(k, m)] = wire_value(v, m, m.serialization.get("timestampFormat"))
        return out
    if t == "list":
        return [wire_value(v, shape.member) for v in value]
    if t == "map":
        return {k: wire_value(v, shape.value) for k, v in value.items()}
    if t == "blob":
        return base64.b64encode(value).decode()
    if t == "timestamp":
        fmt = ts_format or shape.serialization.get("timestampFormat") or "unixTimestamp"
        if fmt == "iso8601":
            return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        if fmt == "rfc822":
            return value.strftime("%a, %d %b %Y %H:%M:%S GMT")
        return value.timestamp()
    return value


# ------------------------------------------------------------ capture


class Raw:
    def __init__(self, body):
        self.body = body

    def stream(self, **_):
        yield self.body

    def read(self, amt=None):
        """A streaming payload's reads (botocore's StreamingBody)."""
        if amt is None:
            out, self.body = self.body, b""
        else:
            out, self.body = self.body[:amt], self.body[amt:]
        return out


class Resent(Exception):
    """The request was sent a second time within one call."""


class NotInClient(Exception):
    """botocore's client has no method for the operation."""


class Capture:
    """before-send: records the prepared request, answers with `response`."""

    def __init__(self, rest=False):
        self.request = None
        self.response = None
        self.op = None
        self.rest = rest

    def __call__(self, request, **_):
        target = request.headers.get("X-Amz-Target", b"")
        if isinstance(target, bytes):
            target = target.decode()
        if target.endswith(".DescribeEndpoints") and self.op != "DescribeEndpoints":
            body = json.dumps(self.response["discovery"]).encode()
            return AWSResponse(request.url, 200, {"content-type": "application/x-amz-json-1.0"}, Raw(body))
        if self.request is not None:
            # Retries are off, so only endpoint discovery resends: on
            # InvalidEndpointException it re-discovers and resends without
            # limit (discovery.py EndpointDiscoveryHandler.handle_retries),
            # which a canned answer would turn into an endless loop.
            raise Resent(
                "botocore re-discovers the endpoint and resends on this error without limit; "
                "not compared"
            )
        self.request = record_request(request, self.rest)
        r = self.response
        return AWSResponse(request.url, r["status"], dict(r["headers"]), Raw(r["body"].encode()))


def record_request(request, exact_body=False):
    """The request in canonical form; `exact_body` (restJson1) also keeps a
    non-empty body's bytes as `body_b64`, JSON or not (payloads are bytes)."""
    from urllib.parse import parse_qsl, urlsplit

    # `path` stays as sent (percent-encoding kept); the query is a multiset
    # of decoded pairs, in the order the Rust side sorts them (by the JSON
    # text of each pair).
    url = urlsplit(request.url)
    headers = {}
    for k, v in request.headers.items():
        k = k.lower()
        if k in DROPPED_HEADERS:
            continue
        headers[k] = v.decode() if isinstance(v, bytes) else str(v)
    body = request.body
    if body is None:
        body = b""
    if isinstance(body, str):
        body = body.encode()
    if not isinstance(body, (bytes, bytearray)):
        body = body.read()
    body = bytes(body)
    body_b64 = None
    try:
        body_value = json.loads(body) if body else None
        body_text = None
    except ValueError:
        body_value, body_text = None, body.decode("utf-8", "replace")
        body_b64 = base64.b64encode(body).decode()
    pairs = parse_qsl(url.query, keep_blank_values=True)
    out = {
        "method": request.method,
        "host": url.hostname,
        "path": url.path or "/",
        "query": sorted(pairs, key=lambda p: json.dumps(list(p), ensure_ascii=False, separators=(",", ":"))),
        "headers": headers,
        "body": body_value,
        "body_text": body_text,
    }
    if exact_body and body:
        body_b64 = base64.b64encode(body).decode()
    if body_b64 is not None:
        out["body_b64"] = body_b64
    return out


def error_code(shape):
    return shape.metadata.get("error", {}).get("code", shape.name)


def responses(model, op, prefix):
    if model.metadata.get("protocol") == "rest-json":
        return rest_responses(op)
    content_type = f"application/x-amz-json-{model.metadata.get('jsonVersion', '1.0')}"
    headers = {"content-type": content_type, "x-amzn-RequestId": "oracle-request-id"}
    out = []
    if op.output_shape is not None:
        value = sample(op.output_shape, "full", 0, "out")
        body = json.dumps(wire_value(value, op.output_shape), ensure_ascii=False)
    else:
        body = "{}"
    out.append({"name": "output", "status": 200, "headers": headers, "body": body})
    for err in op.error_shapes:
        code = error_code(err)
        body = json.dumps({"__type": f"{prefix}#{code}", "message": f"{code} {SAMPLE_TEXT}"}, ensure_ascii=False)
        status = err.metadata.get("error", {}).get("httpStatusCode", 400)
        out.append({"name": f"error:{code}", "status": status, "headers": headers, "body": body})
    return out


def header_text(value, shape):
    """`value` as a response header carries it (botocore's header rules)."""
    t = shape.type_name
    if t == "list":
        return ",".join(header_text(v, shape.member) for v in value)
    if t == "string" and shape.serialization.get("jsonvalue"):
        return base64.b64encode(json.dumps(value, separators=(",", ":")).encode()).decode()
    if t == "timestamp":
        fmt = shape.serialization.get("timestampFormat", "rfc822")
        return str(wire_value(value, shape, fmt))
    if t == "boolean":
        return "true" if value else "false"
    return str(value)


def set_header(headers, name, value):
    """Sets a header, replacing any of the same name in another case."""
    for k in [k for k in headers if k.lower() == name.lower()]:
        del headers[k]
    headers[name] = value


def members_with_headers(shape):
    return [
        m.serialization.get("name", n)
        for n, m in shape.members.items()
        if m.serialization.get("location") == "header"
    ]


def rest_responses(op):
    """Canned restJson1 answers: the output (status, header members, body or
    raw payload) and one error per modelled error."""
    base = {"content-type": "application/json", "x-amzn-RequestId": "oracle-request-id"}
    status = op.http.get("responseCode", 200)
    headers = dict(base)
    body = "{}"
    body_b64 = None
    shape = op.output_shape
    if shape is None and status == 204:
        body = ""
    if shape is not None:
        value = sample_top(shape, "full", "out", True)
        payload = shape.serialization.get("payload")
        members = {}
        for name, v in value.items():
            m = shape.members[name]
            location = m.serialization.get("location")
            if location == "header":
                set_header(headers, m.serialization.get("name", name), header_text(v, m))
            elif location == "headers":
                prefix = m.serialization.get("name", "")
                for k, hv in v.items():
                    set_header(headers, prefix + k, header_text(hv, m.value))
            elif name != payload:
                members[name] = v
        if payload is not None:
            pm = shape.members[payload]
            pv = value.get(payload)
            if pm.type_name in ("blob", "string"):
                # The body is a string in the job's JSON: raw payloads are
                # UTF-8 text (botocore also decodes non-streaming ones as such).
                text = f"payload-{SAMPLE_TEXT}"
                body = text
                body_b64 = base64.b64encode(text.encode()).decode()
                if not any(k.lower() == "content-type" for k in members_with_headers(shape)):
                    set_header(headers, "content-type", "application/octet-stream")
            elif pm.serialization.get("eventstream"):
                body = ""
            elif pv is not None:
                body = json.dumps(wire_value(pv, pm), ensure_ascii=False)
        elif members:
            body = json.dumps(wire_value(members, shape), ensure_ascii=False)
    for k in [k for k in headers if k.lower() == "content-length"]:
        # botocore checks a streaming body against it.
        headers[k] = str(len(body.encode()))
    out = [{"name": "output", "status": status, "headers": headers, "body": body}]
    if body_b64 is not None:
        out[0]["body_b64"] = body_b64
    for err in op.error_shapes:
        code = error_code(err)
        body = json.dumps({"code": code, "message": f"{code} {SAMPLE_TEXT}"}, ensure_ascii=False)
        status = err.metadata.get("error", {}).get("httpStatusCode", 400)
        headers = dict(base, **{"x-amzn-ErrorType": code})
        out.append({"name": f"error:{code}", "status": status, "headers": headers, "body": body})
    return out


def describe_endpoints(model):
    host = f"{model.metadata['endpointPrefix']}.{REGION}.amazonaws.com"
    return {"Endpoints": [{"Address": host, "CachePeriodInMinutes": 1440}]}


def read_payload(parsed, shape):
    """Reads a streaming output payload into bytes; drops an event stream
    (not compared). Returns notes on what was left out."""
    payload = shape.serialization.get("payload") if shape is not None else None
    if payload is None or payload not in parsed:
        return []
    if shape.members[payload].serialization.get("eventstream"):
        del parsed[payload]
        return [f"event stream output member {payload} not compared"]
    if hasattr(parsed[payload], "read"):
        parsed[payload] = parsed[payload].read()
    return []


def is_bearer(model):
    auth = model.metadata.get("auth") or []
    return model.metadata.get("signatureVersion") == "bearer" or "smithy.api#httpBearerAuth" in auth


def run_service(session, service, api_version):
    model = session.get_service_model(service, api_version)
    client = session.create_client(
        service,
        region_name=REGION,
        api_version=api_version,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
        config=Config(retries={"total_max_attempts": 1, "mode": "standard"}),
    )
    rest = model.metadata.get("protocol") == "rest-json"
    if rest and is_bearer(model):
        # A fixed token, as the fixed credentials (botocore would look for an
        # SSO login otherwise).
        from botocore.tokens import FrozenAuthToken

        client._request_signer._auth_token = FrozenAuthToken("oracle-bearer-token")
    capture = Capture(rest)
    client.meta.events.register("before-send", capture)
    prefix = f"com.amazonaws.{model.endpoint_prefix}"
    ops = []
    for op_name in model.operation_names:
        op = model.operation_model(op_name)
        # botocore leaves some operations out of its client (input event
        # streams, e.g. bedrock-runtime InvokeModelWithBidirectionalStream).
        method = getattr(client, botocore.xform_name(op_name), None)
        samples = []
        seen = set()
        for mode in ("full", "required"):
            context = {p.member_name for p in op.context_parameters}
            params = sample_top(op.input_shape, mode, "in", rest, context) if op.input_shape is not None else {}
            key = json.dumps(canon_top(params, op.input_shape, rest) if op.input_shape else {}, sort_keys=True)
            if key in seen:
                continue
            seen.add(key)
            samples.append((mode, params))
        calls = []
        resps = responses(model, op, prefix)
        plan = [(samples[0], resps[0])]
        if len(samples) > 1:
            plan.append((samples[1], resps[0]))
        plan += [(samples[-1], r) for r in resps[1:]]
        for (mode, params), resp in plan:
            call = {
                "sample": mode,
                "input": canon_top(params, op.input_shape, rest) if op.input_shape is not None else {},
                "response": resp,
            }
            capture.request = None
            capture.op = op_name
            capture.response = dict(resp, discovery=describe_endpoints(model))
            try:
                if method is None:
                    raise NotInClient("botocore's client has no method for this operation (input event stream)")
                parsed = method(**params)
                parsed.pop("ResponseMetadata", None)
                notes = read_payload(parsed, op.output_shape)
                if notes:
                    call["notes"] = notes
                call["parsed"] = {"output": canon_top(parsed, op.output_shape, rest) if op.output_shape else {}}
            except ParamValidationError as e:
                call["rejected"] = str(e).replace("\n", " ")
            except NotInClient as e:
                call["rejected"] = str(e)
            except ClientError as e:
                err = e.response.get("Error", {})
                code = err.get("Code")
                modelled = client.exceptions.from_code(code) is not ClientError
                call["parsed"] = {"error": {"code": code, "message": err.get("Message"), "modelled": modelled}}
            except Exception as e:  # noqa: BLE001 - recorded, never hidden
                call["rejected"] = f"{type(e).__name__}: {e}".replace("\n", " ")
            call["request"] = capture.request
            calls.append(call)
        tokens = []
        if op.input_shape is not None:
            # Keys of the call's input: wire names (AWS JSON), member names (REST).
            tokens = [
                n if rest else wire_name(n, m)
                for n, m in op.input_shape.members.items()
                if m.metadata.get("idempotencyToken")
            ]
        entry = {"name": op_name, "calls": calls, "idempotency_tokens": tokens}
        if rest:
            entry["http"] = {"method": op.http.get("method"), "request_uri": op.http.get("requestUri")}
            entry["input_members"] = member_bindings(op.input_shape)
            entry["output_members"] = member_bindings(op.output_shape)
        ops.append(entry)
    return {
        "botocore": botocore.__version__,
        "service": service,
        "api_version": api_version,
        "target_prefix": model.metadata.get("targetPrefix"),
        "operations": ops,
    }


def resolve(session, job, index):
    """The botocore (service, api version) of a spec: metadata.uid equal to
    the spec's x-origin file stem, else endpointPrefix + apiVersion."""
    if job.get("service"):
        return job["service"], job["api_version"]
    if job.get("uid") in index["uid"]:
        return index["uid"][job["uid"]]
    key = (job.get("endpoint_prefix"), job.get("api_version"))
    return index["prefix"].get(key)


def build_index(session):
    loader = session.get_component("data_loader")
    index = {"uid": {}, "prefix": {}}
    for name in session.get_available_services():
        for version in loader.list_api_versions(name, "service-2"):
            meta = loader.load_service_model(name, "service-2", version).get("metadata", {})
            pair = (name, version)
            if meta.get("uid"):
                index["uid"][meta["uid"]] = pair
            index["prefix"].setdefault((meta.get("endpointPrefix"), meta.get("apiVersion")), pair)
    return index


class ClaimedHeadersSigV4(botocore.auth.SigV4Auth):
    """SigV4 over exactly the headers a request says it signed."""

    def __init__(self, credentials, service, region, signed):
        super().__init__(credentials, service, region)
        self.signed = signed

    def headers_to_sign(self, request):
        out = botocore.auth.HTTPHeaders()
        for name in self.signed:
            if name == "host":
                out["host"] = botocore.auth._host_from_url(request.url)
            else:
                value = request.headers.get(name)
                if value is not None:
                    out[name] = value
        return out


def sign(requests):
    """The Authorization botocore's SigV4Auth computes for each request (the
    client's, as sent), with the scope, signed headers and X-Amz-Date the
    request claims: a wrong signature means AWS would refuse it."""
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    out = []
    for r in requests:
        if not r:
            out.append(None)
            continue
        headers = {k.lower(): v for k, v in r["headers"].items()}
        auth = headers.pop("authorization", None)
        if not auth:
            out.append(None)
            continue
        cred = auth.split("Credential=")[1].split(",")[0].split("/")
        signed = auth.split("SignedHeaders=")[1].split(",")[0].split(";")
        amz_date = headers.get("x-amz-date")
        now = datetime.datetime.strptime(amz_date, "%Y%m%dT%H%M%SZ")
        botocore.auth.get_current_datetime = lambda *a, **k: now
        # `body_b64` (when the client's side records it) is exact where the
        # body is not UTF-8 text.
        data = base64.b64decode(r["body_b64"]) if r.get("body_b64") is not None else r["body_text"].encode()
        req = AWSRequest(method=r["method"], url=r["url"], data=data, headers=headers)
        signer = ClaimedHeadersSigV4(Credentials(ACCESS_KEY, SECRET_KEY, headers.get("x-amz-security-token")), cred[3], cred[2], signed)
        signer.add_auth(req)
        out.append(req.headers["Authorization"])
    botocore.auth.get_current_datetime = lambda *a, **k: FIXED_NOW
    return out


def main():
    if sys.argv[1] == "sign":
        requests = json.load(open(sys.argv[2]))
        with open(sys.argv[3], "w") as f:
            json.dump(sign(requests), f)
        return
    jobs = json.load(open(sys.argv[1]))
    session = botocore.session.get_session()
    index = None
    for job in jobs:
        if not job.get("service") and index is None:
            index = build_index(session)
        found = resolve(session, job, index)
        if found is None:
            result = {"botocore": botocore.__version__, "retired": True}
        else:
            result = run_service(session, *found)
        with open(job["out"], "w") as f:
            json.dump(result, f, ensure_ascii=False, indent=1, sort_keys=True)
        print(f"{job['id']}: {len(result.get('operations', []))} operations", file=sys.stderr)


if __name__ == "__main__":
    main()
