"""Expected values of the restJson1 unit tests in src/runtime/rest.rs, produced
by botocore itself (the pinned 1.44.5):

    target/botocore-venv/bin/python templates/runtime/tests/rest_oracle.py

Each section prints `input => botocore's output`; the Rust tests copy them.
Requests go through RestJSONSerializer.serialize_to_request and
awsrequest.prepare_request_dict (the URL botocore sends); responses through
RestJSONParser.parse with case-insensitive headers, as botocore's endpoint
hands them over.
"""
import base64
import datetime
import json

from botocore.awsrequest import HeadersDict, prepare_request_dict
from botocore.model import OperationModel, ServiceModel
from botocore.parsers import create_parser
from botocore.serialize import create_serializer

SHAPES = {
    "S": {"type": "string"},
    "I": {"type": "integer"},
    "L": {"type": "long"},
    "F": {"type": "float"},
    "D": {"type": "double"},
    "B": {"type": "boolean"},
    "T": {"type": "timestamp"},
    "TIso": {"type": "timestamp", "timestampFormat": "iso8601"},
    "TEpoch": {"type": "timestamp", "timestampFormat": "unixTimestamp"},
    "THttp": {"type": "timestamp", "timestampFormat": "rfc822"},
    "SL": {"type": "list", "member": {"shape": "S"}},
    "IL": {"type": "list", "member": {"shape": "I"}},
    "BL": {"type": "list", "member": {"shape": "B"}},
    "TL": {"type": "list", "member": {"shape": "T"}},
    "SM": {"type": "map", "key": {"shape": "S"}, "value": {"shape": "S"}},
    "SLM": {"type": "map", "key": {"shape": "S"}, "value": {"shape": "SL"}},
    "J": {"type": "string", "jsonvalue": True},
}


def member(shape, location=None, name=None, **extra):
    m = {"shape": shape, **extra}
    if location:
        m["location"] = location
    if name:
        m["locationName"] = name
    return m


def service(uri, members, out_members=None):
    shapes = dict(SHAPES)
    shapes["In"] = {"type": "structure", "members": members}
    shapes["Out"] = {"type": "structure", "members": out_members or {}}
    return ServiceModel(
        {
            "metadata": {
                "protocol": "rest-json",
                "apiVersion": "2020-01-01",
                "endpointPrefix": "x",
                "signatureVersion": "v4",
                "serviceId": "X",
            },
            "operations": {
                "Op": {
                    "name": "Op",
                    "http": {"method": "POST", "requestUri": uri},
                    "input": {"shape": "In"},
                    "output": {"shape": "Out"},
                }
            },
            "shapes": shapes,
        }
    )


def request(uri, members, params):
    op = service(uri, members).operation_model("Op")
    r = create_serializer("rest-json", include_validation=False).serialize_to_request(params, op)
    prepare_request_dict(r, "https://x.example.com")
    return r


def url_path(uri, members, params):
    return request(uri, members, params)["url"][len("https://x.example.com"):]


def section(title):
    print(f"\n== {title}")


section("labels: plain {L} and greedy {G+}")
for v in ["a b", "a/b", "a~b-c_d.e", "é☃𝄞", "!*'();:@&=+$,/?#[]%", "x%2Fy", "\u0000\u007f", "", "tab\there"]:
    print(repr(v), "=>", url_path("/p/{L}/g/{G+}", {"L": member("S", "uri", "L"), "G": member("S", "uri", "G")}, {"L": v, "G": v}))
print("int/bool/ts labels =>", url_path(
    "/{A}/{B}/{C}",
    {"A": member("I", "uri", "A"), "B": member("B", "uri", "B"), "C": member("T", "uri", "C")},
    {"A": -5, "B": True, "C": datetime.datetime(2024, 1, 2, 3, 4, 5, 678000, tzinfo=datetime.timezone.utc)},
))

section("query")
qm = {
    "s": member("S", "querystring", "s"),
    "l": member("SL", "querystring", "l"),
    "i": member("I", "querystring", "i"),
    "b": member("B", "querystring", "b"),
    "f": member("D", "querystring", "f"),
    "t": member("T", "querystring", "t"),
    "te": member("TEpoch", "querystring", "te"),
    "th": member("THttp", "querystring", "th"),
    "m": member("SM", "querystring"),
    "ml": member("SLM", "querystring"),
}
ts = datetime.datetime(2024, 1, 2, 3, 4, 5, 678000, tzinfo=datetime.timezone.utc)
print("all kinds =>", url_path("/q", qm, {
    "s": "a b&c=d/é+~", "l": ["x", "", "y z"], "i": 7, "b": False, "f": 1.5,
    "t": ts, "te": ts, "th": ts, "m": {"k 1": "v/1"}, "ml": {"multi": ["1", "2"], "none": []},
}))
print("static query /path?versioning + s =>", url_path("/path?versioning", qm, {"s": "v"}))
print("static query /path?versioning alone =>", url_path("/path?versioning", qm, {}))
print("static query /tags?operation=tag-resource + l =>", url_path("/tags?operation=tag-resource", qm, {"l": ["a", "b"]}))
print("empty list =>", url_path("/q", qm, {"l": []}))
print("empty string =>", url_path("/q", qm, {"s": ""}))
print("named before map (s, m) =>", url_path("/q", qm, {"s": "named", "m": {"s": "from map"}}))
print("map before named (m, s) =>", url_path("/q", qm, {"m": {"s": "from map"}, "s": "named"}))
for f in [1.0, 0.1, 1e16, 1e15, 1e-5, 0.0001, -0.0, float("nan"), float("inf"), float("-inf"), 123456789.125, 1.7976931348623157e308, 5e-324]:
    print("double", repr(f), "=>", url_path("/q", qm, {"f": f}))
for t in [datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc), datetime.datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=datetime.timezone.utc)]:
    print("ts", t.isoformat(), "=>", url_path("/q", qm, {"t": t, "te": t, "th": t}))

section("headers")
hm = {
    "s": member("S", "header", "X-S"),
    "l": member("SL", "header", "X-L"),
    "il": member("IL", "header", "X-IL"),
    "bl": member("BL", "header", "X-BL"),
    "tl": member("TL", "header", "X-TL"),
    "i": member("I", "header", "X-I"),
    "b": member("B", "header", "X-B"),
    "d": member("D", "header", "X-D"),
    "t": member("T", "header", "X-T"),
    "ti": member("TIso", "header", "X-TI"),
    "te": member("TEpoch", "header", "X-TE"),
    "j": member("J", "header", "X-J"),
    "p": member("SM", "headers", "x-amz-meta-"),
}
r = request("/h", hm, {
    "s": "plain é", "l": ["a", "b,c", 'say "hi"', "", " sp "], "il": [1, 2], "bl": [True, False],
    "tl": [ts, ts], "i": 3, "b": True, "d": 2.5, "t": ts, "ti": ts, "te": ts,
    "j": {"k": ["v", 1, None, True], "é": "☃"}, "p": {"Foo": "bar", "a b": "c"},
})
for k, v in r["headers"].items():
    print(repr(k), "=>", repr(v))
print("empty list header =>", dict(request("/h", hm, {"l": []})["headers"]))
print("base64(json) of jsonvalue 'é☃𝄞' =>", request("/h", hm, {"j": "é☃𝄞"})["headers"]["X-J"])

section("response headers")
om = {
    "s": member("S", "header", "X-S"),
    "l": member("SL", "header", "X-L"),
    "il": member("IL", "header", "X-IL"),
    "i": member("I", "header", "X-I"),
    "b": member("B", "header", "X-B"),
    "d": member("D", "header", "X-D"),
    "t": member("T", "header", "X-T"),
    "te": member("TEpoch", "header", "X-TE"),
    "j": member("J", "header", "X-J"),
    "p": member("SM", "headers", "x-amz-meta-"),
    "all": member("SM", "headers", ""),
    "code": member("I", "statusCode"),
}
out = service("/o", {}, om).operation_model("Op").output_shape


def parse(headers, status=200, body=b"{}"):
    return create_parser("rest-json").parse(
        {"status_code": status, "headers": HeadersDict(headers), "body": body}, out
    )


p = parse({
    "x-s": "v", "x-l": 'a, "b,c", "say \\"hi\\"" ,d', "x-il": "1, 2,3", "x-i": "42", "x-b": "TRUE",
    "x-d": "1e3", "x-t": "Tue, 02 Jan 2024 03:04:05 GMT", "x-te": "1704164645.5",
    "x-j": base64.b64encode(json.dumps({"a": [1, "b"]}).encode()).decode(),
    "X-Amz-Meta-Foo": "bar", "x-amz-meta-": "empty key",
}, status=201)
p.pop("ResponseMetadata")
for k, v in p.items():
    print(k, "=>", repr(v))
print("x-b: false/yes/1 =>", [parse({"x-b": v}).get("b") for v in ["false", "yes", "1"]])

section("errors")
def err(headers, body, status=400):
    e = create_parser("rest-json").parse(
        {"status_code": status, "headers": HeadersDict(headers), "body": body}, None
    )["Error"]
    return e["Code"], e["Message"]

cases = [
    ({"x-amzn-ErrorType": "aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"}, b"{}"),
    ({"X-Amzn-Errortype": "FooError"}, b'{"code": "Other", "__type": "Another"}'),
    ({}, b'{"code": "aws.protocoltests.restjson#FooError", "__type": "Another"}'),
    ({}, b'{"Code": "UpperCode", "__type": "Another"}'),
    ({}, b'{"__type": "aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/"}'),
    ({}, b'{"__type": "a#b#FooError"}'),
    ({}, b'{"__type": "a:b#c"}'),
    ({}, b'{"message": "no code"}'),
    ({}, b"not json"),
    ({}, b""),
    ({"x-amzn-errortype": ""}, b'{"__type": "Body"}'),
    ({}, b'{"code": "", "__type": "Body"}'),
]
for h, b in cases:
    print(h, b, "=>", err(h, b))
print("503 <html> =>", err({"x-amzn-errortype": "Ignored"}, b"<html>down</html>", 503))
print("503 empty =>", err({}, b"  ", 503))
print("404 not json =>", err({}, b"Not Found", 404))

section("whole client (real models, handlers included): the URL botocore sends")
import botocore.session
from botocore import UNSIGNED
from botocore.awsrequest import AWSResponse
from botocore.config import Config


class _Body:
    def stream(self, **kwargs):
        yield b"{}"


def sent_url(service_name, operation, **params):
    session = botocore.session.get_session()
    client = session.create_client(service_name, region_name="us-east-1", config=Config(signature_version=UNSIGNED))
    op = client.meta.service_model.operation_model(client.meta.method_to_api_mapping[operation])
    seen = []

    def capture(request, **kwargs):
        seen.append(request.url)
        return AWSResponse(request.url, 200, {}, _Body())

    client.meta.events.register("before-send", capture)
    getattr(client, operation)(**params)
    print(service_name, op.http["requestUri"], params, "=>", seen[0])


sent_url("lambda", "get_function", FunctionName="a b/c~é!", Qualifier="x y/+")
sent_url("iot", "delete_topic_rule_destination", arn="arn:aws:iot:us-east-1:1:ruledestination/http/a b")
