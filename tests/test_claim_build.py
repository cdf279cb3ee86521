"""Claims and their evidence are built by `document.replaced`, not `model_copy`: the
objects must be the ones `model_copy` of the template gives, field for field, with the
same fields set, the same JSON and the same pickle."""

from __future__ import annotations

import pickle
from typing import Any

import pytest

from factcheck.document import _EVIDENCE, Document, replaced
from factcheck.extract import extract
from factcheck.extract.common import _CLAIM
from factcheck.models import Claim, Evidence

from .conftest import SAMPLE_TEXTS as TEXTS
from .conftest import make_document


def _same(a: Any, b: Any) -> None:
    assert type(a) is type(b)
    assert list(a.__dict__.items()) == list(b.__dict__.items())  # values and their order
    assert a.__pydantic_fields_set__ == b.__pydantic_fields_set__
    assert a.__pydantic_extra__ == b.__pydantic_extra__
    assert a.__pydantic_private__ == b.__pydantic_private__
    assert a == b
    assert a.model_dump_json() == b.model_dump_json()
    assert pickle.dumps(a) == pickle.dumps(b)


def test_templates_set_every_field_in_order() -> None:
    for template, model in ((_CLAIM, Claim), (_EVIDENCE, Evidence)):
        assert list(template.__dict__) == list(model.model_fields)
        assert template.__pydantic_fields_set__ == set(model.model_fields)
        assert template.__pydantic_extra__ is None
        assert template.__pydantic_private__ is None


def _docs() -> list[Document]:
    return [make_document(p.read_text(encoding="utf-8"), source_id=p.stem)
            for p in TEXTS if p.is_file() and p.suffix == ".txt"]


@pytest.mark.parametrize("doc", _docs(), ids=lambda d: d.source.id)
def test_claims_are_what_model_copy_gives(doc: Document) -> None:
    for claim in extract(doc):
        ev = claim.evidence
        ev_fields = {k: getattr(ev, k) for k in Evidence.model_fields}
        _same(ev, _EVIDENCE.model_copy(update=ev_fields))
        fields = {k: getattr(claim, k) for k in Claim.model_fields}
        _same(claim, _CLAIM.model_copy(update=fields))
        # and each built here again, from a dict of its own
        _same(replaced(_EVIDENCE, dict(ev_fields)), ev)
        _same(replaced(_CLAIM, dict(fields)), claim)
