#!/usr/bin/env python3
"""Synthetic AWS-JSON-shaped OpenAPI specs for the issue-10 item-5 scaling measurements.

usage: synth.py KIND N OUT.json
  wide N     N reachable structure schemas (N/20 operations, each input names 10, output 9)
  unreach N  the same N schemas, but only one tiny operation reaches none of them
  chain N    N-deep structure chain S0.next -> S1 ... (op input S0)
  ring N     the chain closed back to S0 (one N-long cycle to box)
  lists N    N-deep named list chain L0 = [L1], ... (op input member -> L0)
  alias N    N-long $ref-only alias chain A0 -> A1 ... -> structure (op input A0)
  inlist N   N inline arrays nested in one property (JSON nesting caps N near 120)
  inobj N    N inline objects nested in one property (caps near 60)
"""
import json
import sys

R = "#/components/schemas/"


def ref(n):
    return {"$ref": R + n}


def op(name, inp, out, errors=("InternalError", "InvalidInput", "NotFound")):
    o = {
        "operationId": name,
        "description": f"<p>Does {name}.</p>",
        "parameters": [{"name": "X-Amz-Target", "in": "header", "required": True,
                        "schema": {"type": "string", "enum": [f"Synth.{name}"]}}],
        "requestBody": {"required": True,
                        "content": {"application/json": {"schema": ref(inp)}}},
        "responses": {"200": {"description": "Success",
                              "content": {"application/json": {"schema": ref(out)}}}},
    }
    for i, e in enumerate(errors):
        o["responses"][str(480 + i)] = {"description": e,
                                        "content": {"application/json": {"schema": ref(e)}}}
    return {f"/#X-Amz-Target=Synth.{name}": {"post": o}}


def base():
    return {
        "openapi": "3.0.0",
        "info": {"title": "Synth", "version": "2020-01-01", "x-serviceName": "synth",
                 "description": "<p>Synthetic.</p>"},
        "servers": [{"url": "https://synth.{region}.amazonaws.com",
                     "variables": {"region": {"default": "us-east-1"}}}],
        "paths": {},
        "components": {"schemas": {
            "Str": {"type": "string"},
            "Int": {"type": "integer"},
            "InternalError": {}, "InvalidInput": {}, "NotFound": {},
            "Empty": {"type": "object", "properties": {}},
        }},
    }


def struct(**members):
    return {"type": "object", "properties": {k: ref(v) for k, v in members.items()}}


def wide(n, reachable=True):
    spec = base()
    s = spec["components"]["schemas"]
    ops = max(1, n // 20)
    for o in range(ops):
        ins, outs = {}, {}
        for j in range(20):
            name = f"Item{o}x{j}"
            s[name] = {"type": "object", "description": f"<p>Item {o} {j}.</p>",
                       "properties": {"name": ref("Str"), "count": ref("Int")}}
            (ins if j < 10 else outs)[f"m{j}"] = name
        if reachable:
            s[f"Op{o}Input"] = struct(**ins)
            s[f"Op{o}Output"] = struct(**outs)
            spec["paths"].update(op(f"Op{o}", f"Op{o}Input", f"Op{o}Output"))
    if not reachable:
        s["PingInput"] = struct(name="Str")
        s["PingOutput"] = struct(name="Str")
        spec["paths"].update(op("Ping", "PingInput", "PingOutput"))
    return spec


def chain(n, ring=False):
    spec = base()
    s = spec["components"]["schemas"]
    for i in range(n):
        nxt = f"S{i + 1}" if i + 1 < n else ("S0" if ring else "Str")
        s[f"S{i}"] = struct(name="Str", next=nxt)
    s["PingOutput"] = struct(name="Str")
    spec["paths"].update(op("Ping", "S0", "PingOutput"))
    return spec


def lists(n):
    spec = base()
    s = spec["components"]["schemas"]
    for i in range(n):
        s[f"L{i}"] = {"type": "array", "items": ref(f"L{i + 1}" if i + 1 < n else "Str")}
    s["PingInput"] = struct(l="L0")
    s["PingOutput"] = struct(name="Str")
    spec["paths"].update(op("Ping", "PingInput", "PingOutput"))
    return spec


def alias(n):
    spec = base()
    s = spec["components"]["schemas"]
    for i in range(n):
        s[f"A{i}"] = ref(f"A{i + 1}")
    s[f"A{n}"] = struct(name="Str")
    s["PingOutput"] = struct(name="Str")
    spec["paths"].update(op("Ping", "A0", "PingOutput"))
    return spec


def inline(n, kind):
    spec = chain(2)
    inner = {"type": "string"}
    for _ in range(n):
        inner = ({"type": "array", "items": inner} if kind == "list"
                 else {"type": "object", "properties": {"x": inner}})
    spec["components"]["schemas"]["S0"]["properties"]["deep"] = inner
    return spec


def build(kind, n):
    return {
        "wide": lambda: wide(n),
        "unreach": lambda: wide(n, reachable=False),
        "chain": lambda: chain(n),
        "ring": lambda: chain(n, ring=True),
        "lists": lambda: lists(n),
        "alias": lambda: alias(n),
        "inlist": lambda: inline(n, "list"),
        "inobj": lambda: inline(n, "object"),
    }[kind]()


if __name__ == "__main__":
    kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(out, "w") as f:
        json.dump(build(kind, n), f, indent=1)
