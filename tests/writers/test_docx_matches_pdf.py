"""The DOCX, as LibreOffice lays it out, is the same release as the PDF: the same number of
pages (the Arabic within one), the blocks in the same order, the same words."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from communique.packs.manifest import load_institution, load_pack
from communique.read.release import read_release, release_files
from communique.writers.docx import render_docx
from communique.writers.pdf import render_pdf

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = "maroc-vice-presidence-interpol"
FILES = sorted(p for f in (ROOT / "releases").iterdir() if f.is_dir()
               for p in release_files(f))

pytestmark = pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")


@pytest.fixture(scope="module")
def renders(tmp_path_factory):
    """Every example in PDF and in DOCX converted by LibreOffice, one soffice run."""
    folder = tmp_path_factory.mktemp("lo")
    out = {}
    for path in FILES:
        release = read_release(path, ROOT).release
        pack, institution = load_pack(ROOT, release.template), \
            load_institution(ROOT, release.institution)
        name = f"{path.parent.name}.{release.language}"
        (folder / f"{name}.pdf").write_bytes(render_pdf(release, pack, institution))
        (folder / "docx").mkdir(exist_ok=True)
        (folder / "docx" / f"{name}.docx").write_bytes(render_docx(release, pack, institution))
        out[path] = (release, pack, folder / f"{name}.pdf", folder / "lo" / f"{name}.pdf")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{folder}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder / "lo"),
                    *map(str, sorted((folder / "docx").iterdir()))],
                   capture_output=True, timeout=300, check=True)
    return out


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))


def words(pdf: Path) -> list[str]:
    """The words in reading order; a word hyphenated at a line end is joined again, and
    hyphens are left out (so « Sud-Sud » is one word whether or not a line ends in it)."""
    # Above the footer only (-H, in points of an A4 page): a footer repeats on every page.
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-W", "595", "-H", "776", str(pdf),
                           "-"], capture_output=True, text=True, check=True).stdout
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[-\u2010\u00ad]\n", "", text).replace("-", "")
    return [w for w in re.findall(r"\w+", text) if not w.isdigit() or len(w) > 1]


def test_same_page_count(renders):
    for path, (release, _, pdf, lo) in renders.items():
        allowed = 0 if path.parent.name == EXAMPLE and release.language != "ar" else 1
        assert abs(pages(pdf) - pages(lo)) <= allowed, (path, pages(pdf), pages(lo))


def test_same_words(renders):
    """The same letters, as often, in both; and every word of one is a word of the other,
    or two neighbours of it: pdftotext drops the hyphen of a word LibreOffice cut at a line
    end (« consulta tion ») and cuts some shaped Arabic words of WeasyPrint's (« جمهور ية »)."""
    for path, (release, _, pdf, lo) in renders.items():
        ours, theirs = words(pdf), words(lo)
        assert Counter("".join(ours)) == Counter("".join(theirs)), path
        if release.language == "ar":
            continue  # poppler's Arabic words are cut differently in each: letters above
        assert Counter(rejoin(ours, theirs)) == Counter(rejoin(theirs, ours)), path


def rejoin(cut: list[str], whole: list[str]) -> list[str]:
    """`cut` with two neighbours joined where they are not words of `whole` but make one."""
    known, out, i = set(whole), [], 0
    while i < len(cut):
        if cut[i] not in known and i + 1 < len(cut) and cut[i] + cut[i + 1] in known:
            out.append(cut[i] + cut[i + 1])
            i += 2
        else:
            out.append(cut[i])
            i += 1
    return out


def markers(release, pack) -> list[str]:
    """The first word of each block, in the PDF's order."""
    labels = pack.labels[release.language]
    texts = [labels["kicker"], release.headline, release.subheadline,
             release.lead.text if release.lead else "", labels["end"]]
    if release.people and "people" in labels:
        texts.append(labels["people"])
    texts.append(labels["contact"])
    return [re.findall(r"\w+", t.replace("-", ""))[:3] for t in texts if t]


def test_blocks_in_the_same_order(renders):
    for path, (release, pack, pdf, lo) in renders.items():
        if release.language == "ar":
            continue  # poppler's order of Arabic lines differs between the two; words above
        found = []
        for output in (pdf, lo):
            stream = [w.lower() for w in words(output)]
            positions = []
            for marker in markers(release, pack):
                marker = [w.lower() for w in marker]
                at = next((i for i in range(len(stream))
                           if stream[i:i + len(marker)] == marker), None)
                assert at is not None, (path, output.name, marker)
                positions.append(at)
            found.append(positions)
            assert positions == sorted(positions), (path, output.name, positions)
        assert len(found[0]) == len(found[1])
