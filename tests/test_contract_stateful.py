"""The stateful contract: schemathesis chains operations along the spec's OpenAPI `links`
(create then read, import then query, authorize then list then revoke), each scenario on a
fresh in-process sandbox.

Every step is signed like a real client's request and checked like a step of test_contract.py.
A scenario starts from the documentation example of an operation where chains begin (a link
source no link leads to); every further step follows a link. A link names form fields as
`body.<field>` parameters: the linked step carries all of them, and the target's other required
fields come from its documentation example, so that the step is a valid call about the linked
thing. The figures (scenarios, steps, operations, links followed) are printed.
"""

from __future__ import annotations

import collections
from dataclasses import dataclass, field
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, rule
from schemathesis import GenerationMode
from schemathesis.core import NOT_SET
from schemathesis.core.result import Ok
from schemathesis.core.transforms import UNRESOLVABLE
from schemathesis.core.transport import Response
from schemathesis.generation.case import Case
from schemathesis.generation.stateful import run_state_machine_as_test
from schemathesis.generation.stateful.state_machine import StepInput, StepOutput, Transition

from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET
from bge_private_sandbox.app import create_app
from bge_private_sandbox.store import Store
from contract_wire import (
    CHECKS,
    OPERATIONS,
    RAW_SPEC,
    SPEC,
    check_envelope,
    example_call,
    operation_id_of,
    path_examples,
    request_example,
    required_fields,
    signed_request,
)

# Sized for the run to stay under a minute on two busy cores.
SCENARIOS = 100
STEPS_PER_SCENARIO = 25

schema = schemathesis.openapi.from_path(SPEC)
schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
# Only the links the spec declares: schemathesis would otherwise add links it guesses from
# field names (survey_projects -> register_sample, ...).
schema.config.phases.stateful.inference.algorithms = []


def _form_first(operation: Any, body: Any, media_type: str | None) -> str | None:
    """A linked step's body goes as the target's first media type (edit_collection's form, as
    a client sends it without a file): schemathesis refuses to pick one for a given body."""
    if media_type is None and body is not NOT_SET:
        first: str = operation.get_request_payload_content_types()[0]
        return first
    return media_type


schema._case_media_type = _form_first  # type: ignore[method-assign]

DECLARED_LINKS = {
    (operation["operationId"], name): link["operationId"]
    for operation in OPERATIONS.values()
    for name, link in operation["responses"]["200"].get("links", {}).items()
}
"""(source operation, link name) -> target operation, as openapi.yaml declares them."""


@dataclass
class Figures:
    """What the run did."""

    scenarios: int = 0
    steps: int = 0
    operations: collections.Counter[str] = field(default_factory=collections.Counter)
    codes: dict[str, int] = field(default_factory=dict)
    """case id -> the envelope code it was answered."""
    followed: collections.Counter[tuple[str, str]] = field(default_factory=collections.Counter)
    """(source, link name) -> steps that took a value from a successful source answer."""
    answers: dict[tuple[str, str], collections.Counter[int]] = field(
        default_factory=lambda: collections.defaultdict(collections.Counter)
    )
    """(source, link name) -> the codes its followed steps were answered."""

    @property
    def followed_to_success(self) -> set[tuple[str, str]]:
        return {link for link, codes in self.answers.items() if codes[0]}


_BY_LABEL = {
    f"POST {path}": item["post"]["operationId"] for path, item in RAW_SPEC["paths"].items()
}


def _link_key(transition_id: str) -> tuple[str, str]:
    """(source operation, link name) of a transition id, "POST /a -> [200] name -> POST /b"."""
    source, rest = transition_id.split(" -> [200] ", 1)
    name = rest.rsplit(" -> ", 1)[0]
    return _BY_LABEL[source], name


def _example_case(operation_id: str) -> Case:
    """The operation's documentation example as a case (a valid call: a scenario starting from
    it creates or finds something the links can carry on)."""
    operation = schema.find_operation_by_id(operation_id)
    example = request_example(operation_id)
    assert example is not None, f"{operation_id} has no request example"
    path = path_examples(operation_id)
    return operation.Case(media_type=example[0], body=example[1], path_parameters=path or None)


CHAIN_HEADS = sorted(
    {source for source, _ in DECLARED_LINKS} - set(DECLARED_LINKS.values()) | {"write_stream"}
)
"""Where a chain starts: the link sources that no link leads to, and write_stream (the links
to it rarely carry a pair it takes: a new sample's individual, or a data element it does not
know; see the xfail below)."""


def _apply_link(case: Case, transition: Transition) -> bool:
    """Put every value the link extracted into the step, and the target's other required
    fields from its documentation example; whether a value was carried over.

    schemathesis leaves out each linked body field with a 45% chance (it explores unknown ids
    that way); here the links are what is tested, unknown ids are test_contract.py's.
    """
    carried = False
    body = case.body if isinstance(case.body, dict) else {}
    path = dict(case.path_parameters or {})
    for container, values in transition.parameters.items():
        target = body if container == "body" else path if container == "path_parameters" else None
        for name, extracted in values.items():
            value = extracted.value.ok() if isinstance(extracted.value, Ok) else None
            if target is not None and value is not None and value is not UNRESOLVABLE:
                target[name] = value
                carried = True
    operation_id = operation_id_of(case)
    example = request_example(operation_id)
    if example is not None and case.media_type in (None, example[0]):
        for name in required_fields(operation_id, example[0]):
            body.setdefault(name, example[1].get(name))
        body = {name: value for name, value in body.items() if value is not None}
    # A link may carry a value from a request that was refused; an empty path segment would
    # then reach another path (a 404 no client meets). Bad path values are test_contract.py's.
    for name, value in path_examples(operation_id).items():
        if str(path.get(name, "")) == "":
            path[name] = value
    case.body = body
    case.path_parameters = path or None
    return carried


@rule(target=Bundle("catch_all"), operation_id=st.sampled_from(CHAIN_HEADS))
def start_from_example(machine: Any, operation_id: str) -> StepOutput:
    """A step that begins a chain: a chain head's documentation example."""
    output: StepOutput = machine.documented_example(operation_id)
    return output


class StatefulRun:
    """The state machine schemathesis builds from the links, signing its requests and checking
    its answers, with its starting rules replaced by one that starts from a chain head's
    documentation example (schemathesis itself only starts at operations whose inputs it
    thinks something produces, which leaves out register_sample, survey_replace,
    add_collection, oauth2_application, ...)."""

    def __init__(self) -> None:
        self.figures = Figures()
        figures = self.figures
        base = schema.as_state_machine()

        class Workflow(base):  # type: ignore[valid-type, misc]
            def setup(self) -> None:
                # A fresh sandbox per scenario: its answers then depend on the scenario's own
                # steps only, as hypothesis needs to replay it (one shared, ever-changing
                # database makes generation "flaky" in its eyes).
                figures.scenarios += 1
                self.store = Store()
                self.app = create_app(self.store)

            def teardown(self) -> None:
                self.store.close()

            def documented_example(self, operation_id: str) -> StepOutput:
                start = StepInput.initial(_example_case(operation_id))
                self.recorder.record_case(case=start.case)
                self.control.record_step(start, self.recorder)
                output: StepOutput = self.step(start)
                return output

            def step(self, input: StepInput) -> StepOutput:
                transition = input.transition
                carried = transition is not None and _apply_link(input.case, transition)
                output: StepOutput = super().step(input)
                # Followed: a value was carried over from an answer that succeeded.
                if transition and carried and figures.codes[transition.parent_id] == 0:
                    link = _link_key(transition.id)
                    figures.followed[link] += 1
                    figures.answers[link][figures.codes[input.case.id]] += 1
                return output

            def call(self, case: Case, **kwargs: Any) -> Response:
                wire = signed_request(case, DEMO_APP_KEY, DEMO_APP_SECRET)
                return case.call(app=self.app, **wire)

            def validate_response(
                self, response: Response, case: Case, *args: Any, **kwargs: Any
            ) -> None:
                case.validate_response(response, checks=CHECKS)
                operation_id = operation_id_of(case)
                assert response.status_code == 200
                figures.steps += 1
                figures.operations[operation_id] += 1
                figures.codes[case.id] = check_envelope(operation_id, response.json())

        # Scenarios start from documented examples only: schemathesis' own starting steps
        # (generated bodies, which mostly fail: an unknown project, survey, ...) would crowd
        # out the links, and generated bodies are test_contract.py's business.
        for name in vars(base):
            if name in base.root_rules:
                setattr(Workflow, name, None)
        Workflow.start_from_example = start_from_example
        self.machine = Workflow

    def run(self) -> None:
        run_state_machine_as_test(
            self.machine,
            settings=settings(
                max_examples=SCENARIOS,
                stateful_step_count=STEPS_PER_SCENARIO,
                deadline=None,
                derandomize=True,
                database=None,
                phases=[Phase.generate],
                suppress_health_check=list(HealthCheck),
            ),
        )


def _has_pointer(schema: Any, tokens: list[str]) -> bool:
    """Whether a JSON pointer's tokens can resolve in a document `schema` describes."""
    while isinstance(schema, dict) and "$ref" in schema:
        schema = RAW_SPEC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    if not tokens:
        return True
    if not isinstance(schema, dict):
        return False
    branches = [*schema.get("allOf", []), *schema.get("anyOf", []), *schema.get("oneOf", [])]
    if any(_has_pointer(branch, tokens) for branch in branches):
        return True
    head, rest = tokens[0], tokens[1:]
    if head.isdigit() and "items" in schema:
        return _has_pointer(schema["items"], rest)
    properties = schema.get("properties", {})
    return head in properties and _has_pointer(properties[head], rest)


def _expression_resolves(source: dict[str, Any], expression: str) -> bool:
    where, _, pointer = expression.partition("#/")
    tokens = pointer.split("/")
    if where == "$response.body":
        answer = source["responses"]["200"]["content"]["application/json"]["schema"]
        return _has_pointer(answer, tokens)
    assert where == "$request.body", expression
    content = source["requestBody"]["content"].values()
    return any(_has_pointer(media["schema"], tokens) for media in content)


def test_links_name_real_fields() -> None:
    """Every link's target exists, each parameter is a field of the target's form (`body.`)
    or one of its path parameters (`path.`), and each expression points at a field of the
    source's answer or request."""
    assert len(DECLARED_LINKS) >= 80
    for (source_id, name), target_id in DECLARED_LINKS.items():
        source, target = OPERATIONS[source_id], OPERATIONS[target_id]
        link = source["responses"]["200"]["links"][name]
        assert set(link) <= {"operationId", "description", "parameters"}, (source_id, name)
        for parameter, expression in link["parameters"].items():
            where, _, field_name = parameter.partition(".")
            if where == "path":
                assert field_name in {p["name"] for p in target.get("parameters", [])}
            else:
                assert where == "body", parameter
                forms = target["requestBody"]["content"].values()
                assert any(_has_pointer(media["schema"], [field_name]) for media in forms), (
                    source_id,
                    name,
                    parameter,
                )
            assert _expression_resolves(source, expression), (source_id, name, expression)


def test_the_state_machine_has_every_declared_link() -> None:
    machine = schema.as_state_machine()
    rules = {name for name in vars(machine) if "___200_" in name}
    # schemathesis makes one rule per link (its name normalised from the transition's).
    assert len(rules) == len(DECLARED_LINKS)


def test_stateful_run_follows_the_links() -> None:
    run = StatefulRun()
    run.run()  # a failing check stops the run with that failure
    figures = run.figures
    followed = set(figures.followed)
    print(
        f"\nstateful: {figures.scenarios} scenarios, {figures.steps} steps over "
        f"{len(figures.operations)} of {len(OPERATIONS)} operations; "
        f"{len(followed)} of {len(DECLARED_LINKS)} declared links followed from a successful "
        f"answer ({figures.followed.total()} steps), {len(figures.followed_to_success)} of "
        "them to a successful answer; failures: 0"
    )
    print(f"stateful: links never followed: {sorted(set(DECLARED_LINKS) - followed)}")
    never_ok = sorted(followed - figures.followed_to_success)
    print(f"stateful: followed, never answered 0: {never_ok}")
    assert followed <= set(DECLARED_LINKS)
    assert len(followed) >= 0.7 * len(DECLARED_LINKS)
    # The chains the issue names: which of them this walk took to a success. Which links a
    # walk comes to depends on the sandbox's answers, which earlier tests in the process can
    # change (ids drawn), so each named chain is also walked on purpose below.
    reached = [chain for chain in REQUIRED_CHAINS if chain in figures.followed_to_success]
    print(f"stateful: {len(reached)} of {len(REQUIRED_CHAINS)} named chains walked to a success")
    assert len(reached) >= 0.75 * len(REQUIRED_CHAINS), sorted(set(REQUIRED_CHAINS) - set(reached))
    # A deletion is seen by the reader: after a successful delete, the read answers 40401.
    deletions = [link for link in DELETION_LINKS if figures.answers.get(link)]
    assert deletions, f"no deletion link followed: {DELETION_LINKS}"
    for link in deletions:
        assert set(figures.answers[link]) == {40401}, (link, figures.answers[link])


REQUIRED_CHAINS = [
    ("register_sample", "get_samples"),
    ("register_sample", "improve_sample"),
    ("register_batch", "import_batch"),
    ("register_batch", "retrieve_batch"),
    ("commit_batch", "retrieve_batch"),
    ("retrieve_batch", "data_item_query"),
    ("add_collection", "collection_detail"),
    ("add_collection", "edit_collection"),
    ("add_collection", "collection_delete"),
    ("oauth2_application", "oauth2_authorize"),
    ("oauth2_authorize", "oauth2_grants"),
    ("oauth2_grants", "oauth2_revoke_grant"),
    ("survey_replace", "surveys_retrieve"),
    ("survey_replace", "questions_replace"),
    ("deploy_model", "retrieve_model"),
    ("deploy_model", "model_versions"),
    ("write_stream", "stream_retrieve"),
    ("create_index", "openbge_search"),
]
"""Links the issue names (or their first steps): each must be followed to a successful answer
(the run is deterministic for a given spec, code and process history, which sandbox ids drawn
in earlier tests can change; every one of these held at 80 to 120 scenarios of 20 and 25
steps, and in the whole suite)."""
DELETION_LINKS = [
    ("collection_delete", "collection_detail"),
    ("survey_delete", "surveys_retrieve"),
]


def test_a_data_element_written_by_replace_is_one_streams_take() -> None:
    """What the stateful run found (replace_data_element -> write_stream, never a success, while
    the streams family kept data elements of its own): streams take the data elements
    family's elements."""
    from sandbox_wire import AppClient, SignedWire

    store = Store()
    wire = SignedWire(AppClient(create_app(store)), DEMO_APP_KEY, DEMO_APP_SECRET)
    element = wire.ok(
        "replace_data_element",
        {"data_element_source_domain": "d", "data_element_source_id": "x", "columns": {}},
    )
    example = request_example("write_stream")
    assert example is not None
    fields = {**example[1], "data_element_id": element["data_element_id"]}
    answer = wire.call("write_stream", fields)
    store.close()
    assert answer["code"] == 0, answer


def _pointer(document: Any, pointer: str) -> Any:
    """The value at a JSON pointer's tokens in `document` (a KeyError/IndexError if absent)."""
    for token in pointer.split("/"):
        document = document[int(token)] if isinstance(document, list) else document[token]
    return document


def follow(*links: tuple[str, str]) -> list[dict[str, Any]]:
    """On a fresh sandbox: the first link source's documentation example, then each link's
    target in turn, with the values the link names taken from the previous call and its
    answer, and the target's other required fields from its documentation example. The
    answers, first call's included."""
    from sandbox_wire import AppClient, SignedWire

    store = Store()
    try:
        wire = SignedWire(AppClient(create_app(store)), DEMO_APP_KEY, DEMO_APP_SECRET)
        first = links[0][0]
        media_type, fields, files = example_call(first)
        answers = [
            wire.call(
                first,
                fields,
                files=files or None,
                path=path_examples(first) or None,
                media_type=media_type,
            )
        ]
        for source_id, name in links:
            assert answers[-1]["code"] == 0, (source_id, answers[-1])
            link = OPERATIONS[source_id]["responses"]["200"]["links"][name]
            target_id = link["operationId"]
            body: dict[str, Any] = {}
            path = path_examples(target_id)
            target_media = next(iter(OPERATIONS[target_id]["requestBody"]["content"]))
            example = request_example(target_id)
            if example is not None and example[0] == target_media:
                for field_name in required_fields(target_id, target_media):
                    if example[1].get(field_name) is not None:
                        body[field_name] = example[1][field_name]
            for parameter, expression in link["parameters"].items():
                where, _, field_name = parameter.partition(".")
                origin, _, pointer = expression.partition("#/")
                if origin == "$request.body" and pointer.split("/")[0] not in fields:
                    continue  # a field the call did not give: one of alternatives (stream_range)
                value = _pointer(answers[-1] if origin == "$response.body" else fields, pointer)
                (path if where == "path" else body)[field_name] = value
            answers.append(wire.call(target_id, body, path=path or None, media_type=target_media))
            fields = body
    finally:
        store.close()
    return answers


_MAKE_SURVEY = [("survey_replace", "questions_replace")]
LEAD_INS: dict[tuple[str, str], list[tuple[str, str]]] = {
    # The documented batch is not committed: commit it first.
    ("retrieve_batch", "data_item_query"): [("commit_batch", "retrieve_batch")],
    # The documented surveys 216 and 217 are made by survey_replace's example, not fixtures.
    **{
        ("questions_replace", name): _MAKE_SURVEY
        for (source, name) in DECLARED_LINKS
        if source == "questions_replace"
    },
    ("survey_async", "task_result"): [("survey_replace", "survey_async")],
    ("survey_delete", "surveys_retrieve"): [("survey_replace", "survey_delete")],
}
"""Links to walk before a link whose source's documentation example, on a fresh sandbox,
does not give what the link needs."""

LINKS_TO_A_REFUSAL = {
    ("collection_delete", "collection_detail"): 40401,
    ("survey_delete", "surveys_retrieve"): 40401,
    ("discard_data_element", "get_data_element"): 40401,
    # The documented question is an `input` one; a batch of options is for checkbox and radio.
    ("questions_replace", "options_batch_create"): 40001,
}
"""Links whose target must refuse, walked from documentation examples: a deletion is seen by
the reader, and a rule of the target's holds."""

LINKS_NOT_WALKED_ALONE = {
    ("release_surveys", "import_response"): "import_response's documented answers are to "
    "questions of another published survey than the one the link carries (its example is "
    "marked inconsistent)",
}
"""Links a walk from documentation examples cannot take to a success, and why."""


@pytest.mark.parametrize("chain", REQUIRED_CHAINS, ids="->".join)
def test_a_named_chain_succeeds_from_its_documented_start(chain: tuple[str, str]) -> None:
    """Each chain the issue names, walked once on purpose (the stateful run walks them at
    random, and whether a given one comes up depends on the run)."""
    *_, target = follow(*LEAD_INS.get(chain, []), chain)
    assert target["code"] == 0, target


@pytest.mark.parametrize(
    "link", sorted(set(DECLARED_LINKS) - set(LINKS_NOT_WALKED_ALONE)), ids="->".join
)
def test_every_declared_link_walked_from_documented_examples(link: tuple[str, str]) -> None:
    """Each link of the spec, as a client in another language would take it: the source's
    documentation example, then the target with the values the link names. The target
    succeeds, or refuses what the source deleted."""
    *_, target = follow(*LEAD_INS.get(link, []), link)
    assert target["code"] == LINKS_TO_A_REFUSAL.get(link, 0), target


def test_the_refusal_links_include_the_deletions() -> None:
    assert set(DELETION_LINKS) <= set(LINKS_TO_A_REFUSAL)
    assert set(LINKS_NOT_WALKED_ALONE) <= set(DECLARED_LINKS)
