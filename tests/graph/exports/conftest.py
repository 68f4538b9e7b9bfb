from __future__ import annotations

import networkx as nx
import pytest

from .fixtures import build_graph


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    return build_graph()
