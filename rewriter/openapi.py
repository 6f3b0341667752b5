"""The native API's OpenAPI 3.1 schema, built from the result dataclasses so it cannot drift from them."""
from __future__ import annotations

import types
import typing
from dataclasses import fields
from functools import lru_cache
from typing import Any

from .findings import Finding
from .rewrite import ModelUsage
from .rules import CATEGORIES, LANGUAGES, PARTS, SEVERITIES

_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean"}


def _object(properties: dict, required: list[str] | None = None) -> dict:
    return {"type": "object", "properties": properties, "required": required or list(properties)}


def _of_dataclass(kind: type) -> dict:
    hints = typing.get_type_hints(kind)
    properties: dict[str, dict[str, Any]] = {}
    for field in fields(kind):
        hint = hints[field.name]
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
            options = [a for a in typing.get_args(hint) if a is not type(None)]
            properties[field.name] = {"type": [_TYPES[options[0]], "null"]}
        elif typing.get_origin(hint) is tuple:
            properties[field.name] = {"type": "array", "items": {"type": _TYPES[typing.get_args(hint)[0]]}}
        else:
            properties[field.name] = {"type": _TYPES[hint]}
    properties.get("severity", {}).update(enum=list(SEVERITIES))
    properties.get("category", {}).update(enum=list(CATEGORIES))
    return _object(properties)


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict) -> dict:
    return {"content": {"application/json": {"schema": schema}}}


def _answers(ok: str, schema: dict, errors: dict[int, str]) -> dict:
    answers = {"200": {"description": ok, **_json(schema)}}
    answers.update({str(code): {"description": why, **_json(_ref("Error"))} for code, why in errors.items()})
    return answers


_BAD_INPUT = {
    400: "malformed JSON, or not a JSON object",
    401: "a bearer token is needed and was not sent",
    413: "the body is over the size limit (1 MB unless configured)",
    422: "a field is wrong, or the text is in neither language",
    503: "the packs are still loading, or the request took longer than the timeout",
}


@lru_cache(maxsize=1)
def openapi_schema() -> dict:
    lang = {"type": ["string", "null"], "enum": [*LANGUAGES, "auto", None], "description": "null or auto: detect it"}
    findings = {"type": "array", "items": _ref("Finding")}
    schemas = {
        "Finding": _of_dataclass(Finding),
        "ModelUsage": _of_dataclass(ModelUsage),
        "Error": _object({"error": {"type": "string", "description": "one line for a person"}}),
        "LintRequest": _object({"text": {"type": "string"}, "lang": lang}, ["text"]),
        "Report": _object({
            "lang": {"type": "string", "enum": list(LANGUAGES)},
            "findings": findings,
            "sections": _object({part: {"type": "boolean"} for part in PARTS}),
        }),
        "RewriteRequest": _object({
            "text": {"type": "string"},
            "lang": lang,
            "offline": {"type": "boolean", "default": False, "description": "the rules only, even with a model set up"},
            "mark": {"type": "boolean", "default": False, "description": "leave a ⟨gap⟩ where only the agent can fix it"},
        }, ["text"]),
        "RewriteResult": _object({
            "text": {"type": "string"},
            "lang": {"type": "string"},
            "source": {"type": "string", "enum": ["llm", "rules", "original"]},
            "changed": {"type": "boolean"},
            "findings_before": findings,
            "findings_after": findings,
            "notes": {"type": "array", "items": {"type": "string"}},
            "usage": _ref("ModelUsage"),
            "fallback": {"oneOf": [{"type": "null"}, _object({
                "kind": {"type": "string", "enum": ["rejected", "failed", "not_asked"]},
                "reasons": {"type": "array", "items": {"type": "string"}},
                "promised": {"type": "array", "items": {"type": "string"}},
            })], "description": "why the model's rewrite was not used, when one was meant to write it"},
        }),
        "Verdict": _object({
            "blocks": {"type": "boolean"},
            "header": {"type": "string", "description": "the X-Rewriter-Verdict value"},
            "report": {"type": "array", "items": {"type": "string"}},
            "checked": {"allOf": [_ref("Report")], "description": "with `body`: the decoded text judged"},
        }, ["blocks", "header", "report"]),
        "MessageAnswer": _object({
            "verdict": _ref("Verdict"),
            "rewrite": {"allOf": [_ref("RewriteResult")], "description": "with `message_base64`: the whole message"},
        }, ["verdict"]),
    }
    paths = {
        "/v1/health": {"get": {"summary": "200 when the rule packs are loaded", "responses": _answers(
            "ready", _object({"status": {"type": "string"}, "languages": {"type": "array", "items": {"type": "string"}}}),
            {503: "still loading"})}},
        "/v1/lint": {"post": {
            "summary": "Findings (offsets in code points, as Python counts) and the reply parts present",
            "requestBody": {"required": True, **_json(_ref("LintRequest"))},
            "responses": _answers("the report", _ref("Report"), _BAD_INPUT)}},
        "/v1/rewrite": {"post": {
            "summary": "The rewrite: the configured model under the guards, or the offline rules",
            "requestBody": {"required": True, **_json(_ref("RewriteRequest"))},
            "responses": _answers("the rewrite", _ref("RewriteResult"), _BAD_INPUT)}},
        "/v1/message": {"post": {
            "summary": "A raw .eml: the gate's verdict on its new text, and the rewritten message",
            "parameters": [
                {"name": "lang", "in": "query", "schema": {"type": "string", "enum": [*LANGUAGES, "auto"]}},
                {"name": "fail_on", "in": "query", "schema": {"type": "string", "enum": list(SEVERITIES)}},
                {"name": "rewrite", "in": "query", "schema": {"type": "boolean", "default": True}},
                {"name": "offline", "in": "query", "schema": {"type": "boolean", "default": False}},
                {"name": "mark", "in": "query", "schema": {"type": "boolean", "default": False}},
            ],
            "requestBody": {"required": True, "content": {"message/rfc822": {"schema": {"type": "string", "format": "binary"}}}},
            "responses": _answers("the verdict", _ref("MessageAnswer"), _BAD_INPUT)}},
        "/v2/languages": {"get": {"summary": "LanguageTool-compatible: the languages checked", "responses": {
            "200": {"description": "[{name, code, longCode}]"}}}},
        "/v2/check": {"post": {"summary": "LanguageTool-compatible check (form, query string or JSON; offsets in UTF-16 units)",
                               "responses": {"200": {"description": "LanguageTool's answer"},
                                             "400": {"description": "a request LanguageTool would refuse (plain text)"}}}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "rewriter", "version": "1",
                 "description": "Lint and rewrite Russian and Bulgarian customer-support replies."},
        "paths": paths,
        "components": {"schemas": schemas},
    }
