"""The Python API: offsets, policies, errors, batches and threads."""

import pathlib
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

import voxredact
from voxredact import Finding, Redaction, Redactor

REPO = pathlib.Path(__file__).resolve().parents[2]
PARTIAL_PHONES = REPO / "fixtures" / "policies" / "partial-phones.toml"

PHONE_TEXT = "call me at five five five oh one four three"
SECRET = "555-867-5309"


def spans(text, findings):
    return [(f.label, text[f.start : f.end]) for f in findings]


def test_redact_returns_text_and_findings():
    out = Redactor().redact(PHONE_TEXT)
    assert isinstance(out, Redaction)
    assert out.text == "call me at [PHONE]"
    assert [(f.label, f.start, f.end) for f in out.findings] == [("PHONE", 11, 43)]
    assert 0.5 <= out.findings[0].score <= 1.0


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("José 🎉 call 555-867-5309 please", [("PERSON", "José"), ("PHONE", "555-867-5309")]),
        ("你好，请打 555-867-5309", [("PHONE", "555-867-5309")]),
        (
            "Zoë (e\u0301) born 03/03/1982, call 212-555-0143",
            [("PERSON", "Zoë"), ("DATE_OF_BIRTH", "03/03/1982"), ("PHONE", "212-555-0143")],
        ),
        ("🎉🎉🎉 my social is 123-45-6789 🎉", [("SSN", "123-45-6789")]),
        ("naïve café, nothing here", []),
        ("", []),
    ],
)
def test_offsets_are_code_points(text, want):
    r = Redactor()
    out = r.redact(text)
    assert spans(text, out.findings) == want
    assert spans(text, r.detect(text)) == want
    assert out.findings == r.detect(text)


@pytest.mark.parametrize(
    ("policy", "kwargs", "want"),
    [
        (None, {}, "call [PHONE]"),
        ({"kinds": {"PHONE": {"operator": "mask"}}}, {}, "call ***-***-****"),
        ('{"kinds": {"PHONE": {"operator": "remove"}}}', {}, "call "),
        ('mask_char = "#"\n[kinds.PHONE]\noperator = "mask"\n', {}, "call ###-###-####"),
        ("[kinds.PHONE]\nenabled = false", {}, f"call {SECRET}"),
        (str(PARTIAL_PHONES), {}, "call ***-***-5309"),
        (PARTIAL_PHONES, {}, "call ***-***-5309"),
        (None, {"preset": "hipaa"}, "call [PHONE]"),
        ({"kinds": {"PHONE": {"operator": "pseudonym"}}}, {"key": b"k" * 16}, None),
        ({"kinds": {"PHONE": {"operator": "pseudonym"}}}, {"key": "k" * 32}, None),
    ],
)
def test_policies(policy, kwargs, want):
    r = Redactor(policy, **kwargs)
    text = r.redact(f"call {SECRET}").text
    if want is None:
        assert text.startswith("call [PHONE_") and SECRET not in text
    else:
        assert text == want


def test_pseudonyms_are_stable_across_forms_and_keys():
    policy = {"kinds": {"PHONE": {"operator": "pseudonym"}}}
    a, b = Redactor(policy, key=b"a" * 16), Redactor(policy, key=b"b" * 16)
    spoken = "call five five five eight six seven five three oh nine"
    assert a.redact(f"call {SECRET}").text == a.redact(spoken).text
    assert a.redact(spoken).text != b.redact(spoken).text


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "needle"),
    [
        (("[kinds.PHONE]\nmin_score = 1.5",), {}, ValueError, "kinds.PHONE.min_score"),
        (({"kinds": {"PHONES": {}}},), {}, ValueError, "PHONES"),
        (('{"kinds": 3}',), {}, ValueError, "JSON"),
        (("colour = 1",), {}, ValueError, "colour"),
        (({"allow": {1, 2}},), {}, ValueError, "JSON-serialisable"),
        (("no/such/policy.toml",), {}, ValueError, "no/such/policy.toml"),
        ((), {"preset": "gdpr"}, ValueError, "gdpr"),
        (({},), {"preset": "hipaa"}, ValueError, "not both"),
        (({"kinds": {"PHONE": {"operator": "pseudonym"}}},), {}, ValueError, "key="),
        (({"kinds": {"PHONE": {"operator": "pseudonym"}}},), {"key": b"short"}, ValueError, "16"),
        ((42,), {}, TypeError, "int"),
        ((), {"preset": 1}, TypeError, ""),
        ((), {"key": 12345678901234567890}, TypeError, "key"),
    ],
)
def test_bad_arguments_raise_clear_errors(args, kwargs, error, needle):
    with pytest.raises(error) as info:
        Redactor(*args, **kwargs)
    assert needle in str(info.value)


@pytest.mark.parametrize("bad", [None, 42, b"call 555-867-5309", ["call"], 3.5])
def test_non_str_text_raises_type_error(bad):
    r = Redactor()
    for call in (r.redact, r.detect):
        with pytest.raises(TypeError, match="text must be str"):
            call(bad)


def test_no_text_in_errors_or_reprs():
    r = Redactor()
    with pytest.raises(ValueError) as info:
        r.redact(f"call {SECRET} \ud800")
    assert SECRET not in str(info.value) and info.value.__context__ is None
    with pytest.raises(TypeError) as info:
        r.redact_batch([f"call {SECRET}", b"call 212-555-0143"])
    assert "texts[1]" in str(info.value) and "212" not in str(info.value)
    out = r.redact(f"call {SECRET}")
    shown = " ".join([repr(out), str(out), repr(out.findings), repr(r)])
    assert SECRET not in shown and "call" not in shown
    assert repr(out) == "Redaction(findings=1, text_len=12)"
    assert repr(out.findings[0]).startswith("Finding(label='PHONE', start=5, end=17, score=")


def corpus():
    return [f"{i}: call {SECRET} or five five five oh one four three, José 🎉" for i in range(300)] + [
        "nothing here",
        "",
        "born 03/03/1982",
    ]


@pytest.mark.parametrize("threads", [None, 1, 2, 3, 64])
def test_batch_equals_one_by_one(threads):
    r = Redactor()
    texts = corpus()
    batch = r.redact_batch(texts, threads=threads)
    assert len(batch) == len(texts)
    for text, got in zip(texts, batch):
        want = r.redact(text)
        assert (got.text, got.findings) == (want.text, want.findings)


@pytest.mark.parametrize("make", [list, tuple, iter, lambda t: (x for x in t)])
def test_batch_takes_any_iterable(make):
    texts = ["call 555-867-5309", "nothing"]
    assert [o.text for o in Redactor().redact_batch(make(texts))] == ["call [PHONE]", "nothing"]


@pytest.mark.parametrize(
    ("texts", "threads", "error", "needle"),
    [
        ("call 555-867-5309", None, TypeError, "not a single str"),
        (42, None, TypeError, "iterable of str, not int"),
        (["ok", None], None, TypeError, "texts[1] must be str, not NoneType"),
        (["ok", float("nan")], 2, TypeError, "texts[1] must be str, not float"),
        (["ok"], 0, ValueError, "at least 1"),
        (["ok"], -1, OverflowError, ""),
    ],
)
def test_batch_errors(texts, threads, error, needle):
    with pytest.raises(error) as info:
        Redactor().redact_batch(texts, threads=threads)
    assert needle in str(info.value)


def test_empty_batch():
    assert Redactor().redact_batch([]) == []
    assert Redactor().redact_batch([], threads=4) == []


def test_threads_share_one_redactor():
    r = Redactor()
    texts = corpus()
    want = [o.text for o in r.redact_batch(texts, threads=1)]

    def work(i):
        if i % 2:
            return [r.redact(t).text for t in texts]
        return [o.text for o in r.redact_batch(texts, threads=2)]

    with ThreadPoolExecutor(max_workers=8) as pool:
        for got in pool.map(work, range(16)):
            assert got == want


def test_batch_releases_the_gil():
    """While a batch runs in one thread, Python code keeps running in another."""
    r = Redactor()
    texts = corpus() * 20
    window = {}

    def run():
        window["start"] = time.perf_counter()
        r.redact_batch(texts)
        window["end"] = time.perf_counter()

    worker = threading.Thread(target=run)
    ticks = []
    worker.start()
    while worker.is_alive():
        ticks.append(time.perf_counter())
    worker.join()
    start, end = window["start"], window["end"]
    inside = [start] + [t for t in ticks if start < t < end] + [end]
    longest_pause = max(b - a for a, b in zip(inside, inside[1:]))
    assert end - start > 0.02, "the batch is too small to tell"
    assert longest_pause < (end - start) / 2, (longest_pause, end - start)


def test_module_constants():
    assert "PHONE" in voxredact.LABELS and "DATE_OF_BIRTH" in voxredact.LABELS
    assert voxredact.PRESETS == ("default", "hipaa")
    assert voxredact.__version__.count(".") == 2
    assert Finding.__module__ == "voxredact"
