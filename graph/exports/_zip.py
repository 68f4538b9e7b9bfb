"""Zip bundles with reproducible bytes: fixed timestamps and permissions."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO

# zip's epoch: the same graph always gives the same archive bytes
FIXED_TIME = (1980, 1, 1, 0, 0, 0)


@contextmanager
def archive(out: BinaryIO) -> Iterator[zipfile.ZipFile]:
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        yield zf


def member(name: str, *, executable: bool = False) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3  # Unix, so the mode bits below mean something
    info.external_attr = (0o100755 if executable else 0o100644) << 16
    return info


def write_csv(
    zf: zipfile.ZipFile,
    name: str,
    header: Iterable[str],
    rows: Iterable[Iterable[Any]],
    *,
    lineterminator: str = "\r\n",
) -> None:
    """One UTF-8 CSV member (RFC 4180 quoting), written row by row."""
    with zf.open(member(name), "w") as raw, io.TextIOWrapper(raw, "utf-8", newline="") as text:
        writer = csv.writer(text, lineterminator=lineterminator)
        writer.writerow(header)
        writer.writerows(rows)


def write_member(zf: zipfile.ZipFile, name: str, content: str, *, executable: bool = False) -> None:
    zf.writestr(member(name, executable=executable), content.encode("utf-8"))
