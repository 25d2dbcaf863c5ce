"""Writes `aws-model.json` (format 1, /work/notes/model-schema.md; README "AWS
model") for apis.guru AWS specs from the installed botocore.

Run by `cargo xtask model` (xtask/src/model.rs) inside the venv it makes from
xtask/botocore/requirements.txt:

    python extract.py JOBS.json

JOBS.json: {"jobs": [{"name": "amazonaws.com:states@2016-11-23",
                      "origins": ["https://.../states-2016-11-23.normal.json"],
                      "servers": ["http://states.{region}.amazonaws.com"],
                      "version": "2016-11-23",
                      "out": "/path/to/aws-model.json"}, ...]}

`origins` are the spec's `info.x-origin[*].url`, `servers` its `servers[*].url`,
`version` its `info.version` (the Rust side reads the spec; Python needs no
YAML parser). One process handles every job, loading partitions.json once.
Prints one JSON line per job on stdout:
    {"name": ..., "status": "matched", "service": ..., "api_version": ...,
     "protocol": ..., "via": "uid"|"endpoint_prefix", "seconds": ...}
    {"name": ..., "status": "retired"}
    {"name": ..., "status": "error", "error": "..."}
Exit status 0 unless the script itself fails (a job's error is on its line).

For rest-json and rest-xml services the file also carries the HTTP bindings
(operation `http`, member `location`, shape `payload`, …; model-schema.md
"HTTP bindings"), and for rest-json ones botocore's handler customizations
(customizations.py: `default_headers`, `body_digest_headers`,
`input_defaults`, `query_to_form_body`); other protocols' files are as
before, byte for byte.

Everything read comes from botocore's own data directory, never
~/.aws/models, so the same botocore gives the same bytes on every machine.
"""

import collections
import gzip
import hashlib
import json
import os
import re
import sys
import time

import botocore
from botocore.endpoint_provider import EndpointProvider
from botocore.loaders import ExtrasProcessor

from customizations import Customizations

FORMAT = 1
DATA = os.path.join(os.path.dirname(botocore.__file__), "data")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
VARIANTS = (
    ("plain", False, False),
    ("fips", True, False),
    ("dualstack", False, True),
    ("fips_dualstack", True, True),
)
REGION = "{region}"
# Protocols whose HTTP bindings the file carries (README "AWS model"): the
# other protocols' models stay as they were (no `http`, `location`, …).
REST_PROTOCOLS = ("rest-json", "rest-xml")
# Protocols whose botocore handler customizations the file carries
# (customizations.py): the generated clients speak these.
CUSTOMIZED_PROTOCOLS = ("rest-json",)


class Data:
    """botocore/data, read the way botocore's Loader reads it (`.json` before
    `.json.gz`, `<type>.sdk-extras.json` merged in), remembering the sha256
    of every file's bytes as shipped."""

    def __init__(self):
        self._cache = {}  # relative path -> (sha256, parsed) or None
        self._meta = {}  # (service, version) -> metadata or None

    def _read(self, rel):
        if rel not in self._cache:
            path = os.path.join(DATA, rel)
            if not os.path.isfile(path):
                self._cache[rel] = None
            else:
                with open(path, "rb") as f:
                    raw = f.read()
                text = gzip.decompress(raw) if rel.endswith(".gz") else raw
                self._cache[rel] = (
                    hashlib.sha256(raw).hexdigest(),
                    json.loads(text.decode("utf-8")),
                )
        return self._cache[rel]

    def load(self, stem, files):
        """The model at `stem` (e.g. `sqs/2012-11-05/service-2`) with its
        sdk extras merged, or None; records what was read in `files`."""
        found = None
        for ext in (".json", ".json.gz"):
            got = self._read(stem + ext)
            if got is not None:
                files[stem + ext] = got[0]
                found = got[1]
                break
        if found is None:
            return None
        extras = self._read(stem + ".sdk-extras.json")
        if extras is not None:
            files[stem + ".sdk-extras.json"] = extras[0]
            # Merged in place: into a copy, the cache keeps the original.
            found = json.loads(json.dumps(found))
            ExtrasProcessor().process(found, [extras[1]])
        return found

    def metadata(self, service, version):
        """metadata of service-2 with extras (the caller records files later)."""
        key = (service, version)
        if key not in self._meta:
            model = self.load(f"{service}/{version}/service-2", {})
            self._meta[key] = None if model is None else model.get("metadata", {})
        return self._meta[key]


def service_index():
    """api version -> botocore service directories that have it."""
    index = collections.defaultdict(list)
    for service in sorted(os.listdir(DATA)):
        path = os.path.join(DATA, service)
        if not os.path.isdir(path):
            continue
        for version in sorted(os.listdir(path)):
            if os.path.isdir(os.path.join(path, version)):
                index[version].append(service)
    return index


def origin_stem(url):
    """`.../states-2016-11-23.normal.json` -> `states-2016-11-23`."""
    name = url.rsplit("/", 1)[-1]
    for suffix in (".normal.json", ".min.json", ".json"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def server_prefix(url):
    """Host labels before the region or the DNS suffix:
    `http://states.{region}.amazonaws.com` -> `states`,
    `https://budgets.amazonaws.com` -> `budgets`."""
    host = url.split("://", 1)[-1].split("/", 1)[0]
    for marker in (".{region}.", ".amazonaws.com"):
        if marker in host:
            return host.split(marker, 1)[0]
    return None


def find_service(data, index, job):
    """(service dir, api version, via) or None when botocore has no match."""
    for url in job.get("origins", []):
        uid = origin_stem(url)
        version = uid[-10:]
        if not DATE.match(version):
            continue
        for service in index.get(version, []):
            meta = data.metadata(service, version)
            if meta is not None and meta.get("uid") == uid:
                return service, version, "uid"
    prefixes = {p for p in map(server_prefix, job.get("servers", [])) if p}
    version = job.get("version")
    hits = []
    for service in index.get(version, []):
        meta = data.metadata(service, version)
        if meta is not None and meta.get("endpointPrefix") in prefixes:
            hits.append(service)
    if len(hits) > 1:
        # botocore ships some services under two names (sms-voice and
        # pinpoint-sms-voice, the same model): prefer the directory named
        # like the spec's origin file, else any if all are one model.
        named = [h for h in hits if h in {origin_stem(u)[:-11] for u in job.get("origins", [])}]
        uids = {data.metadata(h, version).get("uid") for h in hits}
        if len(named) == 1:
            hits = named
        elif len(uids) == 1:
            hits = hits[:1]
    if len(hits) > 1:
        raise ValueError(
            f"botocore services {', '.join(hits)} all have endpointPrefix in "
            f"{sorted(prefixes)} and apiVersion {version}: cannot tell which"
        )
    if hits:
        return hits[0], version, "endpoint_prefix"
    return None


def service_facts(meta):
    out = {
        "service_id": meta["serviceId"],
        "protocol": meta["protocol"],
        "signing_name": meta.get("signingName", meta["endpointPrefix"]),
        "endpoint_prefix": meta["endpointPrefix"],
        "aws_query_compatible": "awsQueryCompatible" in meta,
    }
    if "protocols" in meta:
        out["protocols"] = list(meta["protocols"])
    if "jsonVersion" in meta:
        out["json_version"] = meta["jsonVersion"]
    if "targetPrefix" in meta:
        out["target_prefix"] = meta["targetPrefix"]
    # Recorded only when it is not SigV4 (codecatalyst: bearer), so the
    # generator can refuse what it cannot sign.
    if meta.get("signatureVersion", "v4") != "v4":
        out["signature_version"] = meta["signatureVersion"]
    return out


def unsigned(op):
    # botocore (auth.resolve_auth_type) takes the first scheme it supports;
    # noAuth first means unsigned.
    auth = op.get("auth")
    if auth:
        return auth[0] == "smithy.api#noAuth"
    return op.get("authtype") == "none"


def operation_facts(op, rest, where):
    out = {}
    for key in ("input", "output"):
        if key in op:
            out[key] = op[key]["shape"]
    if op.get("errors"):
        out["errors"] = [e["shape"] for e in op["errors"]]
    host_prefix = op.get("endpoint", {}).get("hostPrefix")
    if host_prefix is not None:
        out["host_prefix"] = host_prefix
    if unsigned(op):
        out["unsigned"] = True
    if "endpointdiscovery" in op:
        discovery = {}
        if op["endpointdiscovery"].get("required"):
            discovery["required"] = True
        out["endpoint_discovery"] = discovery
    if op.get("endpointoperation"):
        out["endpoint_operation"] = True
    if op.get("idempotent"):
        out["idempotent"] = True
    if rest:
        out.update(rest_operation_facts(op, where))
    return out


# Serialization traits botocore reads (botocore.model.Shape.SERIALIZED_ATTRS
# plus requiresLength): a REST model with one where the file has no key for
# it is refused rather than silently narrowed.
SERIALIZED = {
    "locationName", "queryName", "flattened", "location", "payload",
    "streaming", "timestampFormat", "xmlNamespace", "resultWrapper",
    "xmlAttribute", "eventstream", "event", "eventheader", "eventpayload",
    "jsonvalue", "hostLabel", "requiresLength",
}
HTTP_KEYS = {"method", "requestUri", "responseCode"}
AUTH_TYPES = {None, "none", "v4", "v4-unsigned-body"}
AUTH_SCHEMES = {"aws.auth#sigv4", "smithy.api#noAuth"}


def refuse_uncarried(ref, carried, where):
    extra = sorted((set(ref) & SERIALIZED) - set(carried))
    if extra:
        raise ValueError(
            f"{where}: botocore trait(s) {', '.join(extra)} have no key in "
            "aws-model.json (format 1)"
        )


def xml_namespace(value):
    return {k: value[k] for k in ("uri", "prefix") if k in value}


def rest_operation_facts(op, where):
    """`http` and what else botocore's REST serializer, signer and checksum
    handlers read from an operation (serialize.BaseRestSerializer,
    handlers.set_operation_specific_signer, httpchecksum)."""
    http = op["http"]
    extra = sorted(set(http) - HTTP_KEYS)
    if extra:
        raise ValueError(f"{where}.http: keys {', '.join(extra)} are not carried")
    if op.get("authtype") not in AUTH_TYPES:
        raise ValueError(f"{where}: authtype {op['authtype']!r} is not carried")
    schemes = sorted(set(op.get("auth", [])) - AUTH_SCHEMES)
    if schemes:
        raise ValueError(f"{where}: auth {', '.join(schemes)} is not carried")
    binding = {"method": http["method"], "request_uri": http["requestUri"]}
    if "responseCode" in http:
        binding["response_code"] = http["responseCode"]
    out = {"http": binding}
    if op.get("unsignedPayload") or op.get("authtype") == "v4-unsigned-body":
        out["unsigned_payload"] = True
    checksum = op.get("httpChecksum", {})
    if op.get("httpChecksumRequired") or checksum.get("requestChecksumRequired"):
        out["checksum_required"] = True
    if "requestAlgorithmMember" in checksum:
        out["checksum_algorithm_member"] = checksum["requestAlgorithmMember"]
    if "requestValidationModeMember" in checksum:
        out["checksum_mode_member"] = checksum["requestValidationModeMember"]
    if checksum.get("responseAlgorithms"):
        out["checksum_response_algorithms"] = list(checksum["responseAlgorithms"])
    # rest-xml: the request body's root element and its namespace.
    ref = op.get("input", {})
    refuse_uncarried(ref, ("locationName", "xmlNamespace"), f"{where}.input")
    if "locationName" in ref:
        out["input_location_name"] = ref["locationName"]
    if "xmlNamespace" in ref:
        out["input_xml_namespace"] = xml_namespace(ref["xmlNamespace"])
    refuse_uncarried(op.get("output", {}), (), f"{where}.output")
    return out


def member_facts(name, member, required, rest, where):
    out = {"shape": member["shape"]}
    if name in required:
        out["required"] = True
    if member.get("idempotencyToken"):
        out["idempotency_token"] = True
    if "timestampFormat" in member:
        out["timestamp_format"] = member["timestampFormat"]
    wire = member.get("locationName", member.get("jsonName"))
    if wire is not None and wire != name:
        out["location_name"] = wire
    if member.get("sensitive"):
        out["sensitive"] = True
    if rest:
        refuse_uncarried(member, MEMBER_TRAITS, where)
        if "location" in member:
            out["location"] = member["location"]
        for trait, key in MEMBER_FLAGS:
            if member.get(trait):
                out[key] = True
        if "xmlNamespace" in member:
            out["xml_namespace"] = xml_namespace(member["xmlNamespace"])
    return out


# Member-level traits (botocore merges them over the target shape's).
MEMBER_FLAGS = (
    ("hostLabel", "host_label"),
    ("jsonvalue", "json_value"),
    ("xmlAttribute", "xml_attribute"),
    ("flattened", "flattened"),
    ("streaming", "streaming"),
    ("eventheader", "event_header"),
    ("eventpayload", "event_payload"),
)
MEMBER_TRAITS = (
    "location", "locationName", "timestampFormat", "xmlNamespace",
    *(trait for trait, _ in MEMBER_FLAGS),
)
SHAPE_FLAGS = (
    ("streaming", "streaming"),
    ("eventstream", "event_stream"),
    ("event", "event"),
    ("flattened", "flattened"),
    ("requiresLength", "requires_length"),
)
SHAPE_TRAITS = (
    "payload", "xmlNamespace", "timestampFormat", *(trait for trait, _ in SHAPE_FLAGS),
)


def rest_shape_facts(shape, where):
    kind = shape["type"]
    carried = SHAPE_TRAITS + (("locationName",) if kind == "structure" else ())
    refuse_uncarried(shape, carried, where)
    out = {}
    if "payload" in shape:
        out["payload"] = shape["payload"]
    for trait, key in SHAPE_FLAGS:
        if shape.get(trait):
            out[key] = True
    if "xmlNamespace" in shape:
        out["xml_namespace"] = xml_namespace(shape["xmlNamespace"])
    if kind == "structure" and "locationName" in shape:
        out["location_name"] = shape["locationName"]
    # rest-xml element names of list items and map entries.
    for ref_key, key in (("member", "member"), ("key", "key"), ("value", "value")):
        ref = shape.get(ref_key) if kind in ("list", "map") else None
        if ref is None:
            continue
        refuse_uncarried(ref, ("locationName",), f"{where}.{ref_key}")
        if "locationName" in ref:
            out[f"{key}_location_name"] = ref["locationName"]
    return out


def shape_facts(shape, rest, where):
    kind = shape["type"]
    out = {"type": kind}
    if shape.get("sensitive"):
        out["sensitive"] = True
    if kind == "structure":
        required = set(shape.get("required", []))
        out["members"] = {
            name: member_facts(name, m, required, rest, f"{where}.members.{name}")
            for name, m in shape.get("members", {}).items()
        }
        if shape.get("exception"):
            out["exception"] = True
        error = shape.get("error", {})
        if "code" in error:
            out["error_code"] = error["code"]
        if "httpStatusCode" in error:
            out["http_status"] = error["httpStatusCode"]
        if shape.get("document"):
            out["document"] = True
        if shape.get("union"):
            out["union"] = True
    elif kind == "list":
        out["member"] = shape["member"]["shape"]
    elif kind == "map":
        out["key"] = shape["key"]["shape"]
        out["value"] = shape["value"]["shape"]
    if "enum" in shape:
        out["enum"] = list(shape["enum"])
    if "timestampFormat" in shape:
        out["timestamp_format"] = shape["timestampFormat"]
    if rest:
        out.update(rest_shape_facts(shape, where))
    return out


BUILTIN_PARAMS = {"Region", "UseFIPS", "UseDualStack"}


def static_params(ruleset, model):
    """Values for the rule set's required parameters that have no default and
    that operations set through `staticContextParams` (acm's ServiceType):
    the value most operations use (ties: the smallest). The file holds one
    endpoint table per service, so operations with another value are not
    represented."""
    out = {}
    for name, param in ruleset.get("parameters", {}).items():
        if name in BUILTIN_PARAMS or not param.get("required") or "default" in param:
            continue
        counts = collections.Counter(
            json.dumps(op["staticContextParams"][name]["value"])
            for op in model["operations"].values()
            if name in op.get("staticContextParams", {})
        )
        if counts:
            best = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            out[name] = json.loads(best)
    return out


def resolve(provider, region, fips, dualstack, extra):
    try:
        endpoint = provider.resolve_endpoint(
            Region=region, UseFIPS=fips, UseDualStack=dualstack, **extra
        )
    except Exception as e:  # botocore's EndpointResolutionError and kin
        return {"error": str(getattr(e, "msg", None) or e)}
    out = {"url": endpoint.url}
    schemes = endpoint.properties.get("authSchemes") or []
    if schemes:
        if "signingRegion" in schemes[0]:
            out["signing_region"] = schemes[0]["signingRegion"]
        if "signingName" in schemes[0]:
            out["signing_name"] = schemes[0]["signingName"]
    return out


def generalize(fact, region):
    """`fact` with the region written as `{region}` (url: every occurrence;
    signing_region: only when it is the region)."""
    out = dict(fact)
    if "url" in out:
        out["url"] = out["url"].replace(region, REGION)
    if out.get("signing_region") == region:
        out["signing_region"] = REGION
    return out


def instantiate(fact, region):
    return {k: v.replace(REGION, region) for k, v in fact.items()}


def canonical(value):
    return json.dumps(value, sort_keys=True)


def partition_facts(provider, partition, extra):
    outputs = partition["outputs"]
    regions = sorted(partition["regions"])
    results = {
        region: {
            name: resolve(provider, region, fips, dualstack, extra)
            for name, fips, dualstack in VARIANTS
        }
        for region in regions
    }
    default = {}
    for name, _, _ in VARIANTS:
        counts = collections.Counter(
            canonical(generalize(results[r][name], r)) for r in regions
        )
        # Most common; ties go to the smallest text, so the choice is stable.
        best = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        default[name] = json.loads(best)
    overrides = {}
    for region in regions:
        differs = {
            name: results[region][name]
            for name, _, _ in VARIANTS
            if results[region][name] != instantiate(default[name], region)
        }
        if differs:
            overrides[region] = differs
    out = {
        "id": partition["id"],
        "region_regex": partition["regionRegex"],
        "regions": regions,
        "dns_suffix": outputs["dnsSuffix"],
        "dual_stack_dns_suffix": outputs["dualStackDnsSuffix"],
        "default": default,
    }
    if overrides:
        out["regions_override"] = overrides
    return out


def extract(data, partitions, partitions_sha, service, version, customizations):
    files = {"partitions.json": partitions_sha}
    base = f"{service}/{version}"
    model = data.load(f"{base}/service-2", files)
    meta = model["metadata"]
    rest = meta["protocol"] in REST_PROTOCOLS
    ruleset = data.load(f"{base}/endpoint-rule-set-1", files)
    if ruleset is None:
        raise ValueError(f"botocore has no {base}/endpoint-rule-set-1.json[.gz]")
    provider = EndpointProvider(ruleset, partitions)
    extra = static_params(ruleset, model)
    tables = {}

    def table(params):
        key = canonical(params)
        if key not in tables:
            tables[key] = [
                partition_facts(provider, p, params)
                for p in sorted(partitions["partitions"], key=lambda p: p["id"])
            ]
        return tables[key]

    out = {
        "format": FORMAT,
        "source": {
            "botocore": botocore.__version__,
            "service": service,
            "api_version": version,
            "files": files,
        },
        "service": service_facts(meta),
        "partitions": table(extra),
        "operations": {
            name: operation_facts(op, rest, f"{base} operations.{name}")
            for name, op in model["operations"].items()
        },
        "shapes": {
            name: shape_facts(s, rest, f"{base} shapes.{name}")
            for name, s in model["shapes"].items()
        },
    }
    # An operation whose staticContextParams change what the rules give
    # (acm ServiceType=ACM-ACME, dynamodb IsSearchOperation) gets its own
    # table; only rule-set parameters count.
    declared = ruleset.get("parameters", {})
    for name, op in model["operations"].items():
        own = dict(extra)
        for param, value in op.get("staticContextParams", {}).items():
            if param in declared and param not in BUILTIN_PARAMS:
                own[param] = value["value"]
        if own != extra and table(own) != out["partitions"]:
            out["operations"][name]["partitions"] = table(own)
    if meta["protocol"] in CUSTOMIZED_PROTOCOLS:
        for name, facts in customizations.operation_facts(model, service, base).items():
            out["operations"][name].update(facts)
    paginators = data.load(f"{base}/paginators-1", files)
    if paginators is not None:
        out["paginators"] = paginators.get("pagination", {})
    waiters = data.load(f"{base}/waiters-2", files)
    if waiters is not None:
        out["waiters"] = waiters.get("waiters", {})
    return out, meta["protocol"]


def dump(value):
    return json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, path)


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: extract.py JOBS.json\n")
        return 2
    with open(argv[1], encoding="utf-8") as f:
        jobs = json.load(f)["jobs"]
    data = Data()
    partitions_sha, partitions = data._read("partitions.json")
    index = service_index()
    customizations = Customizations()
    for job in jobs:
        started = time.monotonic()
        line = {"name": job["name"]}
        try:
            found = find_service(data, index, job)
            if found is None:
                model = {
                    "format": FORMAT,
                    "retired": True,
                    "source": {"botocore": botocore.__version__},
                }
                line["status"] = "retired"
            else:
                service, version, via = found
                model, protocol = extract(
                    data, partitions, partitions_sha, service, version, customizations
                )
                line.update(
                    status="matched",
                    service=service,
                    api_version=version,
                    protocol=protocol,
                    via=via,
                )
            write(job["out"], dump(model))
        except Exception as e:
            line = {"name": job["name"], "status": "error", "error": f"{type(e).__name__}: {e}"}
        line["seconds"] = round(time.monotonic() - started, 3)
        print(json.dumps(line, sort_keys=True), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
