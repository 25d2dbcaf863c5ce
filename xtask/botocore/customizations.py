"""botocore's wire customizations of a rest-json service, as model facts
(model-schema.md "Customizations"; used by extract.py).

botocore changes some requests in event handlers (`handlers.BUILTIN_HANDLERS`)
rather than in its models: API Gateway's `Accept: application/json`,
Glacier's `x-amz-glacier-version`, its SHA-256 and tree-hash headers and its
`accountId` default. Nothing here names a service or a value:

- which handlers apply to an operation is asked of botocore's own event
  emitter (`EventAliaser` over `HierarchicalEmitter`, the aliases and
  wildcards botocore uses), with each handler registered as a recorder;
- what a handler is comes from its identity (`KINDS`: probed, carried by
  another fact, or not about the wire); an unknown handler that applies to a
  rest-json operation is refused;
- what a probed handler does (header names and values, when it leaves a
  header alone, which digest of the body it sends, which parameter it
  defaults) is observed by calling it on synthetic requests.
"""

import hashlib
import io

from botocore import handlers, utils
from botocore.awsrequest import AWSRequest
from botocore.hooks import EventAliaser, HierarchicalEmitter
from botocore.model import ServiceModel

# Event kinds that only shape botocore's Python API or its documentation.
PYTHON_ONLY_EVENTS = ("choose-service-name", "getattr", "creating-client-class", "docs")

# Handlers whose effect another fact of the file carries, or that never put
# anything from the model on the wire; each with why.
CARRIED = {
    handlers.generate_idempotent_uuid: "members' idempotency_token",
    handlers.set_operation_specific_signer: "operations' unsigned / unsigned_payload",
    handlers._handle_request_validation_mode_member: "operations' checksum_mode_member",
    handlers.inject_api_version_header_if_needed: "operations' endpoint_operation",
}
NOT_WIRE = {
    handlers.add_recursion_detection_header: "X-Amzn-Trace-Id, only inside AWS Lambda",
    handlers.add_retry_headers: "amz-sdk-invocation-id / amz-sdk-request (SDK metadata)",
    handlers._set_auth_scheme_preference_signer: "the user's auth_scheme_preference",
    handlers.remove_content_type_header_for_presigning: "presigned URLs only",
    # Response side: the error's message text, not its code or the request.
    handlers._map_oauth2_errors: "an OAuth2 error's error_description as its message",
    # Python keyword parameters renamed (cloudsearchdomain `return`).
    handlers.ParameterAlias.alias_parameter_in_call: "a Python parameter name alias",
}

SENTINEL = "probe-sentinel"
MIB = 1024 * 1024
# Bodies the digest probes hash: empty, tiny, one chunk, one chunk and a
# byte, several chunks with a partial last one.
BODIES = (b"", b"a", bytes(range(256)) * (MIB // 256), b"\x01" * (MIB + 1), b"z" * (7 * MIB // 2))
DIGESTS = {
    "sha256": lambda body: hashlib.sha256(body).hexdigest(),
    "sha256_tree_hash": lambda body: utils.calculate_tree_hash(io.BytesIO(body)),
}


class Refused(ValueError):
    pass


def emitter_with_recorders():
    """botocore's builtin handlers registered as recorders: emitting an
    event returns the handlers botocore would run for it."""
    emitter = EventAliaser(HierarchicalEmitter())
    for spec in handlers.BUILTIN_HANDLERS:
        event, handler = spec[0], spec[1]
        if event.split(".", 1)[0] in PYTHON_ONLY_EVENTS:
            continue

        def record(fired, handler=handler, event=event, **_):
            fired.append((event, handler))

        emitter.register(event, record)
    kinds = sorted(
        {spec[0].split(".", 1)[0] for spec in handlers.BUILTIN_HANDLERS}
        - set(PYTHON_ONLY_EVENTS)
    )
    return emitter, kinds


def fired_handlers(emitter, kinds, service_id, op_name):
    fired = []
    for kind in kinds:
        emitter.emit(f"{kind}.{service_id}.{op_name}", fired=fired)
    return fired


def request_dict(op, headers, body):
    return {
        "url_path": "/probe",
        "query_string": {},
        "method": op.http["method"],
        "headers": dict(headers),
        "body": body,
        "url": "https://example.com/probe",
        "context": {},
    }


def before_call(handler, op, headers=(), body=b""):
    """The request dict after `handler`, from one with `headers` and `body`."""
    request = request_dict(op, dict(headers), body)
    handler(model=op, params=request, request_signer=None, context={})
    return request


def header_members(op):
    """Header names (lowercase) input members of `op` bind."""
    shape = op.input_shape
    if shape is None:
        return set()
    return {
        m.serialization.get("name", name).lower()
        for name, m in shape.members.items()
        if m.serialization.get("location") == "header"
    }


def probe_before_call(handler, op, where, facts):
    """Headers `handler` adds: constant ones become `default_headers`, ones
    that are a digest of the body `body_digest_headers`; both only where the
    request has none (the handler must leave a given header alone, or no
    input member may bind it)."""
    runs = [before_call(handler, op, body=body) for body in BODIES]
    for request, body in zip(runs, BODIES):
        if request["body"] != body or request["url_path"] != "/probe" or request["query_string"]:
            raise Refused(f"{where}: handler {handler.__name__} changes more than headers")
    added = set(runs[0]["headers"])
    if any(set(r["headers"]) != added for r in runs):
        raise Refused(f"{where}: handler {handler.__name__} adds headers that depend on the body")
    bound = header_members(op)
    for name in sorted(added):
        values = [r["headers"][name] for r in runs]
        if not isinstance(values[0], str):
            raise Refused(f"{where}: handler {handler.__name__} header {name} is not text")
        kept = before_call(handler, op, {name: SENTINEL})["headers"][name] == SENTINEL
        if not kept and name.lower() in bound:
            raise Refused(
                f"{where}: handler {handler.__name__} overwrites header {name}, which an "
                "input member binds"
            )
        if len(set(values)) == 1:
            facts.setdefault("default_headers", {})[name] = values[0]
            continue
        digest = [
            kind for kind, f in DIGESTS.items() if all(f(b) == v for b, v in zip(BODIES, values))
        ]
        if not digest:
            raise Refused(
                f"{where}: handler {handler.__name__} header {name} is neither constant nor "
                f"one of the body digests {', '.join(DIGESTS)}"
            )
        facts.setdefault("body_digest_headers", {})[name] = digest[0]


def probe_before_parameter_build(handler, op, where, facts):
    """Input members `handler` defaults when unset: `input_defaults`."""
    params = {}
    handler(params=params, model=op, context={})
    members = op.input_shape.members if op.input_shape is not None else {}
    for name, value in sorted(params.items()):
        if name not in members or not isinstance(value, str):
            raise Refused(
                f"{where}: handler {handler.__name__} sets {name!r} to {value!r}, not a string "
                "input member"
            )
        given = {name: SENTINEL}
        handler(params=given, model=op, context={})
        if given != {name: SENTINEL}:
            raise Refused(f"{where}: handler {handler.__name__} overwrites a given {name}")
        facts.setdefault("input_defaults", {})[name] = value


def probe_request_created(handler, op, where, facts):
    """botocore's GET-to-POST move of the query into a form body:
    `query_to_form_body`."""
    request = AWSRequest(
        method=op.http["method"], url="https://example.com/p?a=1&b=2", headers={}, data=b""
    )
    handler(request=request)
    if (request.method, request.url, request.data) == (op.http["method"], "https://example.com/p?a=1&b=2", b""):
        return
    moved = (
        request.method == "POST"
        and request.url == "https://example.com/p"
        and request.data == "a=1&b=2"
        and dict(request.headers) == {"Content-Type": "application/x-www-form-urlencoded"}
    )
    if not moved:
        raise Refused(f"{where}: handler {handler.__name__} rewrites the request in an unknown way")
    facts["query_to_form_body"] = True


PROBED = {
    handlers.add_accept_header: probe_before_call,
    handlers.add_glacier_version: probe_before_call,
    handlers.add_glacier_checksums: probe_before_call,
    handlers.inject_account_id: probe_before_parameter_build,
    handlers.change_get_to_post: probe_request_created,
}
PROBE_EVENTS = {
    probe_before_call: "before-call",
    probe_before_parameter_build: "before-parameter-build",
    probe_request_created: "request-created",
}


class Customizations:
    """Probes every operation of rest-json models; one emitter for all."""

    def __init__(self):
        self.emitter, self.kinds = emitter_with_recorders()

    def operation_facts(self, model, service, base):
        """Operation name -> its customization facts (only operations that
        have some)."""
        service_model = ServiceModel(model, service_name=service)
        service_id = service_model.service_id.hyphenize()
        out = {}
        for name in service_model.operation_names:
            op = service_model.operation_model(name)
            where = f"{base} operations.{name}"
            facts = {}
            for event, handler in fired_handlers(self.emitter, self.kinds, service_id, name):
                # A bound method (ParameterAlias) is known by its function.
                identity = getattr(handler, "__func__", handler)
                if identity in CARRIED or identity in NOT_WIRE:
                    continue
                probe = PROBED.get(identity)
                if probe is None:
                    raise Refused(
                        f"{where}: botocore handler {getattr(handler, '__name__', handler)!r} "
                        f"(registered for {event!r}) changes requests in a way aws-model.json "
                        "does not carry"
                    )
                if not event.startswith(PROBE_EVENTS[probe]):
                    raise Refused(f"{where}: handler {handler.__name__} registered for {event!r}")
                probe(handler, op, where, facts)
            if facts:
                out[name] = facts
        return out
