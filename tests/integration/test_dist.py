"""The frozen Desk (packaging/desk.spec): it runs with no Python or venv in reach, applies the
migrations, loads the demo, renders Chinese with a real font and the zh_CN catalogue; the .deb
and .tar.gz carry what an install needs.

The bundle is dist/ when `make dist` built it from the sources as they are now, else it is built
once for the session in a temporary folder (~1 minute).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import ROOT
from tests.helpers.packaging import packaging_module

pytestmark = [
    pytest.mark.frozen,
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="the .deb and .tar.gz are built on Linux"),
    pytest.mark.timeout(900),  # the first test also pays for the build (1-2 minutes, more on a busy machine)
]

MENU_BAR = (0, 0, 200, 16)  # x, y, width, height: the window's first menu title ("Accounts…" / "账户…")

# The system's font configuration without any font that covers Chinese: what a machine without
# a CJK font shows (boxes), rendered by the same fontconfig rules otherwise.
NO_CJK_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="no">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont><pattern><patelt name="lang"><string>zh-cn</string></patelt></pattern></rejectfont></selectfont>
</fontconfig>
"""


make_dist = packaging_module("make_dist")
freeze_rules = packaging_module("freeze_rules")


@pytest.fixture(scope="session")
def dist_dir(tmp_path_factory) -> Path:
    repo_dist = ROOT / "dist"
    if make_dist.is_current(repo_dist / "desk") and list(repo_dist.glob("desk_*.deb")):
        return repo_dist
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, str(ROOT / "packaging" / "make_dist.py"), "--out", str(out),
                    "--work", str(out / "work"), "--no-report"], check=True, timeout=900)
    return out


def frozen_env(tmp_path: Path) -> dict:
    """A bare environment: nothing from the venv or the checkout can stand in for a file missing
    from the bundle."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "TMPDIR": str(tmp_path), "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen"}


def run_frozen(dist_dir: Path, tmp_path: Path, *args, fontconfig: Path | None = None):
    env = frozen_env(tmp_path)
    if fontconfig is not None:
        env["FONTCONFIG_FILE"] = str(fontconfig)
    return subprocess.run([str(dist_dir / "desk" / "desk"), *map(str, args)], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=180)


def screenshot(dist_dir: Path, tmp_path: Path, name: str, lang: str, fontconfig: Path | None = None) -> QImage:
    data, shot = tmp_path / f"data-{name}", tmp_path / f"{name}.png"
    result = run_frozen(dist_dir, tmp_path, "--demo", "--data-dir", data, "--lang", lang, "--screenshot", shot,
                        fontconfig=fontconfig)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return QImage(str(shot))


def menu_bar(image: QImage) -> QImage:
    return image.copy(*MENU_BAR)


def test_the_frozen_desk_migrates_and_loads_the_demo(dist_dir, tmp_path, qapp):  # qapp: see test_dist_rules
    from desk.storage import schema

    image = screenshot(dist_dir, tmp_path, "demo", "zh_CN")
    assert image.width() >= 1200 and image.height() >= 700
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50  # a rendered window, not a blank one
    with sqlite3.connect(tmp_path / "data-demo" / "demo" / "desk.sqlite3") as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == schema.HEAD
        assert conn.execute("SELECT count(*) FROM conversations").fetchone()[0] > 50


def test_the_frozen_desk_renders_chinese_from_its_catalogue_with_a_real_font(dist_dir, tmp_path, qapp):
    no_cjk = tmp_path / "no-cjk-fonts.conf"
    no_cjk.write_text(NO_CJK_FONTCONFIG)
    chinese = menu_bar(screenshot(dist_dir, tmp_path, "zh", "zh_CN"))
    english = menu_bar(screenshot(dist_dir, tmp_path, "en", "en"))
    boxes = menu_bar(screenshot(dist_dir, tmp_path, "boxes", "zh_CN", fontconfig=no_cjk))
    assert len({chinese.pixel(x, y) for x in range(chinese.width()) for y in range(chinese.height())}) > 3
    assert chinese != english, "the menu is not translated: desk_zh_CN.qm missing from the bundle?"
    assert chinese != boxes, "Chinese renders as boxes: no CJK font reached the frozen Qt"


def test_the_frozen_demo_syncs_with_its_sandbox_platforms(dist_dir, tmp_path):
    """The interactive demo starts the sandbox servers (uvicorn, specs validated with jsonschema)
    and syncs over HTTP: the lazily imported and data-carrying libraries are in the bundle."""
    from tests.integration.test_startup_guards import LoggedProcess

    env = frozen_env(tmp_path)
    demo = LoggedProcess([str(dist_dir / "desk" / "desk"), "--demo", "--data-dir", str(tmp_path / "data")], env, tmp_path)
    try:
        demo.wait_for("Amazon orders page")
        demo.wait_for("graphql.json \"HTTP/1.1 200 OK\"")
    finally:
        demo.kill()
    assert not [line for line in demo.seen if "Traceback" in line or line.startswith("ERROR")]


def test_the_bundle_carries_the_declared_package_data_but_the_developers(dist_dir):
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    sources = _package_data_files(declared)
    assert sources, "pyproject declares no package data"
    internal = dist_dir / "desk" / "_internal"
    shipped = [rel for rel in sources if freeze_rules.keep_frozen_file(rel.as_posix(), set())]
    missing = [str(rel) for rel in shipped if not (internal / rel).is_file()]
    assert missing == []
    assert not (internal / freeze_rules.DEVELOPER_DATA).exists()
    versions = sorted(p.name for p in (ROOT / "desk/storage/migrations/versions").glob("*.py"))
    assert sorted(p.name for p in (internal / "desk/storage/migrations/versions").glob("*.py")) == versions


def _package_data_files(declared: dict) -> list[Path]:
    found = []
    for package, patterns in declared.items():
        for pattern in patterns:
            found += [p.relative_to(ROOT) for p in (ROOT / package).glob(pattern) if p.is_file()]
    return found


def test_the_deb_installs_desk_under_opt_with_a_menu_entry(dist_dir):
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    [deb] = dist_dir.glob("desk_*.deb")
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    paths = {line.split()[5] for line in listing.splitlines()}
    for expected in ("./opt/desk/desk", "./opt/desk/desk-console", "./usr/share/applications/desk.desktop",
                     "./usr/share/icons/hicolor/scalable/apps/desk.svg", "./usr/bin/desk",
                     "./opt/desk/_internal/ui/i18n/desk_zh_CN.qm"):
        assert expected in paths
    assert "./usr/bin/desk -> /opt/desk/desk" in listing

    def field(name: str) -> str:
        return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True,
                              check=True).stdout.strip()

    assert field("Package") == "desk"
    assert field("Version") == version
    assert field("Architecture") == make_dist.deb_architecture()
    assert field("Maintainer") and field("Description")
    depends = field("Depends")
    for library in ("libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0", "libxkbcommon-x11-0", "libfontconfig1"):
        assert library in depends
    assert "fonts-wqy-microhei" in field("Recommends")


def test_the_tarball_holds_the_same_folder(dist_dir):
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    [tarball] = dist_dir.glob("desk-*.tar.gz")
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
    assert {f"desk-{version}/desk", f"desk-{version}/desk-console", f"desk-{version}/_internal"} <= names
