"""The renderers started as soon as the command line asks for a build, before the
commands' own modules are imported.

A cold one-release build waits for WeasyPrint's import (about 0.5 s) before its first
layout; the import runs in the render pool's warm process, which the build used to fork
only once it had imported the api and planned the build (some 0.1 s into tasks.py). Forked
here instead, from tasks.py's first lines, it imports WeasyPrint while the parent imports
everything else. A build that turns out to need no renderer (nothing changed, the project
busy, a usage error) kills it at once (`discard`): it leaves nothing behind and holds
nothing the build waits for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.build.isolate import RenderPool

_pool: RenderPool | None = None


def start_for(argv: list[str]) -> None:
    """Start the render pool when `argv` (the command line) runs `build` first."""
    global _pool
    if argv[1:2] != ["build"] or _pool is not None:
        return
    import signal

    from communique.build.isolate import RenderPool

    _pool = RenderPool().start()
    # From now on the build has render children: a SIGTERM that lands before the command
    # installs its handler (api.guarded, which unblocks it) is held until then, so that
    # the build still stops in one line, exit 143, its children with it. (The warm
    # process, forked above, keeps the default.)
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})


def take() -> RenderPool | None:
    """The pool started for this build (then the caller's to close), or None."""
    global _pool
    pool, _pool = _pool, None
    return pool


def discard() -> None:
    """Stop the pool started early, if the build did not take it."""
    pool = take()
    if pool is not None:
        pool.close()
