"""Docs that cannot drift: every endpoint, command, option and setting is described."""

from __future__ import annotations

from typing import Any

import click
import pytest

from api.app import create_app
from api.cli import main
from extractor.settings import Settings

SCHEMA = create_app().openapi()
OPERATIONS = [
    (f"{method.upper()} {path}", operation)
    for path, item in SCHEMA["paths"].items()
    for method, operation in item.items()
]


def commands(group: click.Group, prefix: str = "newsgraph") -> list[tuple[str, click.Command]]:
    found: list[tuple[str, click.Command]] = []
    for name, command in group.commands.items():
        found.append((f"{prefix} {name}", command))
        if isinstance(command, click.Group):
            found += commands(command, f"{prefix} {name}")
    return found


COMMANDS = commands(main)


def test_the_design_routes_are_all_there() -> None:
    names = {name for name, _ in OPERATIONS}
    for route in (
        "GET /health", "GET /v1/entities", "GET /v1/entities/{entity_id}",
        "GET /v1/entities/{entity_id}/relations", "GET /v1/leaders", "GET /v1/led-by",
        "GET /v1/events", "GET /v1/path", "GET /v1/articles/{article_id}", "POST /v1/articles",
        "DELETE /v1/articles/{article_id}", "GET /v1/export",
    ):  # fmt: skip
        assert route in names


@pytest.mark.parametrize(("name", "operation"), OPERATIONS, ids=[n for n, _ in OPERATIONS])
def test_every_endpoint_has_tag_summary_and_response_model(name: str, operation: Any) -> None:
    assert operation.get("tags"), f"{name} has no tag"
    assert operation.get("summary"), f"{name} has no summary"
    ok = operation["responses"]["200"]["content"]
    schema = next(iter(ok.values())).get("schema")
    assert schema, f"{name} documents no response body"


@pytest.mark.parametrize(("name", "operation"), OPERATIONS, ids=[n for n, _ in OPERATIONS])
def test_every_error_is_documented_as_a_problem(name: str, operation: Any) -> None:
    errors = {code: r for code, r in operation["responses"].items() if code[0] in "45"}
    assert "500" in errors, name
    for code, response in errors.items():
        assert list(response["content"]) == ["application/problem+json"], (name, code)
        assert response["content"]["application/problem+json"]["schema"] == {
            "$ref": "#/components/schemas/Problem"
        }


def test_tags_are_described() -> None:
    described = {tag["name"] for tag in SCHEMA["tags"] if tag.get("description")}
    used = {tag for _, operation in OPERATIONS for tag in operation["tags"]}
    assert used <= described


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_and_option_has_help(name: str, command: click.Command) -> None:
    assert command.help, f"{name} has no help"
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"{name} {param.opts[0]} has no help"


def test_the_design_commands_are_all_there() -> None:
    names = {name for name, _ in COMMANDS}
    for command in ("ingest", "extract", "query leaders", "query led-by", "export", "serve",
                    "evaluate", "delete", "stats"):  # fmt: skip
        assert f"newsgraph {command}" in names


@pytest.mark.parametrize("name", list(Settings.model_fields))
def test_every_setting_is_described(name: str) -> None:
    assert Settings.model_fields[name].description, f"setting {name} has no description"
