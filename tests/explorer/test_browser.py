"""The explorer in a real headless Chromium (Debian's), through Playwright for Python.

Needs `apt-get install chromium` and `pip install playwright`; never
`playwright install` (it downloads a browser build). Skips, saying why, without them.
"""

from __future__ import annotations

import math
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.api.fixtures import FR_TEXT
from tests.explorer.fixtures import HOSTILE_TEXT, IMG_ROLE, SCRIPT_ID, SCRIPT_NAME

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (pip install playwright)"
)

CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]  # fmt: skip
TIMEOUT_MS = 15_000

if not Path(CHROMIUM).is_file():
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)


@dataclass
class Watch:
    """What the page said on the side: script errors, console errors, dialogs."""

    server: str
    errors: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def console_errors(self) -> list[str]:
        if self.server == "live_server_without_neighbours":
            # the one expected 404: the explorer asks for /neighbours, then walks /relations
            return [m for m in self.console if "404" not in m]
        return self.console


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(params=["live_server", "live_server_without_neighbours"])
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[tuple[Any, Watch]]:
    """A fresh page on the full app, and on one without /neighbours (the explorer's fallback)."""
    base_url = request.getfixturevalue(request.param)
    context = browser.new_context(viewport={"width": 1400, "height": 850}, base_url=base_url)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    watch = Watch(request.param)
    page.on("pageerror", lambda error: watch.errors.append(str(error)))
    page.on("console", lambda m: m.type == "error" and watch.console.append(m.text))
    page.on("dialog", lambda dialog: (watch.dialogs.append(dialog.message), dialog.dismiss()))
    yield page, watch
    context.close()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = os.environ.get("NEWSGRAPH_SCREENSHOTS")
    folder = Path(target) if target else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def search_and_open(page: Any, query: str, entity_id: str) -> None:
    page.goto("/")
    page.fill("#search", query)
    page.click(f"button.result[data-entity='{entity_id}']")
    page.wait_for_selector(f"#graph[data-center='{entity_id}']")
    page.wait_for_selector(
        f"#panel [data-entity='{entity_id}'] .roles, #panel [data-entity='{entity_id}'] .articles"
    )


def hover_graph(page: Any, point: dict[str, float]) -> bool:
    """Moves the mouse there; True if sigma found a node or an edge under it."""
    box = page.locator("#graph").bounding_box()
    page.mouse.move(box["x"] + point["x"], box["y"] + point["y"], steps=4)
    page.wait_for_timeout(60)
    return page.evaluate("() => document.getElementById('graph').style.cursor") == "pointer"


def click_graph(page: Any, points: list[dict[str, float]]) -> None:
    """A real mouse click on the sigma canvas, at the first point where the cursor says
    something is under the mouse, as a hand would do: sigma picks through a
    downsampled buffer, so a thin edge can be missed by a pixel or two.

    Two clicks closer than sigma's doubleClickTimeout (300 ms) make a double click,
    hence the pause first.
    """
    page.wait_for_timeout(350)
    for point in points:
        if hover_graph(page, point):
            box = page.locator("#graph").bounding_box()
            page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
            return
    pytest.fail(f"nothing under the mouse at {points}")


def click_node(page: Any, entity_id: str) -> None:
    point = page.evaluate("id => newsgraphExplorer.nodePosition(id)", entity_id)
    click_graph(page, [point])
    page.wait_for_selector(f"#panel [data-kind='entity'][data-entity='{entity_id}'] .articles")


def points_along_edge(page: Any, key: str) -> list[dict[str, float]]:
    """Points on the edge away from its middle label, and a few pixels either side."""
    found = []
    for along in (0.4, 0.3, 0.6, 0.7):
        a = page.evaluate("([k, t]) => newsgraphExplorer.edgePoint(k, t)", [key, along])
        b = page.evaluate("([k, t]) => newsgraphExplorer.edgePoint(k, t)", [key, along + 0.01])
        dx, dy = b["x"] - a["x"], b["y"] - a["y"]
        norm = math.hypot(dx, dy) or 1.0
        for offset in (0, 2, -2, 4, -4):
            found.append({"x": a["x"] - dy / norm * offset, "y": a["y"] + dx / norm * offset})
    return found


def click_edge(page: Any, a: str, b: str) -> str:
    key = page.evaluate("([a, b]) => newsgraphExplorer.pairKey(a, b)", [a, b])
    click_graph(page, points_along_edge(page, key))
    page.wait_for_selector("#panel [data-kind='edge']")
    return page.get_attribute("#panel [data-kind='edge']", "data-edge")


def test_search_graph_node_edge_article(page: tuple[Any, Watch], screenshots: Path) -> None:
    page, watch = page
    # French name finds the organisation; the result lists its names in both languages
    search_and_open(page, "Organisation mondiale", "Q7817")
    result = page.inner_text("button.result[data-entity='Q7817']")
    assert "World Health Organization" in result and "OMS" in result and "WHO" in result
    assert int(page.get_attribute("#graph", "data-nodes")) >= 4  # WHO, two leaders, one member

    click_node(page, "per:amina-diallo")
    panel = page.inner_text("#panel")
    assert "Amina Diallo" in panel and "PER" in panel
    assert "regional director (current) of" in panel and "World Health Organization" in panel
    assert {"fr-001", "en-001"} <= set(page.locator("#panel .article-link").all_inner_texts())

    assert click_edge(page, "Q7817", "per:pierre-martin") == "Q7817\x00per:pierre-martin"
    panel = page.inner_text("#panel")
    assert "L'ancien directeur de l'OMS, Pierre Martin, était présent." in panel
    assert "LEADS" in panel and "directeur (former)" in panel
    page.screenshot(path=str(screenshots / f"explorer-edge-{watch.server}.png"))

    page.click("#panel .article-link[data-article='fr-001']")
    text = page.locator("#article-view:not([hidden]) article[data-article='fr-001'] .article-text")
    assert text.inner_text() == FR_TEXT
    mentions = dict(
        zip(
            text.locator(".mention").evaluate_all("ns => ns.map(n => n.dataset.entity)"),
            text.locator(".mention").all_inner_texts(),
            strict=True,
        )
    )
    assert mentions["per:pierre-martin"] == "Pierre Martin" and mentions["Q7817"] == "OMS"
    marked = text.locator("mark.relation-sentence").all_inner_texts()
    assert "L'ancien directeur de l'OMS, Pierre Martin, était présent." in "".join(marked)
    page.screenshot(path=str(screenshots / f"explorer-article-{watch.server}.png"))

    page.keyboard.press("Escape")
    page.wait_for_selector("#article-view", state="hidden")
    assert watch.errors == [] and watch.console_errors() == [] and watch.dialogs == []


def test_hostile_names_render_as_text(page: tuple[Any, Watch], screenshots: Path) -> None:
    page, watch = page
    search_and_open(page, "script", SCRIPT_ID)
    assert page.inner_text(f"button.result[data-entity='{SCRIPT_ID}'] .result-name") == SCRIPT_NAME
    assert page.inner_text("#panel .entity-name") == SCRIPT_NAME
    assert f"Grace Okafor: {IMG_ROLE} (current)" in page.inner_text("#panel .roles")

    page.click("#panel .article-link[data-article='xss-001']")
    article = page.locator("#article-view:not([hidden]) article[data-article='xss-001']")
    assert article.locator(".article-title").inner_text() == f"Communiqué {SCRIPT_NAME}"
    assert article.locator(".article-text").inner_text() == HOSTILE_TEXT
    page.screenshot(path=str(screenshots / f"explorer-hostile-{watch.server}.png"))

    # Only the explorer's own script element and no image exist: nothing was parsed as HTML.
    assert page.evaluate("document.querySelectorAll('script').length") == 1
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert watch.dialogs == [] and watch.errors == [] and watch.console_errors() == []


def test_deep_link_and_two_hops(page: tuple[Any, Watch]) -> None:
    page, watch = page
    page.goto("/#entity=per:grace-okafor&article=en-001")
    page.wait_for_selector("#graph[data-center='per:grace-okafor']")
    article = page.locator("#article-view:not([hidden]) article[data-article='en-001']")
    assert "The World Bank, led by Grace Okafor, joined the talks." in article.inner_text()
    one_hop = int(page.get_attribute("#graph", "data-nodes"))  # Grace, World Bank, <script>
    page.keyboard.press("Escape")
    page.select_option("#depth", "2")  # + WHO (member) through the <script> organisation
    page.wait_for_function(
        "n => Number(document.getElementById('graph').dataset.nodes) > n", arg=one_hop
    )
    assert one_hop == 3
    assert watch.errors == [] and watch.console_errors() == [] and watch.dialogs == []
