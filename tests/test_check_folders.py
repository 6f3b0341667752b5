"""`rewrite --check` over folders and mixed batches: every draft found is judged, the config's globs choose
them, and a file in neither language is listed as skipped in every format without changing the verdict."""
from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from rewriter import cli
from rewriter.config import ConfigError, config_from_mapping

BAD_RU = "Здравствуйте!\nБыла допущена ошибка в адресе, заказ № 48213 задержан.\n"
CLEAN_RU = "Здравствуйте!\nМы отправили заказ № 48213 сегодня, он приедет в пятницу.\nХорошего дня!\n"
ENGLISH = "Hello, your order has shipped today and will arrive on Friday.\n"
MAIL = (
    "From: anna@shop.example\nTo: ivan@mail.example\nSubject: Re: order\nContent-Type: text/plain; charset=utf-8\n\n"
    + BAD_RU
)


@pytest.fixture()
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rewriter.toml").write_text("required_parts = []\n", encoding="utf-8")
    return tmp_path


def write(folder, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")


def check_json(capsys, *argv: str) -> tuple[int, dict]:
    code = cli.main(["--check", "--format", "json", *argv])
    return code, json.loads(capsys.readouterr().out)


def test_a_folder_is_read_recursively_for_txt_and_eml_drafts_leaving_hidden_folders_and_other_files(folder, capsys):
    write(folder, {"templates/a.txt": BAD_RU, "templates/mail/b.eml": MAIL, "templates/notes.md": BAD_RU,
                   "templates/.git/c.txt": BAD_RU})
    code, data = check_json(capsys, "templates")
    assert code == 1
    assert [f["path"] for f in data["files"]] == ["templates/a.txt", "templates/mail/b.eml"]
    assert data["files"][1]["body"]["content_type"] == "text/plain"
    assert data["skipped"] == []


def test_the_configs_include_and_exclude_globs_choose_the_drafts_found_and_named(folder, capsys):
    (folder / "rewriter.toml").write_text(
        'required_parts = []\ninclude = ["*.md", "*.txt"]\nexclude = ["templates/old", "*.draft.txt"]\n', encoding="utf-8")
    write(folder, {"templates/a.md": BAD_RU, "templates/b.txt": CLEAN_RU, "templates/c.eml": MAIL,
                   "templates/old/d.txt": BAD_RU, "templates/e.draft.txt": BAD_RU})
    code, data = check_json(capsys, "templates", "templates/e.draft.txt")
    assert [f["path"] for f in data["files"]] == ["templates/a.md", "templates/b.txt"]
    # a named file the excludes match is not judged, and says so: a pre-commit hook passes names
    assert data["skipped"] == [{"path": "templates/e.draft.txt", "reason": "excluded by the config"}]
    assert code == 1


def test_a_file_named_inside_an_excluded_folder_is_skipped_as_a_walk_would_leave_it(folder, capsys, monkeypatch):
    """pre-commit names every changed file, never the folder: `exclude = ["templates/archive"]` must still hold."""
    (folder / "rewriter.toml").write_text('required_parts = []\nexclude = ["templates/archive"]\n', encoding="utf-8")
    write(folder, {"templates/a.txt": CLEAN_RU, "templates/archive/2023/b.txt": BAD_RU})
    code, data = check_json(capsys, "templates/a.txt", "templates/archive/2023/b.txt")
    assert [f["path"] for f in data["files"]] == ["templates/a.txt"] and code == 0
    assert data["skipped"] == [{"path": "templates/archive/2023/b.txt", "reason": "excluded by the config"}]
    monkeypatch.chdir(folder / "templates")  # the glob is the config folder's, wherever the command runs
    code, data = check_json(capsys, "a.txt", "archive/2023/b.txt")
    assert [s["path"] for s in data["skipped"]] == ["archive/2023/b.txt"] and code == 0


def test_an_exclude_glob_may_name_a_file_or_folder_wherever_it_lies(folder, capsys):
    (folder / "rewriter.toml").write_text('required_parts = []\nexclude = ["notes.txt", "drafts"]\n', encoding="utf-8")
    write(folder, {"templates/a.txt": CLEAN_RU, "templates/notes.txt": BAD_RU, "templates/ru/drafts/b.txt": BAD_RU})
    code, data = check_json(capsys, "templates")
    assert [f["path"] for f in data["files"]] == ["templates/a.txt"] and code == 0
    code, data = check_json(capsys, "templates/a.txt", "templates/notes.txt", "templates/ru/drafts/b.txt")
    assert [s["path"] for s in data["skipped"]] == ["templates/notes.txt", "templates/ru/drafts/b.txt"] and code == 0


def test_globs_match_from_the_config_files_folder_wherever_the_command_runs(folder, capsys, monkeypatch):
    (folder / "rewriter.toml").write_text('required_parts = []\nexclude = ["templates/old/*"]\n', encoding="utf-8")
    write(folder, {"templates/a.txt": CLEAN_RU, "templates/old/b.txt": BAD_RU})
    monkeypatch.chdir(folder / "templates")
    code, data = check_json(capsys, ".")
    assert [f["path"] for f in data["files"]] == ["./a.txt"] and code == 0


@pytest.mark.parametrize("table, said", [
    ({"include": "*.txt"}, "`include` must be a list of strings"),
    ({"exclude": [""]}, "`exclude` holds an empty glob"),
    ({"excludes": ["old"]}, "unknown key 'excludes' (did you mean 'exclude'?)"),
])
def test_include_and_exclude_are_validated_like_every_key(table, said):
    with pytest.raises(ConfigError, match=said.replace("(", r"\(").replace(")", r"\)").replace("?", r"\?")):
        config_from_mapping(table)


def test_a_file_in_neither_language_is_skipped_and_the_exit_code_is_the_other_files(folder, capsys):
    write(folder, {"a.txt": CLEAN_RU, "en.txt": ENGLISH})
    code, data = check_json(capsys, "a.txt", "en.txt")
    assert code == 0
    assert [f["path"] for f in data["files"]] == ["a.txt"]
    assert data["skipped"] == [{"path": "en.txt", "reason": "no Russian or Bulgarian text found (too few Cyrillic letters)"}]
    write(folder, {"a.txt": BAD_RU})
    assert check_json(capsys, "a.txt", "en.txt")[0] == 1


@pytest.mark.parametrize("fmt, listed", [
    ("text", "en.txt: skipped: no Russian or Bulgarian text found"),
    ("github", "::notice file=en.txt::skipped: no Russian or Bulgarian text found"),
])
def test_skipped_files_are_listed_in_text_and_github_output(folder, capsys, fmt, listed):
    write(folder, {"a.txt": BAD_RU, "en.txt": ENGLISH})
    code = cli.main(["--check", "--format", fmt, "a.txt", "en.txt"])
    out, err = capsys.readouterr()
    assert code == 1 and err == ""
    assert any(line.startswith(listed) for line in out.splitlines())
    if fmt == "text":
        assert out.splitlines()[-1].startswith("1 file: ") and out.splitlines()[-1].endswith(" error; 1 skipped")


def test_a_file_that_could_not_be_read_makes_the_sarif_run_unsuccessful(folder, capsys):
    write(folder, {"a.txt": CLEAN_RU})
    assert cli.main(["--check", "--format", "sarif", "a.txt", "missing.txt"]) == 2
    (invocation,) = json.loads(capsys.readouterr().out)["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False


def test_skipped_files_are_notes_of_the_sarif_run_not_failures(folder, capsys):
    write(folder, {"a.txt": CLEAN_RU, "en.txt": ENGLISH})
    assert cli.main(["--check", "--format", "sarif", "a.txt", "en.txt"]) == 0
    (invocation,) = json.loads(capsys.readouterr().out)["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is True
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "note" and note["message"]["text"].startswith("skipped: no Russian or Bulgarian")
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "en.txt"


def published_schema() -> dict:
    return json.loads(resources.files("rewriter").joinpath("schemas/check-v1.json").read_text(encoding="utf-8"))


def test_json_output_follows_the_schema_shipped_in_the_package(folder, capsys):
    write(folder, {"a.txt": BAD_RU, "b.eml": MAIL, "en.txt": ENGLISH})
    _, data = check_json(capsys, "a.txt", "b.eml", "en.txt")
    schema = published_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
    assert data["schema_version"] == schema["properties"]["schema_version"]["const"] == 1
    assert data["files"][0]["findings"] and data["skipped"]


def test_the_schema_refuses_output_that_drifted_from_it(folder, capsys):
    write(folder, {"a.txt": BAD_RU})
    _, data = check_json(capsys, "a.txt")
    del data["files"][0]["findings"][0]["line"]
    with pytest.raises(jsonschema.ValidationError, match="'line' is a required property"):
        jsonschema.validate(data, published_schema(), cls=jsonschema.Draft202012Validator)


def test_a_folder_with_no_drafts_says_so_rather_than_nothing(folder, capsys):
    write(folder, {"templates/readme.md": BAD_RU})
    assert cli.main(["--check", "templates"]) == 0
    assert capsys.readouterr().out.startswith("no drafts found")
