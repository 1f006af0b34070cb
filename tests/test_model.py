"""Tests of Model, the dict-like object that answers are returned in."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import pytest

from bge_private._model import Model

ANSWER: dict[str, Any] = {
    "count": 2,
    "next_page": None,
    "total": 22,
    "result": [
        {"biosample_id": "E-B19137107158", "attrs": {"depth": 46.612, "site": "口腔"}},
        {"biosample_id": "E-F19955300137", "tags": [{"x1": "x1"}, [{"deep": True}]]},
    ],
    "data": {"items": [1, 2]},
}


def test_item_and_attribute_access() -> None:
    m = Model(ANSWER)
    assert m["total"] == 22
    assert m.total == 22
    assert m.next_page is None
    assert m["result"][0]["biosample_id"] == "E-B19137107158"
    assert m.result[0].attrs.depth == 46.612
    # "data" is a common envelope key and must not be hidden by an attribute of the class.
    assert m.data["items"] == [1, 2]


def test_nested_dicts_become_models_also_inside_lists() -> None:
    m = Model(ANSWER)
    assert type(m.result) is list
    assert type(m.result[0]) is Model
    assert type(m.result[0].attrs) is Model
    assert type(m.result[1].tags[0]) is Model
    assert type(m.result[1].tags[1][0]) is Model
    assert m.result[1].tags[1][0].deep is True


def test_assignment_converts_too() -> None:
    m = Model()
    m["a"] = {"b": [{"c": 1}]}
    m.d = {"e": 2}
    assert m.a.b[0].c == 1
    assert m["d"].e == 2
    assert type(m.d) is Model
    assert m.json() == {"a": {"b": [{"c": 1}]}, "d": {"e": 2}}
    del m.d
    assert "d" not in m


def test_missing_names_raise_attribute_error() -> None:
    m = Model({"a": 1})
    with pytest.raises(AttributeError, match="nope"):
        _ = m.nope
    with pytest.raises(KeyError):
        _ = m["nope"]
    assert getattr(m, "nope", "default") == "default"
    assert not hasattr(m, "nope")


def test_private_and_dunder_names_never_read_keys() -> None:
    m = Model({"_secret": 1, "__len__": 2, "__weird__": 3})
    assert m["_secret"] == 1
    with pytest.raises(AttributeError):
        _ = m._secret
    with pytest.raises(AttributeError):
        _ = m.__weird__
    assert len(m) == 3
    with pytest.raises(AttributeError):
        m._x = 1


def test_methods_win_over_keys_of_the_same_name() -> None:
    m = Model({"items": [1], "keys": "k"})
    assert callable(m.items)
    assert m["items"] == [1]
    assert m["keys"] == "k"


def test_json_round_trip_gives_plain_independent_builtins() -> None:
    m = Model(ANSWER)
    plain = m.json()
    assert plain == ANSWER
    assert json.loads(json.dumps(plain)) == ANSWER

    def has_model(value: Any) -> bool:
        if isinstance(value, Model):
            return True
        if isinstance(value, dict):
            return any(has_model(v) for v in value.values())
        if isinstance(value, list):
            return any(has_model(v) for v in value)
        return False

    assert type(plain) is dict
    assert not has_model(plain)
    plain["result"][0]["attrs"]["depth"] = 0
    plain["result"].append("extra")
    assert m.result[0].attrs.depth == 46.612
    assert len(m.result) == 2
    assert Model(plain).json() == plain


def test_constructor_does_not_alias_the_input() -> None:
    source = {"a": {"b": 1}, "l": [1]}
    m = Model(source)
    m.a.b = 2
    m.l.append(2)
    assert source == {"a": {"b": 1}, "l": [1]}


def test_dumps_keeps_non_ascii_and_honours_indent() -> None:
    m = Model({"name": "华小胖", "n": {"k": 1}})
    assert m.dumps() == '{"name": "华小胖", "n": {"k": 1}}'
    assert m.dumps(ensure_ascii=True) == '{"name": "\\u534e\\u5c0f\\u80d6", "n": {"k": 1}}'
    assert m.dumps(indent=2) == '{\n  "name": "华小胖",\n  "n": {\n    "k": 1\n  }\n}'
    assert m.dumps(sort_keys=True, separators=(",", ":")) == '{"n":{"k":1},"name":"华小胖"}'


def test_str_and_repr_show_model_form(capsys: pytest.CaptureFixture[str]) -> None:
    assert str(Model({"total": 22})) == "Model({'total': 22})"
    assert repr(Model({"total": 22})) == "Model({'total': 22})"
    nested = Model({"a": {"b": [{"c": 1}]}})
    assert str(nested) == "Model({'a': Model({'b': [Model({'c': 1})]})})"
    print(Model({"total": 22}))
    assert capsys.readouterr().out == "Model({'total': 22})\n"


def test_equality_with_dicts() -> None:
    assert Model({"a": 1}) == {"a": 1}
    assert Model({"a": 1}) == {"a": 1}
    assert Model(ANSWER) == ANSWER
    assert Model({"a": 1}) != {"a": 2}
    assert Model({"a": {"b": 1}}) != {"a": {"b": 2}}


def test_mapping_behaviour() -> None:
    m = Model({"a": 1}, b=2)
    assert list(m) == ["a", "b"]
    assert len(m) == 2
    assert dict(m) == {"a": 1, "b": 2}
    assert m.get("z", 0) == 0
    assert "b" in dir(m)


def test_pickle_and_copy() -> None:
    m = Model(ANSWER)
    for clone in (pickle.loads(pickle.dumps(m)), copy.deepcopy(m), copy.copy(m)):
        assert type(clone) is Model
        assert clone == m
        assert type(clone.result[0]) is Model
    deep = copy.deepcopy(m)
    deep.result[0].attrs.depth = 1
    assert m.result[0].attrs.depth == 46.612
