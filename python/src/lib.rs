//! # voxredact for Python
//!
//! The extension module `voxredact._voxredact`, re-exported by the `voxredact` package. It
//! wraps the same [`voxredact::Redactor`] as the Rust API, so Python gets the same output
//! byte for byte; only the offsets change unit, from bytes to code points, because that is
//! what a Python `str` is indexed by (`text[f.start:f.end]` is the span).
//!
//! Every call releases the GIL while it redacts; `redact_batch` also spreads the texts over
//! a rayon pool. The texts are read in place (no copy) while Python keeps them alive.
//!
//! Privacy at this boundary: exceptions and `repr`s never show transcript text (a
//! `Redaction` shows counts only), a panic becomes a `RuntimeError` without its message,
//! and any error fails the whole call, so no text comes back unredacted.

#![deny(missing_docs)]

mod boundary;

use std::ops::Range;

use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple};
use rayon::prelude::*;
use voxredact::{EntityKind, Policy, char_ranges};

use crate::boundary::{guarded, panic_error};

/// One piece of personal data: where it is (code point offsets into the original text,
/// ``text[start:end]``), what it is (``label``) and how sure the detector is (``score``).
#[pyclass(frozen, eq, module = "voxredact")]
#[derive(Clone, PartialEq)]
struct Finding {
    /// Code point offset of the first character, in the original text.
    #[pyo3(get)]
    start: usize,
    /// Code point offset just past the last character, in the original text.
    #[pyo3(get)]
    end: usize,
    /// The kind, e.g. ``"PHONE"`` or ``"DATE_OF_BIRTH"``.
    #[pyo3(get)]
    label: &'static str,
    /// Confidence between 0 and 1.
    #[pyo3(get)]
    score: f32,
}

#[pymethods]
impl Finding {
    fn __repr__(&self) -> String {
        format!(
            "Finding(label='{}', start={}, end={}, score={})",
            self.label, self.start, self.end, self.score
        )
    }
}

/// The result of :meth:`Redactor.redact`: the redacted ``text`` and the ``findings`` (code
/// point offsets into the *original* text). Its repr shows counts, never text.
#[pyclass(frozen, module = "voxredact")]
struct Redaction {
    text: Py<PyString>,
    findings: Box<[Finding]>,
}

#[pymethods]
impl Redaction {
    /// The text with every finding rewritten according to the policy.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }

    /// The findings in text order, non-overlapping (a new list on each access).
    #[getter]
    fn findings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.findings.iter().cloned())
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Redaction(findings={}, text_len={})",
            self.findings.len(),
            self.text.bind(py).code_point_len()?
        ))
    }
}

/// What one text gives, computed without the GIL.
struct Outcome {
    text: String,
    findings: Box<[Finding]>,
}

impl Outcome {
    fn into_py(self, py: Python<'_>) -> Redaction {
        Redaction {
            text: PyString::new(py, &self.text).unbind(),
            findings: self.findings,
        }
    }
}

/// Finds personal data in transcripts and rewrites it according to a policy.
///
/// Build one per policy and share it: it is immutable and thread-safe.
#[pyclass(frozen, module = "voxredact")]
struct Redactor {
    inner: voxredact::Redactor,
    keyed: bool,
}

#[pymethods]
impl Redactor {
    #[new]
    #[pyo3(signature = (policy = None, *, preset = None, key = None))]
    fn new(
        py: Python<'_>,
        policy: Option<&Bound<'_, PyAny>>,
        preset: Option<&str>,
        key: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let policy = load_policy(py, policy, preset)?;
        let key = key.map(key_bytes).transpose()?;
        let keyed = key.is_some();
        let built = guarded(|| match key {
            Some(k) => voxredact::Redactor::with_key(policy, k),
            None => voxredact::Redactor::new(policy),
        })
        .ok_or_else(panic_error)?;
        let inner = built.map_err(|e| match e {
            voxredact::Error::MissingKey(_) => {
                PyValueError::new_err(format!("{e}: pass key=... to Redactor"))
            }
            e => PyValueError::new_err(e.to_string()),
        })?;
        Ok(Redactor { inner, keyed })
    }

    /// Finds personal data in ``text`` and rewrites it.
    fn redact(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Redaction> {
        let text = text_arg(text, || "text".into())?;
        let out = py
            .detach(|| guarded(|| outcome(&self.inner, text)))
            .ok_or_else(panic_error)?;
        Ok(out.into_py(py))
    }

    /// Finds personal data in ``text`` without rewriting anything.
    fn detect(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Vec<Finding>> {
        let text = text_arg(text, || "text".into())?;
        py.detach(|| {
            guarded(|| {
                let found = self.inner.detect(text);
                findings(text, &found)
            })
        })
        .map(Vec::from)
        .ok_or_else(panic_error)
    }

    /// Redacts many texts in parallel with the GIL released; results in input order.
    #[pyo3(signature = (texts, threads = None))]
    fn redact_batch(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<usize>,
    ) -> PyResult<Vec<Redaction>> {
        if threads == Some(0) {
            return Err(PyValueError::new_err("threads must be at least 1"));
        }
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "texts must be an iterable of str, not a single str",
            ));
        }
        // Hold a reference to every text, so their UTF-8 stays valid while we run detached.
        let objects: Vec<Bound<'_, PyAny>> = match texts.cast::<PyList>() {
            Ok(list) => list.iter().collect(),
            Err(_) => texts
                .try_iter()
                .map_err(|_| {
                    PyTypeError::new_err(format!(
                        "texts must be an iterable of str, not {}",
                        type_name(texts)
                    ))
                })?
                .collect::<PyResult<_>>()?,
        };
        let strs = objects
            .iter()
            .enumerate()
            .map(|(i, o)| text_arg(o, || format!("texts[{i}]")))
            .collect::<PyResult<Vec<&str>>>()?;
        let outs = py.detach(|| batch(&self.inner, &strs, threads))?;
        Ok(outs.into_iter().map(|o| o.into_py(py)).collect())
    }

    fn __repr__(&self) -> String {
        format!(
            "Redactor(keyed={})",
            if self.keyed { "True" } else { "False" }
        )
    }
}

/// Redacts `texts` on the global rayon pool, on a pool of `threads`, or here for one thread.
fn batch(
    redactor: &voxredact::Redactor,
    texts: &[&str],
    threads: Option<usize>,
) -> PyResult<Vec<Outcome>> {
    let parallel = || {
        texts
            .par_iter()
            .with_min_len(8)
            .map(|t| guarded(|| outcome(redactor, t)))
            .collect::<Option<Vec<_>>>()
    };
    let out = match threads {
        None => guarded(parallel).flatten(),
        Some(1) => guarded(|| texts.iter().map(|t| outcome(redactor, t)).collect()),
        Some(n) => {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(n.min(texts.len().max(1)))
                .build()
                .map_err(|e| PyRuntimeError::new_err(format!("cannot start threads: {e}")))?;
            guarded(|| pool.install(parallel)).flatten()
        }
    };
    out.ok_or_else(panic_error)
}

fn outcome(redactor: &voxredact::Redactor, text: &str) -> Outcome {
    let red = redactor.redact(text);
    Outcome {
        findings: findings(text, &red.findings),
        text: red.text,
    }
}

/// The library's findings with code point offsets.
fn findings(text: &str, found: &[voxredact::Finding]) -> Box<[Finding]> {
    let finding = |f: &voxredact::Finding, r: Range<usize>| Finding {
        start: r.start,
        end: r.end,
        label: f.kind.label(),
        score: f.score,
    };
    // Most transcripts are ASCII, where bytes are code points.
    if found.is_empty() || text.is_ascii() {
        return found.iter().map(|f| finding(f, f.range.clone())).collect();
    }
    found
        .iter()
        .zip(char_ranges(text, found))
        .map(|(f, r)| finding(f, r))
        .collect()
}

/// A `str` argument as UTF-8, read in place. The errors name the argument, never its text.
fn text_arg<'a>(obj: &'a Bound<'_, PyAny>, what: impl Fn() -> String) -> PyResult<&'a str> {
    let s = obj.cast::<PyString>().map_err(|_| {
        PyTypeError::new_err(format!("{} must be str, not {}", what(), type_name(obj)))
    })?;
    // The UnicodeEncodeError Python raises here holds the whole string: replace it.
    s.to_str().map_err(|_| {
        PyValueError::new_err(format!(
            "{} is not valid Unicode (it holds a lone surrogate)",
            what()
        ))
    })
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map_or_else(|_| "?".into(), |n| n.to_string())
}

/// The policy from `Redactor(policy, preset=...)`: a dict, a JSON or TOML document, a path,
/// or a preset name.
fn load_policy(
    py: Python<'_>,
    policy: Option<&Bound<'_, PyAny>>,
    preset: Option<&str>,
) -> PyResult<Policy> {
    let invalid = |e: voxredact::Error| PyValueError::new_err(e.to_string());
    let policy = match (policy, preset) {
        (Some(_), Some(_)) => {
            return Err(PyValueError::new_err(
                "give policy or preset, not both (a policy document can name its preset)",
            ));
        }
        (None, None) => return Ok(Policy::default()),
        (None, Some(name)) => return Policy::preset(name).map_err(invalid),
        (Some(p), None) => p,
    };
    if let Ok(s) = policy.cast::<PyString>() {
        let s = s.to_str()?;
        return if is_document(s) {
            Policy::parse(s).map_err(invalid)
        } else {
            policy_file(s)
        };
    }
    if let Ok(dict) = policy.cast::<PyDict>() {
        let json = py
            .import("json")?
            .call_method1("dumps", (dict,))
            .map_err(|e| {
                PyValueError::new_err(format!("policy dict is not JSON-serialisable: {e}"))
            })?;
        return Policy::from_json(json.cast::<PyString>()?.to_str()?).map_err(invalid);
    }
    if policy.hasattr("__fspath__")? {
        let path = py.import("os")?.call_method1("fspath", (policy,))?;
        if let Ok(s) = path.cast::<PyString>() {
            return policy_file(s.to_str()?);
        }
    }
    Err(PyTypeError::new_err(format!(
        "policy must be a dict, a JSON or TOML string, or a path, not {}",
        type_name(policy)
    )))
}

/// A string is a policy document, not a path, when it is JSON (`{`), has a TOML `=` or
/// several lines, or is blank (the default policy).
fn is_document(s: &str) -> bool {
    let t = s.trim_start();
    t.is_empty() || t.starts_with('{') || s.contains('=') || s.contains('\n')
}

fn policy_file(path: &str) -> PyResult<Policy> {
    Policy::from_path(path).map_err(|e| PyValueError::new_err(format!("{e} (policy file {path})")))
}

fn key_bytes(key: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    if let Ok(b) = key.cast::<PyBytes>() {
        return Ok(b.as_bytes().to_vec());
    }
    if let Ok(s) = key.cast::<PyString>() {
        return Ok(s.to_str()?.as_bytes().to_vec());
    }
    Err(PyTypeError::new_err(format!(
        "key must be bytes or str, not {}",
        type_name(key)
    )))
}

/// The extension module.
#[pymodule]
fn _voxredact(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_class::<Redactor>()?;
    m.add_class::<Redaction>()?;
    m.add_class::<Finding>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add(
        "LABELS",
        PyTuple::new(py, EntityKind::ALL.map(EntityKind::label))?,
    )?;
    m.add("PRESETS", PyTuple::new(py, voxredact::PRESETS)?)?;
    Ok(())
}
