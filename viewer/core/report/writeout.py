"""Writing output files without ever losing an input: the checks before writing, and the write itself.

- An output that is one of the inputs (same real path, or the same file through a hard link) is refused
  before anything is written, as is one whose folder does not exist or cannot be written to.
- A regular file is replaced atomically (a hidden temporary file beside it, then a rename), keeping the
  mode of the file it replaces; a new file gets the mode the umask allows (not mkstemp's 0600).
- A symlink is kept: its target is written. A device, FIFO or socket is written directly (``--json
  /dev/null`` must not replace ``/dev/null``); ``-`` is standard output.
- A failure names the requested path, never the temporary one, and leaves no temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from typing import BinaryIO


class OutputError(OSError):
    """An output that cannot or must not be written; the message names the requested path (an
    :class:`OSError`, so that callers which handle failed writes handle these too)."""


def same_file(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are one file: the same real path, or the same inode (a hard link)."""
    try:
        if os.path.realpath(a) == os.path.realpath(b):
            return True
        sa, sb = os.stat(a), os.stat(b)
    except (OSError, ValueError):
        return False
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def check_outputs(outputs: Mapping[str, str], inputs: Iterable[str]) -> None:
    """Refuse outputs (``{"--json": path, …}``) that would overwrite an input, each other, or cannot be
    written at all; raises :class:`OutputError` naming the option and the path."""
    inputs = list(inputs)
    seen: dict[str, str] = {}
    for option, path in outputs.items():
        if path == "-":
            continue
        for inp in inputs:
            if same_file(path, inp):
                raise OutputError(
                    f"{option} {path} is one of the input files; it would be overwritten "
                    "(choose another output path)"
                )
        for other_option, other in seen.items():
            if same_file(path, other) or os.path.abspath(path) == os.path.abspath(other):
                raise OutputError(f"{option} and {other_option} both write {path}")
        seen[option] = path
        _check_writable(option, path)


def _check_writable(option: str, path: str) -> None:
    target = _target(path)
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputError(f"{option} {path} cannot be used ({exc.strerror or exc})") from exc
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise OutputError(f"{option} {path} is a folder; give a file name")
    if st is not None and not stat.S_ISREG(st.st_mode):
        return  # a device or a pipe: written directly, its own permissions decide
    folder = os.path.dirname(os.path.abspath(target)) or "."
    if not os.path.isdir(folder):
        raise OutputError(f"{option} {path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{option} {path}: the folder {folder} cannot be written to")


def _target(path: str) -> str:
    """The file a write to ``path`` must change: a symlink's final target (the link itself is kept)."""
    return os.path.realpath(path) if os.path.islink(path) else path


def current_umask() -> int:
    """The process's umask, read without changing it where the platform tells it (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_text(path: str, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` (see the module's rules); raises :class:`OutputError`."""
    write_bytes(path, text.encode("utf-8"))


def write_bytes(path: str, data: bytes) -> None:
    write_with(path, lambda fh: fh.write(data))


def write_with(path: str, fill: Callable[[BinaryIO], object]) -> None:
    """Call ``fill`` with a binary file to write ``path``'s content into; raises :class:`OutputError`."""
    if path == "-":
        fill(sys.stdout.buffer)
        sys.stdout.flush()
        return
    target = _target(path)
    try:
        st: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        if st is not None and not stat.S_ISREG(st.st_mode):
            if stat.S_ISDIR(st.st_mode):
                raise OutputError(f"cannot write {path}: it is a folder")
            with open(target, "wb") as fh:  # a device or pipe: never replaced by a regular file
                fill(fh)
            return
        _replace(target, fill, st.st_mode if st is not None else None)
    except OutputError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _replace(target: str, fill: Callable[[BinaryIO], object], mode: int | None) -> None:
    folder = os.path.dirname(os.path.abspath(target))
    base = os.path.basename(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{base}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fill(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, stat.S_IMODE(mode) if mode is not None else 0o666 & ~current_umask())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
