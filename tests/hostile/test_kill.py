"""`kill -9` at random moments of builds, and inside the switch of a release's files.

Builds alternate between two versions of the release. After every kill, the release's
folder under build/ holds one complete set, of the previous version or the new one, never
a mix; after the next build, no leftover remains and the set is that build's.

To stay quick, each build runs in a child forked from this (warm) test process, and
rendering returns fixed bytes per version and file: what is under test is the checking,
the writing and the switch, at every moment a kill can land. Two further builds render
for real and are killed while their render children work: the children must not outlive
the build (they would keep the project lock).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import time
from pathlib import Path

from communique import api
from communique.build import isolate, write

REPO = Path(__file__).resolve().parents[2]
SLUG = "maroc-vice-presidence-interpol"
HEADLINE = "headline: Le Maroc élu vice-président d’Interpol pour l’Afrique"
VERSIONS = {"A": HEADLINE, "B": HEADLINE.replace("Le Maroc", "Le Royaume du Maroc")}


def payload(version: str, language: str, suffix: str) -> bytes:
    # Large enough that a kill can land in the middle of writing a file.
    return f"{version} {language} {suffix}\n".encode() * 10000


def version_of(release) -> str:
    text = (release.folder / "release.md").read_text("utf-8")
    return "B" if VERSIONS["B"] in text else "A"


def fixed_render(jobs, on_done=None, **_):
    rendered = []
    for job in jobs:
        v, lang = version_of(job.release), job.release.language
        rendered.append(isolate.Rendered(job, payload(v, lang, "pdf"),
                                         payload(v, lang, "docx"), ()))
        if on_done:
            on_done(job)
    return rendered


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def rename_step_fault(where: str):
    """Patch the switch so that the build kills itself at `where`."""
    real_exchange, real_rename, real_remove = write.exchange, os.rename, write._remove

    def exchange(a, b):
        if where == "before exchange":
            die()
        real_exchange(a, b)
        if where == "after exchange":
            die()

    def rename(a, b):
        if where == "before exchange":
            die()
        real_rename(a, b)
        if where == "after exchange":
            die()

    def remove(path):
        if where == "while removing the previous set" and Path(path).is_dir():
            entries = sorted(Path(path).iterdir())
            if entries:
                entries[0].unlink()
            die()
        real_remove(path)

    write.exchange, write.os.rename, write._remove = exchange, rename, remove


def start_build(root: Path, *, fault: str = "", fixed: bool = True) -> int:
    pid = os.fork()
    if pid:
        return pid
    code = 99
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        if fixed:
            isolate.render_jobs = fixed_render
        if fault:
            rename_step_fault(fault)
        code = api.build(root, [])
    finally:
        os._exit(code)


def finish(pid: int) -> int:
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    finish(pid)


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


class Project:
    """The hostile copy with its three languages back: a set of six files. The fact
    rules stay off there (the headline changes)."""

    def __init__(self, hostile):
        for version in (REPO / "releases" / SLUG).glob("release.*.md"):
            shutil.copy(version, hostile.release_file.parent / version.name)
        self.root = hostile.root
        self.release = hostile.release_file
        self.folder = hostile.root / "build" / SLUG
        self.languages = sorted(p.name.split(".")[1] if p.name != "release.md" else "fr"
                                for p in self.release.parent.glob("release*.md"))
        self.names = sorted(f"{SLUG}.{lang}.{suffix}" for lang in self.languages
                            for suffix in ("pdf", "docx"))

    def use(self, version: str) -> None:
        text = self.release.read_text("utf-8")
        for marker in VERSIONS.values():
            text = text.replace(marker, VERSIONS[version])
        self.release.write_text(text, "utf-8")

    def built_version(self) -> str | None:
        """The one version of the complete set under build/<slug>/ (None: no folder)."""
        if not self.folder.exists():
            return None
        # The set is the outputs and the build plan's record of what they were made from.
        assert sorted(os.listdir(self.folder)) == sorted([*self.names, "build-plan.json"]), \
            "an incomplete set"
        versions = set()
        for name in self.names:
            _, lang, suffix = name.rsplit(".", 2)
            data = (self.folder / name).read_bytes()
            matches = [v for v in VERSIONS if data == payload(v, lang, suffix)]
            assert matches, f"{name} is not a whole file of either version"
            versions.update(matches)
        assert len(versions) == 1, f"a mixed set: {versions}"
        return versions.pop()

    def leftovers(self) -> list[str]:
        build = self.root / "build"
        left = [str(p.relative_to(build)) for p in build.rglob("*") if p.name.endswith(".part")]
        if (build / ".sets").exists():
            left += [f".sets/{p.name}" for p in (build / ".sets").iterdir()]
        return left


def test_kills_at_any_moment_never_leave_a_mixed_set_or_a_leftover(hostile, monkeypatch):
    project = Project(hostile)
    rng = random.Random(12)
    project.use("A")
    # Built once here, so that every forked build starts warm (modules, packs, caches).
    monkeypatch.setattr(isolate, "render_jobs", fixed_render)
    assert hostile.build()[0] == 0
    started = time.monotonic()
    assert finish(start_build(project.root)) == 0
    duration = time.monotonic() - started
    previous = project.built_version()
    assert previous == "A" and project.leftovers() == []
    faults = ["before exchange", "after exchange", "while removing the previous set"]
    outcomes = {"previous": 0, "new": 0}
    for i in range(30):
        version = "B" if i % 2 == 0 else "A"
        project.use(version)
        if i % 2:
            pid = start_build(project.root)
            time.sleep(rng.uniform(0, duration * 1.2))
            kill(pid)
        else:
            fault = faults[(i // 2) % 3]
            assert finish(start_build(project.root, fault=fault)) == -signal.SIGKILL, fault
        found = project.built_version()
        assert found in (previous, version), (i, found)
        outcomes["previous" if found == previous else "new"] += 1
        assert finish(start_build(project.root)) == 0  # the next run
        assert project.leftovers() == [], i
        assert project.built_version() == version
        previous = version
    # The kills landed before and after the switch, not all on one side.
    assert outcomes["previous"] and outcomes["new"], outcomes


def test_a_build_killed_while_rendering_leaves_no_render_child_behind(hostile, monkeypatch):
    project = Project(hostile)
    for version in ("B", "A"):
        project.use(version)
        pid = start_build(project.root, fixed=False)
        workers: list[int] = []
        deadline = time.monotonic() + 120
        while not workers and time.monotonic() < deadline:
            workers = [w for w in children_of(pid) if alive(w)]
            time.sleep(0.05)
        assert workers, "the build never started its render children"
        time.sleep(random.uniform(0, 0.5))
        kill(pid)
        # Well before the children could finish rendering on their own.
        deadline = time.monotonic() + 1.5
        while any(alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(alive(w) for w in workers), "a render child outlived its build"
        project.built_version()  # no folder, or one complete set
    # Nothing holds the lock any more: the next build does not wait.
    monkeypatch.setenv("COMMUNIQUE_LOCK_WAIT", "0")
    monkeypatch.setattr(isolate, "render_jobs", fixed_render)
    code, _, err = hostile.build()
    assert code == 0, err
    assert "waiting" not in err and project.leftovers() == []
    assert project.built_version() == "A"

