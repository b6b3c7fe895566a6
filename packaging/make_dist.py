"""`make dist` on Linux: the frozen one-folder Desk, packed as a .tar.gz and a .deb, then the
figures (dist/report.json). Run from the repository root with the venv's Python, after
tools/build_assets.py:

    python packaging/make_dist.py [--out dist] [--work build/pyinstaller] [--no-report]

The bundle uses the system's fonts: the .deb recommends a CJK font (README "Installers").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "desk.spec"
SOURCES_STAMP = "desk.sources"  # beside the bundle: the fingerprint of the sources it was built from
FINGERPRINTED = ("desk", "ui", "packaging", "pyproject.toml")

# What Qt's xcb platform plugin and the bundled Qt libraries need from the system
# (shared/reference/toolchain.md, "System libraries").
DEB_DEPENDS = (
    "libglib2.0-0", "libegl1", "libgl1", "libx11-6", "libdbus-1-3", "libfontconfig1", "libfreetype6",
    "libxkbcommon0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0",
    "libxcb-render-util0", "libxcb-shape0", "libxcb-xfixes0", "libxcb-xkb1", "libxkbcommon-x11-0", "libx11-xcb1",
)
DEB_RECOMMENDS = "fonts-wqy-microhei | fonts-noto-cjk"  # Chinese/Japanese glyphs; without one they are boxes
DEB_MAINTAINER = os.environ.get("DESK_MAINTAINER", "Desk maintainers <desk-maintainers@users.noreply.github.com>")


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def sources_fingerprint() -> str:
    """A digest of everything that goes into the bundle (compiled assets included)."""
    digest = hashlib.sha256()
    for name in FINGERPRINTED:
        path = ROOT / name
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" in file.parts:
                continue
            digest.update(str(file.relative_to(ROOT)).encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def is_current(bundle: Path) -> bool:
    """Whether `bundle` was built from the sources as they are now."""
    stamp = bundle.parent / SOURCES_STAMP
    return (bundle / "desk").exists() and stamp.exists() and stamp.read_text().strip() == sources_fingerprint()


def build_bundle(out: Path, work: Path) -> Path:
    fingerprint = sources_fingerprint()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(out), "--workpath", str(work), str(SPEC)], cwd=ROOT, check=True)
    (out / SOURCES_STAMP).write_text(fingerprint + "\n")
    return out / "desk"


def pack_tar(bundle: Path, out: Path, version: str) -> Path:
    target = out / f"desk-{version}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=f"desk-{version}")
    return target


def deb_architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def deb_control(meta: dict, architecture: str, installed_kib: int) -> str:
    glibc = platform.libc_ver()[1]  # the bundle's own libraries were linked against this glibc
    depends = ", ".join((f"libc6 (>= {glibc})", *DEB_DEPENDS))
    return (
        f"Package: desk\nVersion: {meta['version']}\nArchitecture: {architecture}\nMaintainer: {DEB_MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\nDepends: {depends}\nRecommends: {DEB_RECOMMENDS}\n"
        "Section: mail\nPriority: optional\n"
        f"Description: {meta['description']}\n"
        " Desk is a desktop workstation for the after-sales agents of cross-border\n"
        " e-commerce sellers: Amazon buyer messages, Shopify store mail and WhatsApp\n"
        " chats in one queue ordered by what is due first, with the order beside every\n"
        " conversation. Self-contained: it carries its own Python and Qt.\n"
    )


def pack_deb(bundle: Path, out: Path, work: Path, meta: dict) -> Path:
    """/opt/desk, /usr/bin/desk, the desktop entry and the icon, as dpkg-deb builds it."""
    stage = work / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(bundle, stage / "opt" / "desk", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "desk").symlink_to("/opt/desk/desk")
    _install(ROOT / "packaging" / "linux" / "desk.desktop", stage / "usr/share/applications/desk.desktop")
    _install(ROOT / "resources" / "icons" / "desk.svg", stage / "usr/share/icons/hicolor/scalable/apps/desk.svg")
    installed_kib = sum(p.lstat().st_size for p in stage.rglob("*")) // 1024
    architecture = deb_architecture()
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(deb_control(meta, architecture, installed_kib))
    target = out / f"desk_{meta['version']}_{architecture}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(stage), str(target)],
                   check=True, stdout=subprocess.DEVNULL)
    return target


def _install(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(0o644)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make_dist.py", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-report", action="store_true", help="skip the size and start-up figures")
    args = parser.parse_args(argv)
    meta = project()
    started = time.perf_counter()
    bundle = build_bundle(args.out, args.work)
    build_s = time.perf_counter() - started
    packages = [pack_tar(bundle, args.out, meta["version"]), pack_deb(bundle, args.out, args.work, meta)]
    for package in packages:
        print(f"built {package}")
    if args.no_report:
        return 0
    from desk.bench.dist import dist_report

    report = {"build_s": round(build_s, 1), "packages": {p.name: round(p.stat().st_size / 2**20, 1) for p in packages},
              **dist_report(bundle)}
    (args.out / "report.json").write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
