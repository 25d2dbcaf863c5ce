#!/usr/bin/env python3
"""Deepest list/map type nesting (named and inline) and longest $ref alias chain in real specs."""
import json, sys, glob, yaml
R = "#/components/schemas/"
def load(p):
    t = open(p).read()
    return json.loads(t) if t.lstrip().startswith("{") else yaml.safe_load(t)
def main(paths):
    best = (0, ""); besta = (0, ""); bestinline = (0, "")
    for p in paths:
        try: api = load(p)
        except Exception as e: print("skip", p, e, file=sys.stderr); continue
        schemas = (api.get("components") or {}).get("schemas") or {}
        memo = {}
        def depth(s, stack=()):
            # list/map nesting of the Rust type of schema s (structures/enums are leaves)
            if "$ref" in s:
                n = s["$ref"][len(R):]
                if n in stack: return 0
                if n not in memo:
                    memo[n] = depth(schemas.get(n, {}), stack + (n,))
                return memo[n]
            if s.get("type") == "array":
                return 1 + depth(s.get("items") or {}, stack)
            if s.get("type") == "object" and not s.get("properties") and isinstance(s.get("additionalProperties"), dict):
                return 1 + depth(s["additionalProperties"], stack)
            return 0
        def inl(s, d=0):
            m = d
            for k in ("items", "additionalProperties"):
                if isinstance(s.get(k), dict): m = max(m, inl(s[k], d + 1))
            for v in (s.get("properties") or {}).values():
                if isinstance(v, dict): m = max(m, inl(v, d + 1))
            return m
        for n, s in schemas.items():
            d = depth(s, (n,))
            if d > best[0]: best = (d, f"{p} {n}")
            i = inl(s)
            if i > bestinline[0]: bestinline = (i, f"{p} {n}")
            k, cur, seen = 0, s, {n}
            while isinstance(cur, dict) and "$ref" in cur and len(cur) == 1:
                t = cur["$ref"][len(R):]
                if t in seen: break
                seen.add(t); k += 1; cur = schemas.get(t)
            if k > besta[0]: besta = (k, f"{p} {n}")
    print("deepest list/map nesting:", best)
    print("longest $ref alias chain:", besta)
    print("deepest inline schema nesting:", bestinline)
main(sys.argv[1:])
