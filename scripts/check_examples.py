#!/usr/bin/env python3
"""Checks of specs/*.yaml that Spectral and openapi-spec-validator do not make.

Run by scripts/check-specs: `check_examples.py SPEC...`. For each contract it checks that

  (a) every example (media type `example`/`examples`, parameter and header examples, schema
      `example`, and schema `default`s) validates against its schema, with the OpenAPI 3.0 schema converted to JSON
      Schema (nullable, boolean exclusiveMinimum/Maximum, local $refs) and the formats date,
      date-time, email, uuid, uri-reference, int32 and int64 really checked;
  (b) the `Problem` schema has the same shape in every contract;
  (c) every path of specs/<svc>.yaml starts with /<svc>, and `servers` is `[{url: /api/v1}]`;
  (d) every operation stays within progenitor's limits: OpenAPI 3.0.x, a unique snake_case
      operationId, at most one success body type and one error body type (Problem),
      JSON bodies only, no cookie parameters, no `nullable`, no non-default parameter styles;
  (e) every operation follows specs/README.md's statuses and headers: 400, 500 and 503
      always; 415 and 422 with a body; If-Match (optional) on PUT and DELETE, with 412 and
      428; Location on a 201; ETag on a GET of one resource and on a PUT's 200;
  and that every `$ref` is local (the contracts are self-contained).

Each failure is one line `file: json-pointer: what`; the exit status is 1 when there is any.
"""

from __future__ import annotations

import copy
import datetime
import json
import re
import sys
import uuid
from pathlib import Path

import jsonschema
import yaml

SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JSON_MEDIA = "application/json"
PROBLEM_MEDIA = "application/problem+json"
PROBLEM_REF = "#/components/schemas/Problem"
# Keys that document a schema without changing what it accepts: ignored when comparing shapes.
DOC_KEYS = {"description", "title", "example", "externalDocs", "deprecated", "xml"}


def pointer(*parts) -> str:
    """A JSON pointer from path segments (RFC 6901 escaping)."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def resolve_pointer(doc, ref: str):
    """The node a local `#/a/b` reference points to, or raise KeyError."""
    node = doc
    for raw in ref[2:].split("/") if ref != "#" else []:
        key = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(key)]
        else:
            node = node[key]
    return node


# ---------------------------------------------------------------------------------------------
# Formats: checked by our own functions, so a missing optional package cannot make jsonschema
# skip them silently.
FORMATS = jsonschema.FormatChecker(formats=())
RFC3339_DATE_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"
)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@FORMATS.checks("date", raises=ValueError)
def _is_date(value) -> bool:
    if not isinstance(value, str):
        return True
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    datetime.date.fromisoformat(value)
    return True


@FORMATS.checks("date-time", raises=ValueError)
def _is_date_time(value) -> bool:
    if not isinstance(value, str):
        return True
    if not RFC3339_DATE_TIME.match(value):
        return False
    datetime.datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    return True


@FORMATS.checks("email")
def _is_email(value) -> bool:
    return not isinstance(value, str) or bool(EMAIL.match(value))


@FORMATS.checks("uuid", raises=ValueError)
def _is_uuid(value) -> bool:
    if not isinstance(value, str):
        return True
    return str(uuid.UUID(value)) == value.lower() and len(value) == 36


@FORMATS.checks("uri-reference")
def _is_uri_reference(value) -> bool:
    return not isinstance(value, str) or not re.search(r"[\s<>\"{}|\\^`]", value)


@FORMATS.checks("uri")
def _is_uri(value) -> bool:
    return not isinstance(value, str) or bool(re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", value))


@FORMATS.checks("int32")
def _is_int32(value) -> bool:
    return not isinstance(value, int) or -(2**31) <= value < 2**31


@FORMATS.checks("int64")
def _is_int64(value) -> bool:
    return not isinstance(value, int) or -(2**63) <= value < 2**63


# ---------------------------------------------------------------------------------------------
def to_json_schema(schema):
    """An OpenAPI 3.0 schema object as a JSON Schema 2020-12 one."""
    if isinstance(schema, list):
        return [to_json_schema(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {}
    for key, value in schema.items():
        if key == "$ref":
            out["$ref"] = value.replace("#/components/schemas/", "#/$defs/")
        elif key in ("properties", "patternProperties"):
            out[key] = {name: to_json_schema(s) for name, s in value.items()}
        elif key in ("items", "additionalProperties", "not"):
            out[key] = to_json_schema(value)
        elif key in ("allOf", "anyOf", "oneOf"):
            out[key] = [to_json_schema(s) for s in value]
        elif key in ("nullable", "exclusiveMinimum", "exclusiveMaximum", "discriminator",
                     "readOnly", "writeOnly", "xml", "externalDocs", "example", "deprecated"):
            continue
        else:
            out[key] = copy.deepcopy(value)
    # OpenAPI 3.0 booleans become JSON Schema's numeric bounds.
    if schema.get("exclusiveMinimum") is True and "minimum" in schema:
        out["exclusiveMinimum"] = out.pop("minimum")
    if schema.get("exclusiveMaximum") is True and "maximum" in schema:
        out["exclusiveMaximum"] = out.pop("maximum")
    if schema.get("nullable") is True:
        if "type" in out:
            out["type"] = [out["type"], "null"]
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        if "$ref" in out or any(k in out for k in ("allOf", "anyOf", "oneOf")):
            out = {"anyOf": [out, {"type": "null"}]}
    return out


class Spec:
    """One contract being checked; collects its failures."""

    def __init__(self, path: Path):
        self.path = path
        self.name = path.stem
        self.failures: list[str] = []
        self.doc = None

    def fail(self, where: str, what: str) -> None:
        self.failures.append(f"{self.path}: {where or '/'}: {what}")

    def load(self) -> bool:
        if not self.path.is_file():
            self.fail("", "missing: every service has a contract in specs/")
            return False
        try:
            self.doc = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        except yaml.YAMLError as err:
            self.fail("", f"not valid YAML: {err}".replace("\n", " "))
            return False
        if not isinstance(self.doc, dict):
            self.fail("", "not an OpenAPI document (top level is not a mapping)")
            return False
        defs = {name: to_json_schema(s)
                for name, s in (self.doc.get("components", {}).get("schemas") or {}).items()}
        self.defs = defs
        return True

    def deref(self, node, where: str, seen=()):
        """Follow a `$ref` (to a parameter, response, example…), or return the node."""
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen:
                self.fail(where, f"circular $ref {ref}")
                return None
            seen = (*seen, ref)
            try:
                node = resolve_pointer(self.doc, ref)
            except (KeyError, IndexError, ValueError):
                self.fail(where, f"$ref {ref} points nowhere")
                return None
        return node

    # --- (a) examples ------------------------------------------------------------------------
    def validate(self, value, schema, where: str, what: str = "example") -> None:
        root = dict(to_json_schema(schema)) if isinstance(schema, dict) else {}
        root["$defs"] = self.defs
        validator = jsonschema.Draft202012Validator(root, format_checker=FORMATS)
        for err in sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path)):
            at = where + pointer(*err.absolute_path)
            self.fail(at, f"{what} does not match its schema: {err.message}")

    def check_examples(self) -> None:
        self._walk(self.doc, ())

    def _walk(self, node, path) -> None:
        """Find every object that carries a `schema` (media type, parameter, header) and every
        schema object, and validate their examples."""
        if isinstance(node, list):
            for i, item in enumerate(node):
                self._walk(item, (*path, i))
            return
        if not isinstance(node, dict):
            return
        if path[:2] == ("components", "schemas") and len(path) == 3:
            self._walk_schema(node, path)
            return
        if "schema" in node and isinstance(node["schema"], dict):
            where = pointer(*path)
            schema = node["schema"]
            self._walk_schema(schema, (*path, "schema"))
            if "example" in node:
                self.validate(node["example"], schema, where + "/example")
            for name, ex in (node.get("examples") or {}).items():
                ex_where = where + pointer("examples", name)
                ex = self.deref(ex, ex_where)
                if ex is None:
                    continue
                if "externalValue" in ex:
                    self.fail(ex_where, "externalValue is not allowed (contracts are self-contained)")
                if "value" not in ex:
                    self.fail(ex_where, "named example has no value")
                    continue
                self.validate(ex["value"], schema, ex_where + "/value")
            for key, value in node.items():
                if key not in ("schema", "example", "examples"):
                    self._walk(value, (*path, key))
            return
        for key, value in node.items():
            if key in ("example", "examples") and path and path[-1] != "properties":
                continue  # example values are data, not document structure
            self._walk(value, (*path, key))

    def _walk_schema(self, schema, path) -> None:
        if not isinstance(schema, dict) or "$ref" in schema:
            return
        if "example" in schema:
            self.validate(schema["example"], schema, pointer(*path, "example"))
        if "default" in schema:  # typify and the servers fill it in, so it must be valid too
            self.validate(schema["default"], schema, pointer(*path, "default"), "default")
        for key in ("properties", "patternProperties"):
            for name, sub in (schema.get(key) or {}).items():
                self._walk_schema(sub, (*path, key, name))
        for key in ("items", "additionalProperties", "not"):
            if isinstance(schema.get(key), dict):
                self._walk_schema(schema[key], (*path, key))
        for key in ("allOf", "anyOf", "oneOf"):
            for i, sub in enumerate(schema.get(key) or []):
                self._walk_schema(sub, (*path, key, i))

    # --- self-containment and nullable --------------------------------------------------------
    def check_refs(self) -> None:
        def walk(node, path):
            if isinstance(node, dict):
                for key, value in node.items():
                    if key == "$ref" and isinstance(value, str):
                        if not value.startswith("#/"):
                            self.fail(pointer(*path), f"$ref {value} is not local (contracts are self-contained)")
                        else:
                            self.deref(node, pointer(*path))
                    elif key == "nullable" and value is True and path and path[-1] != "properties":
                        self.fail(pointer(*path), "`nullable` is not allowed (make the field optional)")
                    if key not in ("example",) or (path and path[-1] == "properties"):
                        walk(value, (*path, key))
            elif isinstance(node, list):
                for i, item in enumerate(node):
                    walk(item, (*path, i))
        walk(self.doc, ())

    # --- (c) routing --------------------------------------------------------------------------
    def check_routing(self) -> None:
        servers = self.doc.get("servers")
        if not (isinstance(servers, list) and len(servers) == 1 and isinstance(servers[0], dict)
                and servers[0].get("url") == "/api/v1"):
            self.fail("/servers", "must be exactly [{url: /api/v1}] (specs/README.md, Routing)")
        prefix = "/" + self.name
        for p in self.doc.get("paths") or {}:
            if p != prefix and not p.startswith(prefix + "/"):
                self.fail(pointer("paths", p), f"path does not start with {prefix}")

    # --- (d) progenitor's limits --------------------------------------------------------------
    def check_operations(self, seen_ids: dict) -> None:
        version = str(self.doc.get("openapi", ""))
        if not re.fullmatch(r"3\.0\.\d+", version):
            self.fail("/openapi", f"version {version!r} is not 3.0.x (progenitor reads 3.0 only)")
        for p, item in (self.doc.get("paths") or {}).items():
            item = self.deref(item, pointer("paths", p)) or {}
            shared = item.get("parameters") or []
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                op = item[method]
                where = pointer("paths", p, method)
                self._check_operation_id(op, where, seen_ids)
                params = [(pointer("paths", p, "parameters", i), prm) for i, prm in enumerate(shared)]
                params += [(where + pointer("parameters", i), prm)
                           for i, prm in enumerate(op.get("parameters") or [])]
                for pwhere, prm in params:
                    prm = self.deref(prm, pwhere) or {}
                    if prm.get("in") == "cookie":
                        self.fail(pwhere, "cookie parameters are not allowed (progenitor)")
                    if "content" in prm:
                        self.fail(pwhere, "parameters take `schema`, not `content` (progenitor)")
                    default_style = "simple" if prm.get("in") in ("path", "header") else "form"
                    if prm.get("style", default_style) != default_style:
                        self.fail(pwhere, f"non-default style {prm['style']!r} (progenitor)")
                    if "explode" in prm and prm["explode"] != (default_style == "form"):
                        self.fail(pwhere, "non-default explode (progenitor)")
                if "requestBody" in op:
                    body = self.deref(op["requestBody"], where + "/requestBody") or {}
                    media = list((body.get("content") or {}).keys())
                    if media != [JSON_MEDIA]:
                        self.fail(where + "/requestBody/content",
                                  f"request body must be {JSON_MEDIA} only, found {media}")
                self._check_responses(op, where)
                self._check_conventions(method, p, op, params, where)

    def _check_conventions(self, method, path, op, params, where) -> None:
        """The statuses and headers specs/README.md asks of every operation."""
        codes = {str(c) for c in (op.get("responses") or {})}
        resolved = [self.deref(prm, pwhere) or {} for pwhere, prm in params]
        has_if_match = any(prm.get("name") == "If-Match" and prm.get("in") == "header"
                           for prm in resolved)
        need = {"400", "500", "503"}
        if "requestBody" in op:
            need |= {"415", "422"}
        if has_if_match:
            need |= {"412", "428"}
            if any(prm.get("name") == "If-Match" and prm.get("required") for prm in resolved):
                self.fail(where, "If-Match must be `required: false` (the server answers 428)")
        elif method in ("put", "delete"):
            self.fail(where, f"{method.upper()} takes an If-Match header (specs/README.md, Writes)")
        missing = sorted(need - codes)
        if missing:
            self.fail(where + "/responses", f"does not declare {', '.join(missing)}")

        def headers(status):
            resp = self.deref((op.get("responses") or {}).get(status), where) or {}
            return resp.get("headers") or {}

        if method == "post" and "201" in codes and "Location" not in headers("201"):
            self.fail(where + "/responses/201", "a 201 answers with a Location header")
        if method == "get" and path.endswith("}") and "200" in codes and "ETag" not in headers("200"):
            self.fail(where + "/responses/200", "a GET of one resource answers with an ETag header")
        if method == "put" and "200" in codes and "ETag" not in headers("200"):
            self.fail(where + "/responses/200", "a PUT answers with the new ETag header")

    def _check_operation_id(self, op, where, seen_ids) -> None:
        op_id = op.get("operationId")
        if not op_id:
            self.fail(where, "operation has no operationId")
            return
        if not SNAKE_CASE.match(op_id):
            self.fail(where + "/operationId", f"{op_id!r} is not snake_case")
        if op_id in seen_ids:
            self.fail(where + "/operationId", f"{op_id!r} is also used at {seen_ids[op_id]}")
        seen_ids[op_id] = where

    def _check_responses(self, op, where) -> None:
        success, errors = set(), set()
        for status, resp in (op.get("responses") or {}).items():
            rwhere = where + pointer("responses", status)
            resp = self.deref(resp, rwhere) or {}
            content = resp.get("content") or {}
            status = str(status)
            if status.startswith("2"):
                if not content:
                    success.add("no body")
                for media, mt in content.items():
                    if media != JSON_MEDIA:
                        self.fail(rwhere + pointer("content", media),
                                  f"success bodies must be {JSON_MEDIA} (progenitor)")
                    success.add(json.dumps(mt.get("schema"), sort_keys=True))
            elif status[0] in "45" or status == "default":
                if list(content.keys()) != [PROBLEM_MEDIA]:
                    self.fail(rwhere + "/content",
                              f"error responses must have a {PROBLEM_MEDIA} body only, found {list(content)}")
                for media, mt in content.items():
                    schema = mt.get("schema") or {}
                    if schema.get("$ref") != PROBLEM_REF:
                        self.fail(rwhere + pointer("content", media, "schema"),
                                  f"error body must be $ref {PROBLEM_REF}")
                    errors.add(json.dumps(schema, sort_keys=True))
        if not success:
            self.fail(where + "/responses", "no 2xx response")
        if len(success) > 1:
            self.fail(where + "/responses",
                      f"{len(success)} different success body types (progenitor allows one): {sorted(success)}")
        if len(errors) > 1:
            self.fail(where + "/responses",
                      f"{len(errors)} different error body types (progenitor allows one)")

    # --- (b) Problem --------------------------------------------------------------------------
    def problem_shape(self):
        schemas = (self.doc.get("components") or {}).get("schemas") or {}
        if "Problem" not in schemas:
            self.fail("/components/schemas", "no `Problem` schema (specs/README.md, Errors)")
            return None
        return self._shape(schemas["Problem"], "/components/schemas/Problem", ())

    def _shape(self, schema, where, seen):
        """The schema with $refs inlined and documentation keys dropped."""
        if isinstance(schema, list):
            return [self._shape(s, where, seen) for s in schema]
        if not isinstance(schema, dict):
            return schema
        if "$ref" in schema:
            ref = schema["$ref"]
            if ref in seen:
                return {"$ref": ref}
            return self._shape(self.deref(schema, where), where, (*seen, ref))
        out = {}
        for key, value in schema.items():
            if key in DOC_KEYS:
                continue
            if key == "properties":
                out[key] = {n: self._shape(s, where, seen) for n, s in value.items()}
            else:
                out[key] = self._shape(value, where, seen)
        return out


def first_difference(a, b, path=()):
    """The pointer of the first place two JSON values differ, or None."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return pointer(*path, key)
            diff = first_difference(a[key], b[key], (*path, key))
            if diff is not None:
                return diff
        return None
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            diff = first_difference(x, y, (*path, i))
            if diff is not None:
                return diff
        return None
    return None if a == b else pointer(*path) or "/"


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: check_examples.py SPEC.yaml...", file=sys.stderr)
        return 2
    specs = [Spec(Path(arg)) for arg in argv]
    reference = None  # (spec, Problem shape) of the first contract that has one
    for spec in specs:
        if not spec.load():
            continue
        spec.check_refs()
        spec.check_examples()
        spec.check_routing()
        spec.check_operations({})
        shape = spec.problem_shape()
        if shape is None:
            continue
        if reference is None:
            reference = (spec, shape)
        else:
            diff = first_difference(reference[1], shape)
            if diff is not None:
                spec.fail("/components/schemas/Problem" + diff,
                          f"Problem differs from {reference[0].path}'s (it must have one shape everywhere)")
    failures = [f for spec in specs for f in spec.failures]
    for line in failures:
        print(line)
    if failures:
        print(f"check_examples: {len(failures)} failure(s) in {len(specs)} contract(s)", file=sys.stderr)
        return 1
    print(f"check_examples: {len(specs)} contract(s) OK", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
