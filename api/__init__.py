"""newsgraph's edges: the HTTP API (`api.app`) and the `newsgraph` command line (`api.cli`)."""

from importlib.metadata import PackageNotFoundError, version


def package_version() -> str:
    try:
        return version("newsgraph")
    except PackageNotFoundError:  # a source checkout that was never installed
        return "0+unknown"
